#include "audits/checkitemchanges.h"

#include "audits/auditrepository.h"
#include "text/textnormalizer.h"

#include <QSet>

namespace Kansa::CheckItemChanges {

namespace {

// The checked text, with the differences of width and spacing a new edition may bring folded.
QString textKey(const CheckItem &c)
{
    QString s = TextNormalizer::normalize(c.paragraphText + u'\x1f' + c.itemText);
    s.removeIf([](QChar ch) { return ch.isSpace(); });
    return s;
}

QString placeKey(const CheckItem &c)
{
    return TextNormalizer::normalize(c.articleNumber) + u'\x1f' + QString::number(c.paragraphOrdinal)
        + u'\x1f' + TextNormalizer::normalize(c.itemLabel);
}

} // namespace

QHash<qint64, Change> compare(const QList<CheckItem> &previous, const QList<CheckItem> &current)
{
    QHash<QString, bool> texts; // text → obligation before
    QSet<QString> places;
    for (const CheckItem &c : previous) {
        texts.insert(textKey(c), c.obligation);
        places.insert(placeKey(c));
    }
    QHash<qint64, Change> out;
    for (const CheckItem &c : current) {
        const auto same = texts.constFind(textKey(c));
        if (same != texts.cend())
            out.insert(c.id, *same == c.obligation ? Change::Same : Change::Changed);
        else
            out.insert(c.id, places.contains(placeKey(c)) ? Change::Changed : Change::New);
    }
    return out;
}

QHash<qint64, Change> sincePredecessor(QSqlDatabase db, qint64 auditId)
{
    const AuditRepository audits(db);
    const auto audit = audits.load(auditId);
    if (!audit || !audit->predecessorId)
        return {};
    const auto before = audits.load(audit->predecessorId);
    if (!before || before->clauseSetId == audit->clauseSetId)
        return {};
    return compare(audits.checkItems(before->id), audits.checkItems(auditId));
}

QString key(Change change)
{
    switch (change) {
    case Change::Same: return QStringLiteral("same");
    case Change::Changed: return QStringLiteral("changed");
    case Change::New: return QStringLiteral("new");
    }
    return {};
}

} // namespace Kansa::CheckItemChanges
