#include "schema/migrationsteps.h"

namespace Kansa {

// Version 8: evidence encrypted at rest and disposal. Each audit's data key wrapped under the
// installation's storage key (whose identifier the installation row names; the key itself is
// in a key file, StorageKey); each stored file's key wrapped under the data key of the audit
// holding it (NULL: under the storage key). An audit that still holds a file key cannot be
// deleted: its keys are handed on first (EvidenceKeys::release). A disposed audit leaves only
// its disposal record. The files themselves are encrypted after this step, by
// EvidenceEncryption, which marks the installation when it is done.
bool createEvidenceKeys(QSqlDatabase &db, QString *error)
{
    return addColumn(db, QStringLiteral("installation"), QStringLiteral("storage_key_id"), QStringLiteral("TEXT"), error)
        && addColumn(db, QStringLiteral("installation"), QStringLiteral("files_encrypted_at"), QStringLiteral("TEXT"), error)
        && execAll(db,
            {
                QStringLiteral(R"(CREATE TABLE IF NOT EXISTS audit_keys (
                audit_id INTEGER PRIMARY KEY REFERENCES audits(id) ON DELETE CASCADE,
                wrapped BLOB NOT NULL,
                created_at TEXT NOT NULL))"),
                QStringLiteral(R"(CREATE TABLE IF NOT EXISTS blob_keys (
                sha256 TEXT PRIMARY KEY REFERENCES blobs(sha256) ON DELETE CASCADE,
                audit_id INTEGER,
                wrapped BLOB NOT NULL))"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS blob_keys_audit ON blob_keys(audit_id)"),
                QStringLiteral("CREATE TRIGGER IF NOT EXISTS audits_hold_no_keys BEFORE DELETE ON audits "
                               "WHEN EXISTS (SELECT 1 FROM blob_keys WHERE audit_id = OLD.id) BEGIN "
                               "SELECT RAISE(ABORT, 'the audit still holds evidence keys'); END"),
                QStringLiteral(R"(CREATE TABLE IF NOT EXISTS disposals (
                id INTEGER PRIMARY KEY,
                audit_uid TEXT NOT NULL,
                disposed_at TEXT NOT NULL,
                record TEXT NOT NULL,
                record_hash BLOB NOT NULL,
                public_key BLOB NOT NULL,
                signature BLOB NOT NULL,
                finished_at TEXT))"),
                // (An audit disposed of can come back in a package and be disposed of again.)
                QStringLiteral("CREATE INDEX IF NOT EXISTS disposals_audit ON disposals(audit_uid)"),
            },
            error);
}

} // namespace Kansa
