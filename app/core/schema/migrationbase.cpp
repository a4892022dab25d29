#include "schema/migrationsteps.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kansa {

namespace {

QString immutableTrigger(const QString &table)
{
    return QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_immutable BEFORE UPDATE ON %1 "
                          "BEGIN SELECT RAISE(ABORT, 'clause sets are immutable versions'); END")
        .arg(table);
}

} // namespace

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

// Version 3: sign-off, the advisory and follow-up.
// A signature keeps the canonical content it signed (and its SHA-256), so Kansa can show later
// whether, and where, the checklist changed. While an audit has a signature that is not voided,
// triggers refuse every change to what was signed, whatever program writes to the file; a
// reopen voids the signatures first and is recorded in audit_events. Settings hold the
// issuer, contact, document number sequence and deadline defaults shared by every audit.
bool createSignOff(QSqlDatabase &db, QString *error)
{
    const QString locked = QStringLiteral(
        "EXISTS (SELECT 1 FROM signatures s WHERE s.audit_id = %1 AND s.voided_at IS NULL)");
    const QString refuse = QStringLiteral(
        "SELECT RAISE(ABORT, 'kansa: the checklist is signed; reopen it to change it')");
    auto guard = [&](const QString &name, const QString &when, const QString &auditExpr) {
        return QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 %2 WHEN %3 BEGIN %4; END")
            .arg(name, when, locked.arg(auditExpr), refuse);
    };
    return execAll(db,
        {
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS signatures (
            id INTEGER PRIMARY KEY,
            audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('inspector', 'contractor')),
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            signed_at TEXT NOT NULL,
            image BLOB NOT NULL,
            content_hash TEXT NOT NULL,
            content TEXT NOT NULL,
            voided_at TEXT,
            void_reason TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS signatures_audit ON signatures(audit_id)"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS audit_events (
            id INTEGER PRIMARY KEY,
            audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS audit_events_audit ON audit_events(audit_id)"),
            guard(QStringLiteral("signed_findings_update"),
                QStringLiteral("BEFORE UPDATE ON findings"), QStringLiteral("old.audit_id")),
            guard(QStringLiteral("signed_findings_insert"),
                QStringLiteral("BEFORE INSERT ON findings"), QStringLiteral("new.audit_id")),
            guard(QStringLiteral("signed_findings_delete"),
                QStringLiteral("BEFORE DELETE ON findings"), QStringLiteral("old.audit_id")),
            guard(QStringLiteral("signed_evidence_insert"),
                QStringLiteral("BEFORE INSERT ON evidence"), QStringLiteral("new.audit_id")),
            guard(QStringLiteral("signed_evidence_update"),
                QStringLiteral("BEFORE UPDATE ON evidence"), QStringLiteral("old.audit_id")),
            guard(QStringLiteral("signed_evidence_delete"),
                QStringLiteral("BEFORE DELETE ON evidence"), QStringLiteral("old.audit_id")),
            guard(QStringLiteral("signed_audit_header_update"),
                QStringLiteral("BEFORE UPDATE OF clause_set_id, contractor_name, contractor_address, "
                               "representative, representative_title, contract_title, "
                               "contract_number, client_department, work_place, kind, audit_date, "
                               "lead_inspector, members, attendees ON audits"),
                QStringLiteral("old.id")),
            guard(QStringLiteral("signed_check_items_update"),
                QStringLiteral("BEFORE UPDATE ON check_items"), QStringLiteral("old.audit_id")),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS advisories (
            id INTEGER PRIMARY KEY,
            audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            sequence INTEGER NOT NULL,
            document_number TEXT NOT NULL,
            issued_on TEXT NOT NULL,
            addressee TEXT NOT NULL,
            honorific TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS advisories_audit ON advisories(audit_id)"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS advisory_items (
            id INTEGER PRIMARY KEY,
            advisory_id INTEGER NOT NULL REFERENCES advisories(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            check_item_id INTEGER REFERENCES check_items(id) ON DELETE SET NULL,
            severity TEXT NOT NULL CHECK (severity IN ('major', 'minor', 'recommendation')),
            clause TEXT NOT NULL,
            finding TEXT NOT NULL,
            improvement TEXT NOT NULL,
            deadline TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'responded', 'verified', 'returned', 'closed')),
            updated_at TEXT NOT NULL,
            UNIQUE (advisory_id, ordinal)))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS advisory_items_state ON advisory_items(state, deadline)"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS followup_events (
            id INTEGER PRIMARY KEY,
            advisory_item_id INTEGER NOT NULL REFERENCES advisory_items(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('response', 'verified', 'returned', 'closed', 'reopened')),
            on_date TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS followup_events_item ON followup_events(advisory_item_id)"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS followup_attachments (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES followup_events(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            original_name TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS followup_attachments_blob ON followup_attachments(sha256)"),
        },
        error);
}

// Version 6: a clause set corrected before import records the hash of the file it came from
// (its content hash is then that of the corrected structure). Empty: the content hash is the
// file's (every set imported as parsed).
bool recordSourceHashes(QSqlDatabase &db, QString *error)
{
    return addColumn(db, QStringLiteral("clause_sets"), QStringLiteral("source_hash"),
        QStringLiteral("TEXT NOT NULL DEFAULT ''"), error);
}

bool addPhotoMarkup(QSqlDatabase &db, QString *error)
{
    return addColumn(db, QStringLiteral("evidence"), QStringLiteral("markup"), QStringLiteral("TEXT NOT NULL DEFAULT ''"), error);
}

// Version 10 (issue 24): a version of an audit replaced by a package's stays recoverable. Its
// rows are kept in the history entry that records the replacement; the files only it used are
// kept here, held by the audit (and disposed of with it).
bool keepReplacedFiles(QSqlDatabase &db, QString *error)
{
    return execAll(db,
        { QStringLiteral(R"(CREATE TABLE IF NOT EXISTS superseded_blobs (
            audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            PRIMARY KEY (audit_id, sha256)))") },
        error);
}

} // namespace Kansa
