#include "history/checkpoint.h"
#include "history/historylog.h"
#include "schema/migrationsteps.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Kansa {

namespace {

QString uid()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

// json_object('a', NEW.a, 'b', NEW.b, …) over the columns, for the trigger bodies.
QString jsonOf(const QString &row, const QStringList &columns)
{
    QStringList parts;
    for (const QString &c : columns)
        parts << QStringLiteral("'%1', %2.%1").arg(c, row);
    return QStringLiteral("json_object(%1)").arg(parts.join(QStringLiteral(", ")));
}

// A trigger that queues one history row: audit (an SQL expression), action and entity (SQL
// expressions), content (a JSON expression), when the condition holds.
QString historyTrigger(const QString &name, const QString &event, const QString &condition,
    const QString &audit, const QString &action, const QString &entity, const QString &content,
    const QString &actor = QStringLiteral("''"))
{
    return QStringLiteral("CREATE TRIGGER IF NOT EXISTS history_%1 AFTER %2 FOR EACH ROW %3 BEGIN "
                          "INSERT INTO history_pending (audit_id, action, entity, content, actor) "
                          "VALUES (%4, %5, %6, %7, %8); END")
        .arg(name, event, condition.isEmpty() ? QString() : QStringLiteral("WHEN ") + condition,
            audit, action, entity, content, actor);
}

QString quoted(const char *s)
{
    return QStringLiteral("'%1'").arg(QLatin1String(s));
}

const QStringList kHeader = {
    QStringLiteral("clause_set_id"), QStringLiteral("contractor_name"), QStringLiteral("contractor_address"),
    QStringLiteral("representative"), QStringLiteral("representative_title"), QStringLiteral("contract_title"),
    QStringLiteral("contract_number"), QStringLiteral("contract_start"), QStringLiteral("contract_end"),
    QStringLiteral("client_department"), QStringLiteral("work_place"), QStringLiteral("kind"),
    QStringLiteral("audit_date"), QStringLiteral("lead_inspector"), QStringLiteral("members"),
    QStringLiteral("attendees"), QStringLiteral("resp_department"), QStringLiteral("resp_manager"),
    QStringLiteral("resp_workers"), QStringLiteral("resp_normal_contact"),
    QStringLiteral("resp_emergency_contact"), QStringLiteral("resp_work_places"), QStringLiteral("archived"),
};
const QStringList kFindingTexts = { QStringLiteral("note"), QStringLiteral("problem"), QStringLiteral("improvement") };
const QStringList kEvidence = { QStringLiteral("kind"), QStringLiteral("sha256"), QStringLiteral("original_name"),
    QStringLiteral("caption"), QStringLiteral("cert_issuer"), QStringLiteral("cert_number"),
    QStringLiteral("cert_scope"), QStringLiteral("cert_valid_until") };
const QStringList kEvidenceEditable = { QStringLiteral("caption"), QStringLiteral("cert_issuer"),
    QStringLiteral("cert_number"), QStringLiteral("cert_scope"), QStringLiteral("cert_valid_until") };
const QStringList kAdvisory = { QStringLiteral("status"), QStringLiteral("document_number"),
    QStringLiteral("issued_on"), QStringLiteral("addressee"), QStringLiteral("honorific"),
    QStringLiteral("body"), QStringLiteral("corrects_id") };
const QStringList kAdvisoryItem = { QStringLiteral("ordinal"), QStringLiteral("severity"),
    QStringLiteral("clause"), QStringLiteral("finding"), QStringLiteral("improvement"),
    QStringLiteral("deadline"), QStringLiteral("included") };

QString differs(const QStringList &columns)
{
    return jsonOf(QStringLiteral("OLD"), columns) + QStringLiteral(" IS NOT ") + jsonOf(QStringLiteral("NEW"), columns);
}

QStringList historyTriggers()
{
    const QString item = QStringLiteral("'item:' || (SELECT ordinal FROM check_items WHERE id = %1.check_item_id)");
    const QString letterAudit = QStringLiteral("(SELECT audit_id FROM advisories WHERE id = %1.advisory_id)");
    const QString eventAudit = QStringLiteral("(SELECT a.audit_id FROM advisory_items i JOIN advisories a ON "
                                              "a.id = i.advisory_id WHERE i.id = NEW.advisory_item_id)");
    return {
        historyTrigger(QStringLiteral("audit_created"), QStringLiteral("INSERT ON audits"), {},
            QStringLiteral("NEW.id"), quoted("created"), quoted("audit"),
            jsonOf(QStringLiteral("NEW"), kHeader + QStringList { QStringLiteral("clause_set_title"), QStringLiteral("predecessor_id") })),
        historyTrigger(QStringLiteral("audit_header"), QStringLiteral("UPDATE ON audits"), differs(kHeader),
            QStringLiteral("NEW.id"), quoted("header.edited"), quoted("audit"), jsonOf(QStringLiteral("NEW"), kHeader)),
        historyTrigger(QStringLiteral("check_item_edited"), QStringLiteral("UPDATE ON check_items"), {},
            QStringLiteral("NEW.audit_id"), quoted("item.edited"), QStringLiteral("'item:' || NEW.ordinal"),
            jsonOf(QStringLiteral("NEW"), { QStringLiteral("article_number"), QStringLiteral("paragraph_text"),
                QStringLiteral("item_text"), QStringLiteral("obligation"), QStringLiteral("scored") })),
        historyTrigger(QStringLiteral("verdict_new"), QStringLiteral("INSERT ON findings"),
            QStringLiteral("NEW.verdict IS NOT NULL"), QStringLiteral("NEW.audit_id"), quoted("verdict"),
            item.arg(QStringLiteral("NEW")), QStringLiteral("json_object('verdict', NEW.verdict)")),
        historyTrigger(QStringLiteral("verdict"), QStringLiteral("UPDATE ON findings"),
            QStringLiteral("OLD.verdict IS NOT NEW.verdict"), QStringLiteral("NEW.audit_id"), quoted("verdict"),
            item.arg(QStringLiteral("NEW")), QStringLiteral("json_object('verdict', NEW.verdict)")),
        historyTrigger(QStringLiteral("note_new"), QStringLiteral("INSERT ON findings"),
            QStringLiteral("NEW.note || NEW.problem || NEW.improvement <> ''"), QStringLiteral("NEW.audit_id"),
            quoted("note"), item.arg(QStringLiteral("NEW")), jsonOf(QStringLiteral("NEW"), kFindingTexts)),
        historyTrigger(QStringLiteral("note"), QStringLiteral("UPDATE ON findings"), differs(kFindingTexts),
            QStringLiteral("NEW.audit_id"), quoted("note"), item.arg(QStringLiteral("NEW")),
            jsonOf(QStringLiteral("NEW"), kFindingTexts)),
        historyTrigger(QStringLiteral("finding_cleared"), QStringLiteral("DELETE ON findings"), {},
            QStringLiteral("OLD.audit_id"), quoted("finding.cleared"), item.arg(QStringLiteral("OLD")),
            QStringLiteral("json_object()")),
        historyTrigger(QStringLiteral("evidence_added"), QStringLiteral("INSERT ON evidence"), {},
            QStringLiteral("NEW.audit_id"), quoted("evidence.added"), QStringLiteral("'evidence:' || NEW.id"),
            jsonOf(QStringLiteral("NEW"), kEvidence)),
        historyTrigger(QStringLiteral("evidence_removed"), QStringLiteral("DELETE ON evidence"), {},
            QStringLiteral("OLD.audit_id"), quoted("evidence.removed"), QStringLiteral("'evidence:' || OLD.id"),
            jsonOf(QStringLiteral("OLD"), { QStringLiteral("kind"), QStringLiteral("sha256") })),
        historyTrigger(QStringLiteral("caption"), QStringLiteral("UPDATE ON evidence"), differs(kEvidenceEditable),
            QStringLiteral("NEW.audit_id"), quoted("caption"), QStringLiteral("'evidence:' || NEW.id"),
            jsonOf(QStringLiteral("NEW"), kEvidenceEditable)),
        historyTrigger(QStringLiteral("signature"), QStringLiteral("INSERT ON signatures"), {},
            QStringLiteral("NEW.audit_id"), quoted("signed"), QStringLiteral("'signature:' || NEW.role"),
            jsonOf(QStringLiteral("NEW"), { QStringLiteral("role"), QStringLiteral("name"), QStringLiteral("title"),
                QStringLiteral("signed_at"), QStringLiteral("content_hash") }),
            QStringLiteral("NEW.name")),
        historyTrigger(QStringLiteral("reopened"), QStringLiteral("INSERT ON audit_events"),
            QStringLiteral("NEW.kind = 'reopened'"), QStringLiteral("NEW.audit_id"), quoted("reopened"),
            quoted("audit"), QStringLiteral("json_object('reason', NEW.detail)"), QStringLiteral("NEW.actor")),
        historyTrigger(QStringLiteral("advisory_new"), QStringLiteral("INSERT ON advisories"), {},
            QStringLiteral("NEW.audit_id"), quoted("advisory.drafted"), QStringLiteral("'advisory:' || NEW.sequence"),
            jsonOf(QStringLiteral("NEW"), kAdvisory)),
        historyTrigger(QStringLiteral("advisory_issued"), QStringLiteral("UPDATE ON advisories"),
            QStringLiteral("OLD.status = 'draft' AND NEW.status = 'issued'"), QStringLiteral("NEW.audit_id"),
            quoted("advisory.issued"), QStringLiteral("'advisory:' || NEW.sequence"),
            jsonOf(QStringLiteral("NEW"), kAdvisory + QStringList { QStringLiteral("snapshot") }),
            QStringLiteral("NEW.issued_by")),
        historyTrigger(QStringLiteral("advisory_edited"), QStringLiteral("UPDATE ON advisories"),
            QStringLiteral("NOT (OLD.status = 'draft' AND NEW.status = 'issued') AND ") + differs(kAdvisory),
            QStringLiteral("NEW.audit_id"), quoted("advisory.edited"), QStringLiteral("'advisory:' || NEW.sequence"),
            jsonOf(QStringLiteral("NEW"), kAdvisory)),
        historyTrigger(QStringLiteral("advisory_removed"), QStringLiteral("DELETE ON advisories"), {},
            QStringLiteral("OLD.audit_id"), quoted("advisory.removed"), QStringLiteral("'advisory:' || OLD.sequence"),
            QStringLiteral("json_object()")),
        historyTrigger(QStringLiteral("advisory_item_new"), QStringLiteral("INSERT ON advisory_items"), {},
            letterAudit.arg(QStringLiteral("NEW")), quoted("advisory.item"),
            QStringLiteral("'advisory_item:' || NEW.id"), jsonOf(QStringLiteral("NEW"), kAdvisoryItem)),
        historyTrigger(QStringLiteral("advisory_item_edited"), QStringLiteral("UPDATE ON advisory_items"),
            differs(kAdvisoryItem), letterAudit.arg(QStringLiteral("NEW")), quoted("advisory.item"),
            QStringLiteral("'advisory_item:' || NEW.id"), jsonOf(QStringLiteral("NEW"), kAdvisoryItem)),
        historyTrigger(QStringLiteral("followup"), QStringLiteral("INSERT ON followup_events"), {}, eventAudit,
            QStringLiteral("'followup.' || NEW.kind"), QStringLiteral("'advisory_item:' || NEW.advisory_item_id"),
            jsonOf(QStringLiteral("NEW"), { QStringLiteral("kind"), QStringLiteral("on_date"), QStringLiteral("text"),
                QStringLiteral("outcome") }),
            QStringLiteral("NEW.actor")),
        // Nothing rewrites an entry; a chain only grows (rows go with their audit).
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS history_entries_immutable BEFORE UPDATE ON history_entries "
                       "BEGIN SELECT RAISE(ABORT, 'kansa: history entries are never changed'); END"),
    };
}

} // namespace

