#pragma once

#include "clauses/clauseset.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Kansa {

/// What changed between two versions of a clause document (第１版 → 第２版): articles added,
/// removed, renumbered or changed in wording (the changed characters marked), paragraphs
/// likewise, and obligations that appeared or disappeared.
namespace ClauseDiff {

enum class Kind { Added, Removed, Renumbered, Changed };

struct Segment
{
    enum Type { Same, Removed, Added } type = Same;
    QString text;
};

struct ParagraphChange
{
    Kind kind = Kind::Changed;
    int oldOrdinal = 0, newOrdinal = 0; // 0 where it does not exist
    QString oldText, newText; // with items, as one text
    QList<Segment> segments; // the wording, marked
    int obligation = 0; // +1 appeared, -1 disappeared, 0 unchanged
};

struct ArticleChange
{
    Kind kind = Kind::Changed;
    QString oldNumber, newNumber; // empty where it does not exist
    QString heading; // the new heading (the old one for a removed article)
    QList<ParagraphChange> paragraphs; // for Changed (and Renumbered with changes)
};

/// Articles are matched by their text first (so a renumbered article is found), then by number
/// and heading; unchanged articles are not listed.
QList<ArticleChange> compare(const ClauseDocument &oldDocument, const ClauseDocument &newDocument);

/// The changed wording as text: 「受託者は、[-速やかに-]{+直ちに+}報告」.
QString marked(const QList<Segment> &segments);

QJsonObject toJson(const QList<ArticleChange> &changes);

QString kindKey(Kind k); // "added", "removed", "renumbered", "changed"

} // namespace ClauseDiff

} // namespace Kansa
