#include "clauses/clausesetrepository.h"

#include "clauses/clausesetjson.h"
#include "crypto/sha256.h"
#include "storage/sqlhelpers.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Kansa {

using Sql::text;

ClauseSetRepository::ClauseSetRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ClauseSetRepository::StoreResult ClauseSetRepository::storeImported(const ClauseDocument &document,
    const ClauseDocument &parsed, const QString &sourceHash, const QString &sourceName,
    qint64 predecessorId)
{
    if (document == parsed && !predecessorId)
        return store(document, sourceHash, sourceName);
    return storeCorrected(document, sourceHash, sourceName,
        predecessorId ? predecessorId : findByHash(sourceHash).value_or(0));
}

std::optional<qint64> ClauseSetRepository::newerVersion(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(R"(
        WITH RECURSIVE corrections(id) AS (
            SELECT id FROM clause_sets WHERE predecessor_id = :id
            UNION SELECT s.id FROM clause_sets s JOIN corrections c ON s.predecessor_id = c.id)
        SELECT max(id) FROM clause_sets
        WHERE id > :id AND (id IN corrections
              OR title = (SELECT title FROM clause_sets WHERE id = :id)))"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<qint64> ClauseSetRepository::findByHash(const QString &contentHash) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM clause_sets WHERE content_hash = ?"));
    q.addBindValue(contentHash);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

int ClauseSetRepository::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM clause_sets")) && q.next()
        ? q.value(0).toInt()
        : 0;
}

ClauseSetRepository::StoreResult ClauseSetRepository::storeCorrected(const ClauseDocument &document,
    const QString &sourceHash, const QString &sourceName, qint64 predecessorId)
{
    const QByteArray structure = QJsonDocument(ClauseSetJson::toJson(document)).toJson(QJsonDocument::Compact);
    const QString contentHash = Sha256::hex(QByteArray("kansa-corrected/1\n" + sourceHash.toUtf8() + '\n' + structure));
    return insert(document, contentHash, sourceName, false, sourceHash, predecessorId);
}

ClauseSetRepository::StoreResult ClauseSetRepository::store(const ClauseDocument &document,
    const QString &contentHash, const QString &sourceName, bool builtin)
{
    return insert(document, contentHash, sourceName, builtin, QString(), 0);
}

ClauseSetRepository::StoreResult ClauseSetRepository::insert(const ClauseDocument &document,
    const QString &contentHash, const QString &sourceName, bool builtin, const QString &sourceHash,
    qint64 predecessorId)
{
    StoreResult r;
    if (const auto existing = findByHash(contentHash)) {
        r.id = *existing;
        return r;
    }
    qint64 id = 0;
    // Nests as a savepoint inside a caller's transaction (a package import stores its sets so).
    const bool ok = Sql::inTransaction(m_db, &r.error, [&](QString *why) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO clause_sets (content_hash, title, edition, issuer, "
                                 "source_name, builtin, imported_at, source_hash, predecessor_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(contentHash);
        q.addBindValue(text(document.title));
        q.addBindValue(text(document.edition));
        q.addBindValue(text(document.issuer));
        q.addBindValue(text(sourceName));
        q.addBindValue(builtin ? 1 : 0);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        q.addBindValue(text(sourceHash));
        q.addBindValue(predecessorId ? QVariant(predecessorId) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!q.exec())
            return Sql::fail(q, why);
        id = q.lastInsertId().toLongLong();
        return insertTree(id, document, why);
    });
    if (!ok)
        return r;
    r.id = id;
    r.created = true;
    return r;
}

bool ClauseSetRepository::insertTree(qint64 setId, const ClauseDocument &document, QString *error)
{
    QSqlQuery pre(m_db), art(m_db), par(m_db), itm(m_db);
    pre.prepare(QStringLiteral(
        "INSERT INTO clause_preamble (clause_set_id, ordinal, text) VALUES (?, ?, ?)"));
    art.prepare(QStringLiteral(
        "INSERT INTO articles (clause_set_id, ordinal, number, heading) VALUES (?, ?, ?, ?)"));
    par.prepare(QStringLiteral(
        "INSERT INTO paragraphs (article_id, ordinal, text, obligation) VALUES (?, ?, ?, ?)"));
    itm.prepare(QStringLiteral(
        "INSERT INTO clause_items (paragraph_id, ordinal, label, text) VALUES (?, ?, ?, ?)"));
    auto run = [error](QSqlQuery &q, const QVariantList &values) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (q.exec())
            return true;
        *error = q.lastError().text();
        return false;
    };
    for (int i = 0; i < document.preamble.size(); ++i)
        if (!run(pre, { setId, i + 1, text(document.preamble.at(i)) }))
            return false;
    for (const Article &a : document.articles) {
        if (!run(art, { setId, a.ordinal, text(a.number), text(a.heading) }))
            return false;
        const qint64 articleId = art.lastInsertId().toLongLong();
        for (const Paragraph &p : a.paragraphs) {
            if (!run(par, { articleId, p.ordinal, text(p.text), p.obligation ? 1 : 0 }))
                return false;
            const qint64 paragraphId = par.lastInsertId().toLongLong();
            for (int i = 0; i < p.items.size(); ++i)
                if (!run(itm,
                        { paragraphId, i + 1, text(p.items.at(i).label),
                            text(p.items.at(i).text) }))
                    return false;
        }
    }
    return true;
}

