#include "search/searchindex.h"
#include "text/unicodepattern.h"

#include <QSqlError>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Kansa {

namespace {

bool isWordChar(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return QChar::isLetterOrNumber(c) || cat == QChar::Mark_NonSpacing
        || cat == QChar::Mark_SpacingCombining;
}

QString fromUcs4(const QList<char32_t> &chars, qsizetype from, qsizetype n)
{
    return QString::fromUcs4(chars.constData() + from, n);
}

// An FTS5 string literal: double quotes, inner quotes doubled.
QString quoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// The word-character runs of a term, for the bigram index.
QList<QList<char32_t>> wordRuns(const QString &text)
{
    QList<QList<char32_t>> runs;
    QList<char32_t> run;
    for (char32_t c : text.toUcs4()) {
        if (isWordChar(c)) {
            run.append(c);
        } else if (!run.isEmpty()) {
            runs.append(run);
            run.clear();
        }
    }
    if (!run.isEmpty())
        runs.append(run);
    return runs;
}

// The MATCH expression for a term shorter than three characters on the bigram index: a
// two-character run is one bigram; a single character is a prefix of bigrams (and the
// unigram that closes each run).
QString bigramMatch(const QString &term)
{
    QStringList parts;
    for (const QList<char32_t> &run : wordRuns(term.toLower())) {
        if (run.size() == 1)
            parts.append(quoted(fromUcs4(run, 0, 1)) + QLatin1Char('*'));
        else {
            QStringList grams;
            for (qsizetype i = 0; i + 1 < run.size(); ++i)
                grams.append(fromUcs4(run, i, 2));
            parts.append(quoted(grams.join(QLatin1Char(' '))));
        }
    }
    return parts.join(QLatin1String(" AND "));
}

} // namespace

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString SearchIndex::sourceKey(Source source)
{
    switch (source) {
    case Source::Finding:
        return QStringLiteral("finding");
    case Source::Evidence:
        return QStringLiteral("evidence");
    case Source::FollowUp:
        return QStringLiteral("followup");
    case Source::Audit:
        break;
    }
    return QStringLiteral("audit");
}

