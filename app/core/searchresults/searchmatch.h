#pragma once

#include "search/searchindex.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Kansa {

/// A search hit as the user sees it: which field of the audit, finding, evidence or follow-up
/// step matched, and the part of that field around the match with every occurrence of a term
/// marked, so that the list can highlight it.
struct SearchMatch
{
    struct Mark
    {
        int start = 0;
        int length = 0;
        bool operator==(const Mark &) const = default;
    };

    SearchIndex::Hit hit;
    QString field; // the field's label in the UI's language: 「不適合の内容」, 「改善報告」
    QString snippet; // one line of that field, in its original spelling
    QList<Mark> marks; // in snippet
};

/// A labelled text of an indexed record.
struct SearchField
{
    QString label;
    QString text;
};

namespace SearchMatches {

/// Runs the query on the index and describes each hit.
QList<SearchMatch> find(QSqlDatabase db, const QString &query, int limit = 200);

/// The fields of the record a hit names, in the order they are indexed.
QList<SearchField> fieldsOf(QSqlDatabase db, const SearchIndex::Hit &hit);

/// Which fields contain a term, a window of at most `width` characters of the first of them
/// around its first occurrence, and the marks there. Terms are matched after the index's
/// folding (full- and half-width, upper and lower case find each other).
SearchMatch describe(const QList<SearchField> &fields, const QStringList &terms, int width = 80);

} // namespace SearchMatches

} // namespace Kansa