QList<ClauseSetSummary> ClauseSetRepository::list() const
{
    QList<ClauseSetSummary> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(R"(
        SELECT s.id, s.title, s.edition, s.source_name, s.imported_at, s.builtin,
               (SELECT count(*) FROM articles a WHERE a.clause_set_id = s.id),
               (SELECT count(*) FROM paragraphs p JOIN articles a ON p.article_id = a.id
                 WHERE a.clause_set_id = s.id),
               (SELECT count(*) FROM clause_items i JOIN paragraphs p ON i.paragraph_id = p.id
                 JOIN articles a ON p.article_id = a.id WHERE a.clause_set_id = s.id),
               (SELECT count(*) FROM paragraphs p JOIN articles a ON p.article_id = a.id
                 WHERE a.clause_set_id = s.id AND p.obligation = 1),
               s.predecessor_id IS NOT NULL
                 OR (s.source_hash IS NOT NULL AND s.source_hash <> '' AND s.source_hash <> s.content_hash)
        FROM clause_sets s ORDER BY s.builtin DESC, s.id)")))
        return out;
    while (q.next()) {
        ClauseSetSummary s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.edition = q.value(2).toString();
        s.sourceName = q.value(3).toString();
        s.importedAt = q.value(4).toString();
        s.builtin = q.value(5).toBool();
        s.articles = q.value(6).toInt();
        s.paragraphs = q.value(7).toInt();
        s.items = q.value(8).toInt();
        s.obligations = q.value(9).toInt();
        s.corrected = q.value(10).toBool();
        out.append(s);
    }
    return out;
}

std::optional<ClauseSet> ClauseSetRepository::load(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT content_hash, title, edition, issuer, source_name, "
                             "imported_at, builtin, source_hash, predecessor_id FROM clause_sets WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ClauseSet set;
    set.id = id;
    set.contentHash = q.value(0).toString();
    set.document.title = q.value(1).toString();
    set.document.edition = q.value(2).toString();
    set.document.issuer = q.value(3).toString();
    set.sourceName = q.value(4).toString();
    set.importedAt = q.value(5).toString();
    set.builtin = q.value(6).toBool();
    set.sourceHash = q.value(7).toString().isEmpty() ? set.contentHash : q.value(7).toString();
    set.predecessorId = q.value(8).toLongLong();

    q.prepare(QStringLiteral(
        "SELECT text FROM clause_preamble WHERE clause_set_id = ? ORDER BY ordinal"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            set.document.preamble.append(q.value(0).toString());

    // One pass over the joined tree, in document order.
    q.prepare(QStringLiteral(R"(
        SELECT a.id, a.ordinal, a.number, a.heading, p.id, p.ordinal, p.text, p.obligation,
               i.label, i.text
        FROM articles a
        JOIN paragraphs p ON p.article_id = a.id
        LEFT JOIN clause_items i ON i.paragraph_id = p.id
        WHERE a.clause_set_id = ?
        ORDER BY a.ordinal, p.ordinal, i.ordinal)"));
    q.addBindValue(id);
    if (!q.exec())
        return std::nullopt;
    qint64 lastArticle = -1, lastParagraph = -1;
    QList<Article> &articles = set.document.articles;
    while (q.next()) {
        const qint64 articleId = q.value(0).toLongLong();
        if (articleId != lastArticle) {
            articles.append(
                Article { q.value(2).toString(), q.value(1).toInt(), q.value(3).toString(), {} });
            lastArticle = articleId;
        }
        const qint64 paragraphId = q.value(4).toLongLong();
        if (paragraphId != lastParagraph) {
            articles.last().paragraphs.append(
                Paragraph { q.value(5).toInt(), q.value(6).toString(), q.value(7).toBool(), {} });
            lastParagraph = paragraphId;
        }
        if (!q.isNull(8))
            articles.last().paragraphs.last().items.append(
                ClauseItem { q.value(8).toString(), q.value(9).toString() });
    }
    return set;
}

} // namespace Kansa
