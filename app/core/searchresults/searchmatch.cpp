#include "searchresults/searchmatch.h"

#include "advisory/advisory.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextBoundaryFinder>
#include <QVariant>

namespace Kansa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::SearchMatches", text);
}

// A text folded as the index folds it, one code point at a time, with the original range of
// every folded UTF-16 unit, so that a match in the folded text marks the original spelling.
struct FoldedText
{
    QString text;
    QList<SearchMatch::Mark> origin; // per unit of text
};

// Folded one grapheme at a time, so that a base letter and its mark (ｷﾞ, e + ́) fold together.
FoldedText foldWithOrigins(const QString &original)
{
    FoldedText f;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, original);
    qsizetype from = 0;
    while (from < original.size()) {
        qsizetype to = graphemes.toNextBoundary();
        if (to <= from)
            to = original.size();
        const QString piece = SearchIndex::fold(original.mid(from, to - from)).toLower();
        for (qsizetype k = 0; k < piece.size(); ++k)
            f.origin.append({ int(from), int(to - from) });
        f.text += piece;
        from = to;
    }
    return f;
}

// Every occurrence of every term in the original text, sorted, overlaps merged.
QList<SearchMatch::Mark> occurrences(const QString &original, const QStringList &terms)
{
    const FoldedText f = foldWithOrigins(original);
    QList<SearchMatch::Mark> marks;
    for (const QString &term : terms) {
        const QString t = SearchIndex::fold(term).toLower();
        if (t.isEmpty())
            continue;
        for (qsizetype at = f.text.indexOf(t); at >= 0; at = f.text.indexOf(t, at + t.size())) {
            const SearchMatch::Mark first = f.origin.at(at);
            const SearchMatch::Mark last = f.origin.at(at + t.size() - 1);
            marks.append({ first.start, last.start + last.length - first.start });
        }
    }
    std::sort(marks.begin(), marks.end(),
        [](const SearchMatch::Mark &a, const SearchMatch::Mark &b) { return a.start < b.start; });
    QList<SearchMatch::Mark> merged;
    for (const SearchMatch::Mark &m : marks) {
        if (!merged.isEmpty() && m.start <= merged.last().start + merged.last().length) {
            SearchMatch::Mark &last = merged.last();
            last.length = std::max(last.start + last.length, m.start + m.length) - last.start;
        } else {
            merged.append(m);
        }
    }
    return merged;
}

QList<SearchField> rowFields(QSqlDatabase db, const QString &sql, qint64 id,
    const QList<std::pair<const char *, bool>> &labels)
{
    QList<SearchField> fields;
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return fields;
    for (int i = 0; i < labels.size(); ++i) {
        const QString text = q.value(i).toString();
        if (text.trimmed().isEmpty())
            continue;
        // Lists (members, attendees) are one per line in the database: show them on one line.
        fields.append({ tr(labels.at(i).first),
            labels.at(i).second ? text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(
                                      QStringLiteral("、"))
                                : text });
    }
    return fields;
}

QString followUpLabel(const QString &kind, const QString &outcome)
{
    if (kind == QLatin1String("response"))
        return QCoreApplication::translate("Kansa::SearchMatches", "Improvement report");
    if (kind == QLatin1String("verified"))
        return QCoreApplication::translate("Kansa::SearchMatches", "Verification");
    if (kind == QLatin1String("returned"))
        return QCoreApplication::translate("Kansa::SearchMatches", "Reason for return");
    if (kind == QLatin1String("closed") && outcome == QLatin1String(kNotRequired))
        return QCoreApplication::translate("Kansa::SearchMatches", "Why no action is required");
    if (kind == QLatin1String("closed"))
        return QCoreApplication::translate("Kansa::SearchMatches", "Closing note");
    return QCoreApplication::translate("Kansa::SearchMatches", "Follow-up note");
}

} // namespace