QString SearchIndex::fold(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

QStringList SearchIndex::terms(const QString &query)
{
    return fold(query).split(unicodePattern(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

QString SearchIndex::bigrams(const QString &text)
{
    QStringList grams;
    for (const QList<char32_t> &run : wordRuns(fold(text).toLower())) {
        for (qsizetype i = 0; i + 1 < run.size(); ++i)
            grams.append(fromUcs4(run, i, 2));
        grams.append(fromUcs4(run, run.size() - 1, 1));
    }
    return grams.join(QLatin1Char(' '));
}

bool SearchIndex::remove(Source source, qint64 refId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM search_docs WHERE source = ? AND ref_id = ?"));
    q.addBindValue(sourceKey(source));
    q.addBindValue(refId);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool SearchIndex::put(
    Source source, qint64 refId, qint64 auditId, const QString &text, QString *error)
{
    if (!remove(source, refId, error))
        return false;
    const QString folded = fold(text).trimmed();
    if (folded.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO search_docs (audit_id, source, ref_id) VALUES (?, ?, ?)"));
    q.addBindValue(auditId);
    q.addBindValue(sourceKey(source));
    q.addBindValue(refId);
    bool ok = q.exec();
    const qint64 rowid = q.lastInsertId().toLongLong();
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO search_trigram (rowid, text) VALUES (?, ?)"));
        q.addBindValue(rowid);
        q.addBindValue(folded);
        ok = q.exec();
    }
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO search_bigram (rowid, grams) VALUES (?, ?)"));
        q.addBindValue(rowid);
        q.addBindValue(bigrams(folded));
        ok = q.exec();
    }
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

namespace {

// The rowids that match every term: all long terms go into one trigram MATCH, all short ones
// into one bigram MATCH, intersected. Empty when the query has no term.
struct MatchSelect
{
    QString sql;
    QStringList binds;
};

MatchSelect matchSelect(const QString &query)
{
    QStringList trigramTerms;
    QStringList bigramTerms;
    for (const QString &term : SearchIndex::terms(query)) {
        if (term.size() >= 3)
            trigramTerms.append(quoted(term));
        else if (const QString match = bigramMatch(term); !match.isEmpty())
            bigramTerms.append(match);
    }
    QStringList selects;
    MatchSelect m;
    if (!trigramTerms.isEmpty()) {
        selects.append(
            QStringLiteral("SELECT rowid FROM search_trigram WHERE search_trigram MATCH ?"));
        m.binds.append(trigramTerms.join(QLatin1String(" AND ")));
    }
    if (!bigramTerms.isEmpty()) {
        selects.append(
            QStringLiteral("SELECT rowid FROM search_bigram WHERE search_bigram MATCH ?"));
        m.binds.append(bigramTerms.join(QLatin1String(" AND ")));
    }
    m.sql = selects.join(QLatin1String(" INTERSECT "));
    return m;
}

} // namespace

QSet<qint64> SearchIndex::auditIds(const QString &query) const
{
    QSet<qint64> ids;
    const MatchSelect match = matchSelect(query);
    if (match.sql.isEmpty())
        return ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT d.audit_id FROM (%1) h "
                             "JOIN search_docs d ON d.id = h.rowid")
                  .arg(match.sql));
    for (const QString &b : match.binds)
        q.addBindValue(b);
    if (q.exec())
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    return ids;
}

QList<SearchIndex::Hit> SearchIndex::search(const QString &query, int limit) const
{
    // FTS5 hands back rowids newest first, so only the page shown is ever joined.
    QList<Hit> hits;
    const MatchSelect match = matchSelect(query);
    if (match.sql.isEmpty())
        return hits;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT d.audit_id, a.contractor_name, d.source, d.ref_id, t.text, "
        "  CASE d.source WHEN 'finding' THEN d.ref_id "
        "    WHEN 'evidence' THEN (SELECT check_item_id FROM evidence WHERE id = d.ref_id) "
        "    WHEN 'followup' THEN (SELECT i.check_item_id FROM followup_events e "
        "      JOIN advisory_items i ON i.id = e.advisory_item_id WHERE e.id = d.ref_id) "
        "    ELSE 0 END AS item, "
        "  CASE d.source WHEN 'followup' THEN (SELECT advisory_item_id FROM followup_events "
        "    WHERE id = d.ref_id) ELSE 0 END AS advisory_item "
        "FROM (%1 ORDER BY 1 DESC LIMIT ?) h "
        "JOIN search_docs d ON d.id = h.rowid JOIN audits a ON a.id = d.audit_id "
        "JOIN search_trigram t ON t.rowid = d.id ORDER BY d.id DESC")
                  .arg(match.sql));
    for (const QString &b : match.binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    if (!q.exec())
        return hits;
    QSqlQuery ref(m_db);
    ref.prepare(QStringLiteral("SELECT article_number, paragraph_ordinal, item_label "
                               "FROM check_items WHERE id = ?"));
    while (q.next()) {
        Hit h;
        h.auditId = q.value(0).toLongLong();
        h.contractor = q.value(1).toString();
        const QString source = q.value(2).toString();
        h.source = source == QLatin1String("finding") ? Source::Finding
            : source == QLatin1String("evidence")     ? Source::Evidence
            : source == QLatin1String("followup")     ? Source::FollowUp
                                                      : Source::Audit;
        h.refId = q.value(3).toLongLong();
        h.text = q.value(4).toString();
        h.checkItemId = q.value(5).toLongLong();
        h.advisoryItemId = q.value(6).toLongLong();
        if (h.checkItemId) {
            ref.addBindValue(h.checkItemId);
            if (ref.exec() && ref.next()) {
                h.reference = ref.value(0).toString();
                if (ref.value(1).toInt() > 1)
                    h.reference += QStringLiteral(" %1").arg(ref.value(1).toInt());
                if (!ref.value(2).toString().isEmpty())
                    h.reference += QLatin1Char(' ') + ref.value(2).toString();
            }
        }
        hits.append(h);
    }
    return hits;
}

} // namespace Kansa
