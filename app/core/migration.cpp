#include "migration.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kansa {

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text() + QStringLiteral(" — ") + sql.left(80);
            return false;
        }
    }
    return true;
}

namespace {

QString immutableTrigger(const QString &table)
{
    return QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_immutable BEFORE UPDATE ON %1 "
                          "BEGIN SELECT RAISE(ABORT, 'clause sets are immutable versions'); END")
        .arg(table);
}

// Version 1: the clause library. Clause sets are immutable versions; an edit (later) stores
// a new set whose predecessor_id names the set it was derived from.
bool createClauseLibrary(QSqlDatabase &db, QString *error)
{
    return execAll(db,
        {
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS clause_sets (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            edition TEXT NOT NULL DEFAULT '',
            issuer TEXT NOT NULL DEFAULT '',
            source_name TEXT NOT NULL,
            builtin INTEGER NOT NULL DEFAULT 0,
            predecessor_id INTEGER REFERENCES clause_sets(id),
            imported_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS clause_preamble (
            clause_set_id INTEGER NOT NULL REFERENCES clause_sets(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (clause_set_id, ordinal)))"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS articles (
            id INTEGER PRIMARY KEY,
            clause_set_id INTEGER NOT NULL REFERENCES clause_sets(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            number TEXT NOT NULL,
            heading TEXT NOT NULL,
            UNIQUE (clause_set_id, ordinal)))"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS paragraphs (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            text TEXT NOT NULL,
            obligation INTEGER NOT NULL,
            UNIQUE (article_id, ordinal)))"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS clause_items (
            id INTEGER PRIMARY KEY,
            paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (paragraph_id, ordinal)))"),
            immutableTrigger(QStringLiteral("clause_sets")),
            immutableTrigger(QStringLiteral("clause_preamble")),
            immutableTrigger(QStringLiteral("articles")),
            immutableTrigger(QStringLiteral("paragraphs")),
            immutableTrigger(QStringLiteral("clause_items")),
        },
        error);
}

// Version 2: audits. Check items are a snapshot of the clause set taken when the audit was
// created, so a later clause-set version never changes an audit in progress. Evidence files
// live outside the database under their SHA-256 (blobs); blob_pending records a file being
// written, so that a crash between writing the file and committing its row leaves no orphan.
// Search: search_docs names each indexed text; search_trigram (FTS5 trigram) answers queries of
// three or more characters, search_bigram (bigrams written by SearchIndex) shorter ones.
bool createAudits(QSqlDatabase &db, QString *error)
{
    return execAll(db,
        {
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS audits (
            id INTEGER PRIMARY KEY,
            clause_set_id INTEGER NOT NULL REFERENCES clause_sets(id),
            clause_set_title TEXT NOT NULL,
            contractor_name TEXT NOT NULL,
            contractor_address TEXT NOT NULL DEFAULT '',
            representative TEXT NOT NULL DEFAULT '',
            representative_title TEXT NOT NULL DEFAULT '',
            contract_title TEXT NOT NULL DEFAULT '',
            contract_number TEXT NOT NULL DEFAULT '',
            contract_start TEXT NOT NULL DEFAULT '',
            contract_end TEXT NOT NULL DEFAULT '',
            client_department TEXT NOT NULL DEFAULT '',
            work_place TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('periodic', 'adhoc')),
            audit_date TEXT NOT NULL,
            lead_inspector TEXT NOT NULL DEFAULT '',
            members TEXT NOT NULL DEFAULT '',
            attendees TEXT NOT NULL DEFAULT '',
            resp_department TEXT NOT NULL DEFAULT '',
            resp_manager TEXT NOT NULL DEFAULT '',
            resp_workers TEXT NOT NULL DEFAULT '',
            resp_normal_contact TEXT NOT NULL DEFAULT '',
            resp_emergency_contact TEXT NOT NULL DEFAULT '',
            resp_work_places TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'preparing',
            archived INTEGER NOT NULL DEFAULT 0,
            predecessor_id INTEGER REFERENCES audits(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS check_items (
            id INTEGER PRIMARY KEY,
            audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            article_number TEXT NOT NULL,
            article_heading TEXT NOT NULL,
            article_ordinal INTEGER NOT NULL,
            paragraph_ordinal INTEGER NOT NULL,
            paragraph_text TEXT NOT NULL,
            item_label TEXT NOT NULL DEFAULT '',
            item_text TEXT NOT NULL DEFAULT '',
            obligation INTEGER NOT NULL,
            scored INTEGER NOT NULL,
            UNIQUE (audit_id, ordinal)))"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS findings (
            check_item_id INTEGER PRIMARY KEY REFERENCES check_items(id) ON DELETE CASCADE,
            audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            verdict TEXT CHECK (verdict IN ('conforming', 'major', 'minor', 'observation', 'na')),
            note TEXT NOT NULL DEFAULT '',
            problem TEXT NOT NULL DEFAULT '',
            improvement TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS findings_audit ON findings(audit_id)"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            media_type TEXT NOT NULL,
            width INTEGER NOT NULL DEFAULT 0,
            height INTEGER NOT NULL DEFAULT 0,
            stored_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS blob_pending (
            sha256 TEXT PRIMARY KEY,
            started_at TEXT NOT NULL,
            pid INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS evidence (
            id INTEGER PRIMARY KEY,
            audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            check_item_id INTEGER NOT NULL REFERENCES check_items(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('photo', 'document', 'certificate')),
            sha256 TEXT REFERENCES blobs(sha256),
            original_name TEXT NOT NULL DEFAULT '',
            caption TEXT NOT NULL DEFAULT '',
            cert_issuer TEXT NOT NULL DEFAULT '',
            cert_number TEXT NOT NULL DEFAULT '',
            cert_scope TEXT NOT NULL DEFAULT '',
            cert_valid_until TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL))"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS evidence_item ON evidence(check_item_id, id)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS evidence_audit ON evidence(audit_id)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS evidence_blob ON evidence(sha256)"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS search_docs (
            id INTEGER PRIMARY KEY,
            audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            ref_id INTEGER NOT NULL,
            UNIQUE (source, ref_id)))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS search_docs_audit ON search_docs(audit_id)"),
            QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS search_trigram USING "
                           "fts5(text, tokenize = 'trigram')"),
            QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS search_bigram USING "
                           "fts5(grams, tokenize = 'unicode61 remove_diacritics 0', prefix = '1')"),
            QStringLiteral(R"(CREATE TRIGGER IF NOT EXISTS search_docs_delete
            AFTER DELETE ON search_docs BEGIN
            DELETE FROM search_trigram WHERE rowid = old.id;
            DELETE FROM search_bigram WHERE rowid = old.id;
            END)"),
        },
        error);
}

} // namespace

MigrationLadder standardMigrations()
{
    return {
        { 1, QStringLiteral("clause library"), createClauseLibrary },
        { 2, QStringLiteral("audits, findings, evidence, search"), createAudits },
    };
}

} // namespace Kansa
