#include "signoff/signingchecks.h"

#include <QCoreApplication>
#include <QStringList>

namespace Kansa {

// Literal contexts, so lupdate files them where they are looked up.
QString SigningChecks::Warning::text() const
{
    switch (gap) {
    case Gap::NoVerdict:
        return QCoreApplication::translate("Kansa::SigningChecks", "%1: no verdict yet").arg(reference);
    case Gap::NoProblem:
        return QCoreApplication::translate("Kansa::SigningChecks", "%1: non-conformity without what is wrong").arg(reference);
    case Gap::NoImprovement:
        return QCoreApplication::translate("Kansa::SigningChecks", "%1: non-conformity without the improvement required").arg(reference);
    case Gap::EmptyObservation:
        return QCoreApplication::translate("Kansa::SigningChecks", "%1: observation without any text").arg(reference);
    }
    return reference;
}

QList<SigningChecks::Warning> SigningChecks::find(const QList<CheckItem> &items,
    const QHash<qint64, Finding> &findings, const std::function<QString(const QString &)> &inDigits)
{
    QList<Warning> out;
    for (const CheckItem &c : items) {
        const Finding f = findings.value(c.id);
        auto add = [&](Gap gap) { out.append({ c.id, inDigits ? inDigits(c.citation()) : c.citation(), gap }); };
        if (f.verdict == Verdict::Unchecked) {
            if (c.scored) // informational paragraphs need no verdict
                add(Gap::NoVerdict);
        } else if (Verdicts::isNonConformity(f.verdict)) {
            if (f.problem.trimmed().isEmpty())
                add(Gap::NoProblem);
            if (f.improvement.trimmed().isEmpty())
                add(Gap::NoImprovement);
        } else if (f.verdict == Verdict::Observation && f.note.trimmed().isEmpty()
            && f.problem.trimmed().isEmpty()) {
            add(Gap::EmptyObservation);
        }
    }
    return out;
}

QString SigningChecks::summary(const QList<Warning> &warnings, int maxLines)
{
    QStringList lines;
    for (const Warning &w : warnings) {
        if (lines.size() == maxLines) {
            lines << QCoreApplication::translate(
                "Kansa::SigningChecks", "… and %n more", nullptr, int(warnings.size() - maxLines));
            break;
        }
        lines << QStringLiteral("・") + w.text();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Kansa
