#include "audits/verdict.h"

#include <QCoreApplication>

namespace Kansa::Verdicts {

QString key(Verdict v)
{
    switch (v) {
    case Verdict::Conforming:
        return QStringLiteral("conforming");
    case Verdict::Major:
        return QStringLiteral("major");
    case Verdict::Minor:
        return QStringLiteral("minor");
    case Verdict::Observation:
        return QStringLiteral("observation");
    case Verdict::NotApplicable:
        return QStringLiteral("na");
    case Verdict::Unchecked:
        break;
    }
    return {};
}

std::optional<Verdict> fromKey(const QString &k)
{
    for (Verdict v : { Verdict::Conforming, Verdict::Major, Verdict::Minor, Verdict::Observation,
             Verdict::NotApplicable })
        if (key(v) == k)
            return v;
    if (k.isEmpty())
        return Verdict::Unchecked;
    return std::nullopt;
}

QString label(Verdict v)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("Kansa::Verdicts", s); };
    switch (v) {
    case Verdict::Conforming:
        return tr("Conforming");
    case Verdict::Major:
        return tr("Major non-conformity");
    case Verdict::Minor:
        return tr("Minor non-conformity");
    case Verdict::Observation:
        return tr("Observation");
    case Verdict::NotApplicable:
        return tr("Not applicable");
    case Verdict::Unchecked:
        break;
    }
    return tr("Not checked yet");
}

QString mark(Verdict v)
{
    switch (v) {
    case Verdict::Conforming:
        return QStringLiteral("○");
    case Verdict::Major:
        return QStringLiteral("×");
    case Verdict::Minor:
        return QStringLiteral("△");
    case Verdict::Observation:
        return QStringLiteral("◇");
    case Verdict::NotApplicable:
        return QStringLiteral("－");
    case Verdict::Unchecked:
        break;
    }
    return QStringLiteral("・");
}

bool isNonConformity(Verdict v)
{
    return v == Verdict::Major || v == Verdict::Minor;
}

Verdict fromShortcut(int number)
{
    static constexpr Verdict order[] = { Verdict::Conforming, Verdict::Major, Verdict::Minor,
        Verdict::Observation, Verdict::NotApplicable };
    return number >= 1 && number <= 5 ? order[number - 1] : Verdict::Unchecked;
}

} // namespace Kansa::Verdicts
