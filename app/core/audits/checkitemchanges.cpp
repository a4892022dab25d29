#include "audits/checkitemchanges.h"

#include "audits/auditrepository.h"
#include "clauses/clausesetrepository.h"
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

QHash<qint64, Change> compare(const QList<CheckItem> &previous, const QList<CheckItem> &current,
    const QList<ClauseDiff::ArticleChange> &articleChanges)
{
    QHash<QString, bool> texts; // text → obligation before
    QSet<QString> places;
    for (const CheckItem &c : previous) {
        texts.insert(textKey(c), c.obligation);
        places.insert(placeKey(c));
    }
    // Where the articles went, as the version comparison matched them (by text first).
    QHash<QString, const ClauseDiff::ArticleChange *> changedArticles; // new number → change
    for (const ClauseDiff::ArticleChange &a : articleChanges)
        if (!a.newNumber.isEmpty())
            changedArticles.insert(TextNormalizer::normalize(a.newNumber), &a);
    QHash<qint64, Change> out;
    for (const CheckItem &c : current) {
        const auto same = texts.constFind(textKey(c));
        if (same != texts.cend()) {
            out.insert(c.id, *same == c.obligation ? Change::Same : Change::Changed);
            continue;
        }
        const ClauseDiff::ArticleChange *article = changedArticles.value(TextNormalizer::normalize(c.articleNumber));
        if (!article) { // no comparison given, or the article is the same: by place
            out.insert(c.id, places.contains(placeKey(c)) ? Change::Changed : Change::New);
            continue;
        }
        Change change = article->kind == ClauseDiff::Kind::Added ? Change::New : Change::Changed;
        for (const ClauseDiff::ParagraphChange &p : article->paragraphs)
            if (p.newOrdinal == c.paragraphOrdinal && p.kind == ClauseDiff::Kind::Added)
                change = Change::New;
        out.insert(c.id, change);
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
    const ClauseSetRepository sets(db);
    const auto oldSet = sets.load(before->clauseSetId), newSet = sets.load(audit->clauseSetId);
    const QList<ClauseDiff::ArticleChange> articles = oldSet && newSet
        ? ClauseDiff::compare(oldSet->document, newSet->document)
        : QList<ClauseDiff::ArticleChange> {};
    return compare(audits.checkItems(before->id), audits.checkItems(auditId), articles);
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