// Version 7 (issue 12): each audit gets a stable identity (uid) that travels with it in
// packages; every change to an audit is chained into its history (triggers queue the change,
// HistoryLog::seal chains it before the commit); the installation gets an Ed25519 key that signs
// checkpoints, and its own chain. Audits that exist start their history here, marked as such.
bool createHistory(QSqlDatabase &db, QString *error)
{
    if (!addColumn(db, QStringLiteral("audits"), QStringLiteral("uid"), QStringLiteral("TEXT"), error))
        return false;
    const QStringList tables = {
        QStringLiteral("UPDATE audits SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS audits_uid ON audits(uid)"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS audits_uid_assign AFTER INSERT ON audits "
                       "WHEN NEW.uid IS NULL BEGIN UPDATE audits SET uid = lower(hex(randomblob(16))) "
                       "WHERE id = NEW.id; END"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS installation (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            uid TEXT NOT NULL,
            public_key BLOB NOT NULL,
            secret_key BLOB NOT NULL,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS history_pending (
            id INTEGER PRIMARY KEY,
            audit_id INTEGER,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            content TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS history_entries (
            id INTEGER PRIMARY KEY,
            audit_id INTEGER REFERENCES audits(id) ON DELETE CASCADE,
            origin TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            content TEXT NOT NULL,
            content_hash BLOB NOT NULL,
            previous_hash BLOB NOT NULL,
            hash BLOB NOT NULL))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS history_entries_origin ON history_entries(origin, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS history_entries_audit ON history_entries(audit_id)"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS checkpoints (
            id INTEGER PRIMARY KEY,
            origin TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            head_hash BLOB NOT NULL,
            at TEXT NOT NULL,
            public_key BLOB NOT NULL,
            signature BLOB NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            UNIQUE (origin, sequence, public_key)))"),
        // A package's audit that differs from the one here waits for the user: keep ours,
        // replace it, or keep both (PackageConflicts). Its files are stored and kept meanwhile.
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS package_conflicts (
            id INTEGER PRIMARY KEY,
            audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
            received_at TEXT NOT NULL,
            source TEXT NOT NULL,
            differences TEXT NOT NULL,
            forked INTEGER NOT NULL DEFAULT 0,
            record TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS package_conflict_blobs (
            conflict_id INTEGER NOT NULL REFERENCES package_conflicts(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            PRIMARY KEY (conflict_id, sha256)))"),
    };
    if (!execAll(db, tables + historyTriggers(), error))
        return false;
    QSqlQuery q(db);
    if (!(q.exec(QStringLiteral("SELECT 1 FROM installation")) && q.next())) {
        const InstallationKey key = InstallationKey::generate();
        q.prepare(QStringLiteral("INSERT INTO installation (id, uid, public_key, secret_key, created_at) "
                                 "VALUES (1, ?, ?, ?, ?)"));
        q.addBindValue(uid());
        q.addBindValue(key.publicKey);
        q.addBindValue(key.secretKey);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        if (!HistoryLog::record(db, 0, QStringLiteral("installation.created"), QStringLiteral("installation"),
                { { QStringLiteral("public_key"), QString::fromLatin1(key.publicKey.toHex()) } }, error))
            return false;
    }
    // Audits that exist start their chain here: what happened before is not known.
    if (!q.exec(QStringLiteral(
            "INSERT INTO history_pending (audit_id, action, entity, content) SELECT id, 'history.started', "
            "'audit', json_object('reason', 'schema 7 migration', 'status', status) FROM audits a WHERE NOT EXISTS "
            "(SELECT 1 FROM history_entries h WHERE h.audit_id = a.id) AND NOT EXISTS "
            "(SELECT 1 FROM history_pending p WHERE p.audit_id = a.id)"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return HistoryLog::seal(db, error);
}

} // namespace Kansa