QList<SearchField> SearchMatches::fieldsOf(QSqlDatabase db, const SearchIndex::Hit &hit)
{
    switch (hit.source) {
    case SearchIndex::Source::Audit:
        return rowFields(db,
            QStringLiteral("SELECT contractor_name, contractor_address, representative, "
                           "contract_title, contract_number, client_department, work_place, "
                           "lead_inspector, members, attendees, resp_department, resp_manager, "
                           "resp_workers, resp_work_places FROM audits WHERE id = ?"),
            hit.refId,
            { { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Contractor"), false },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Contractor's address"), false },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Representative"), false },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Contract title"), false },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Contract number"), false },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Client department"), false },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Work place"), false },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Lead inspector"), false },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Inspectors"), true },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Contractor's attendees"), true },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Responsible department"), false },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Responsible manager"), false },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Workers"), false },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Places of work"), false } });
    case SearchIndex::Source::Finding:
        return rowFields(db,
            QStringLiteral("SELECT note, problem, improvement FROM findings "
                           "WHERE check_item_id = ?"),
            hit.refId,
            { { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Notes"), false },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "What is wrong"), false },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Improvement required"), false } });
    case SearchIndex::Source::Evidence:
        return rowFields(db,
            QStringLiteral("SELECT caption, cert_issuer, cert_number, cert_scope FROM evidence "
                           "WHERE id = ?"),
            hit.refId,
            { { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Caption"), false },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Certificate issuer"), false },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Certificate number"), false },
                { QT_TRANSLATE_NOOP("Kansa::SearchMatches", "Certification scope"), false } });
    case SearchIndex::Source::FollowUp: {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT kind, text, outcome FROM followup_events WHERE id = ?"));
        q.addBindValue(hit.refId);
        if (q.exec() && q.next() && !q.value(1).toString().trimmed().isEmpty())
            return { { followUpLabel(q.value(0).toString(), q.value(2).toString()), q.value(1).toString() } };
        return {};
    }
    }
    return {};
}

SearchMatch SearchMatches::describe(
    const QList<SearchField> &fields, const QStringList &terms, int width)
{
    SearchMatch m;
    QStringList labels;
    for (const SearchField &f : fields) {
        const QList<SearchMatch::Mark> marks = occurrences(f.text, terms);
        if (marks.isEmpty())
            continue;
        labels.append(f.label);
        if (!m.snippet.isEmpty())
            continue;
        // One line: a newline becomes a space, so the marks keep their places.
        QString text = f.text;
        text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
        int from = 0;
        int to = int(text.size());
        if (to > width) {
            from = std::max(0, marks.first().start - width / 3);
            to = std::min(int(text.size()), from + width);
            from = std::max(0, to - width);
        }
        const QString before = from > 0 ? QStringLiteral("…") : QString();
        m.snippet = before + text.mid(from, to - from)
            + (to < text.size() ? QStringLiteral("…") : QString());
        for (const SearchMatch::Mark &mark : marks) {
            const int start = std::max(mark.start, from);
            const int end = std::min(mark.start + mark.length, to);
            if (end > start)
                m.marks.append({ int(before.size()) + start - from, end - start });
        }
    }
    m.field = labels.join(QStringLiteral("・"));
    if (m.snippet.isEmpty() && !fields.isEmpty()) // matched across the folding: show the start
        m.snippet = fields.first().text.left(width).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return m;
}

QList<SearchMatch> SearchMatches::find(QSqlDatabase db, const QString &query, int limit)
{
    QList<SearchMatch> matches;
    const QStringList t = SearchIndex::terms(query);
    for (const SearchIndex::Hit &hit : SearchIndex(db).search(query, limit)) {
        SearchMatch m = describe(fieldsOf(db, hit), t);
        m.hit = hit;
        if (m.snippet.isEmpty())
            m.snippet = QString(hit.text).replace(QLatin1Char('\n'), QLatin1Char(' ')).left(80);
        matches.append(m);
    }
    return matches;
}

} // namespace Kansa
