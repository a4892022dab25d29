#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace Kansa {

/// Full-text search over audits, findings, captions and follow-up texts, in Japanese. Queries of three or more
/// characters use the FTS5 trigram index; shorter ones (「改善」, 「鍵」) use a bigram index
/// that Kansa writes itself, so that every query is answered from an index.
class SearchIndex
{
public:
    /// Where an indexed text comes from.
    enum class Source { Audit, Finding, Evidence, FollowUp };

    struct Hit
    {
        qint64 auditId = 0;
        QString contractor;
        Source source = Source::Audit;
        qint64 refId = 0; // audit id, check item id, evidence id or follow-up event id
        qint64 checkItemId = 0; // 0 for the audit itself
        qint64 advisoryItemId = 0; // the advisory item of a follow-up text
        QString reference; // 第３ (1), for findings and evidence
        QString text;
    };

    explicit SearchIndex(QSqlDatabase db);

    /// Replaces the text indexed for (source, refId); an empty text removes it. Call inside
    /// the transaction that changes the text.
    bool put(Source source, qint64 refId, qint64 auditId, const QString &text, QString *error);
    bool remove(Source source, qint64 refId, QString *error);

    /// Every term (separated by spaces) must occur; the most recently written texts first.
    QList<Hit> search(const QString &query, int limit = 200) const;
    /// Every audit with a text that matches the query, however many hits it has.
    QSet<qint64> auditIds(const QString &query) const;

    static QString sourceKey(Source source);
    /// The bigram stream of a text, as stored in the bigram index (exposed for tests).
    static QString bigrams(const QString &text);
    /// NFKC: full-width and half-width letters and digits find each other.
    static QString fold(const QString &text);
    /// The query's terms as the index matches them: folded, split at white space.
    static QStringList terms(const QString &query);

private:
    QSqlDatabase m_db;
};

} // namespace Kansa
