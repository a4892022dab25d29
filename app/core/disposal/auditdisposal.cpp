#include "disposal/auditdisposal.h"

#include "audits/auditrepository.h"
#include "evidence/evidencekeys.h"
#include "crypto/sha256.h"
#include "evidence/evidencestore.h"
#include "history/checkpoint.h"
#include "history/historylog.h"
#include "package/auditrecord.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Kansa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::AuditDisposal", text);
}

int count(QSqlDatabase db, const QString &sql, qint64 auditId)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(auditId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    return q.exec(sql) || Sql::fail(q, error);
}

DisposalRecord fromRow(const QSqlQuery &q)
{
    DisposalRecord r;
    r.id = q.value(0).toLongLong();
    r.bytes = q.value(1).toString().toUtf8();
    r.content = QJsonDocument::fromJson(r.bytes).object();
    r.publicKey = q.value(2).toByteArray();
    r.signature = q.value(3).toByteArray();
    r.finishedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    return r;
}

const QString kRecordColumns = QStringLiteral("id, record, public_key, signature, finished_at");

} // namespace

QString DisposalRecord::auditUid() const
{
    return content.value(QStringLiteral("audit")).toObject().value(QStringLiteral("uid")).toString();
}

QDateTime DisposalRecord::disposedAt() const
{
    return QDateTime::fromString(content.value(QStringLiteral("disposed_at")).toString(), Qt::ISODateWithMs);
}

bool DisposalRecord::signatureValid() const
{
    return InstallationKey::verify(publicKey, bytes, signature);
}

QString DisposalRecord::recordSha256() const
{
    return Sha256::hex(bytes);
}

AuditDisposal::AuditDisposal(QSqlDatabase db, EvidenceStore &store)
    : m_db(std::move(db))
    , m_store(store)
{
}

std::optional<DisposalInventory> AuditDisposal::inventory(qint64 auditId, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT uid, contractor_name, contract_title, contract_number, clause_set_title, "
                             "lead_inspector, members, status, audit_date FROM audits WHERE id = ?"));
    q.addBindValue(auditId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = AuditRepository::noSuchAudit(auditId);
        return std::nullopt;
    }
    DisposalInventory v;
    v.auditId = auditId;
    v.uid = q.value(0).toString();
    v.contractor = q.value(1).toString();
    v.contractTitle = q.value(2).toString();
    v.contractNumber = q.value(3).toString();
    v.clauseSetTitle = q.value(4).toString();
    v.leadInspector = q.value(5).toString();
    v.members = q.value(6).toString();
    v.status = q.value(7).toString();
    v.auditDate = Sql::toDate(q.value(8));
    v.checkItems = count(m_db, QStringLiteral("SELECT count(*) FROM check_items WHERE audit_id = ?"), auditId);
    v.findings = count(m_db, QStringLiteral("SELECT count(*) FROM findings WHERE audit_id = ? AND (verdict IS NOT NULL "
                                            "OR note <> '' OR problem <> '' OR improvement <> '')"), auditId);
    v.photos = count(m_db, QStringLiteral("SELECT count(*) FROM evidence WHERE audit_id = ? AND kind = 'photo'"), auditId);
    v.documents = count(m_db, QStringLiteral("SELECT count(*) FROM evidence WHERE audit_id = ? AND kind = 'document'"), auditId);
    v.certificates = count(m_db, QStringLiteral("SELECT count(*) FROM evidence WHERE audit_id = ? AND kind = 'certificate'"), auditId);
    v.signatures = count(m_db, QStringLiteral("SELECT count(*) FROM signatures WHERE audit_id = ?"), auditId);
    v.letters = count(m_db, QStringLiteral("SELECT count(*) FROM advisories WHERE audit_id = ?"), auditId);
    const QString events = QStringLiteral("FROM followup_events e JOIN advisory_items i ON i.id = e.advisory_item_id "
                                          "JOIN advisories a ON a.id = i.advisory_id WHERE a.audit_id = ?");
    v.followUpEvents = count(m_db, QStringLiteral("SELECT count(*) ") + events, auditId);
    v.followUpFiles = count(m_db, QStringLiteral("SELECT count(*) FROM followup_attachments f WHERE f.event_id IN (SELECT e.id ")
            + events + QStringLiteral(")"), auditId);
    v.openAdvisoryItems = count(m_db, QStringLiteral("SELECT count(*) FROM advisory_items i JOIN advisories a ON a.id = i.advisory_id "
                                                     "WHERE a.audit_id = ? AND a.status = 'issued' AND i.state <> 'closed'"), auditId);
    // The manifest: everything the audit held, as a package carries it (every row, its
    // history), and every file by its hash.
    const QJsonObject record = AuditRecord::read(m_db, auditId, error);
    if (record.isEmpty())
        return std::nullopt;
    v.files = AuditRecord::blobs(record).values();
    // And those of a version replaced by a package, kept with the audit.
    q.prepare(QStringLiteral("SELECT sha256 FROM superseded_blobs WHERE audit_id = ?"));
    q.addBindValue(auditId);
    if (q.exec())
        while (q.next())
            if (!v.files.contains(q.value(0).toString()))
                v.files << q.value(0).toString();
    v.files.sort();
    // Every file on disk that goes with them: originals and the copies made from them.
    for (const QString &sha : std::as_const(v.files))
        v.storedFiles += int(m_store.filesOf(sha).size());
    // Of its files, those another audit uses too (kept for that audit).
    v.sharedFiles = count(m_db, QStringLiteral("WITH ") + EvidenceKeys::usedFilesTable()
            + QStringLiteral(", me(id) AS (SELECT ?) SELECT count(DISTINCT o.sha256) FROM used o "
                             "JOIN used m ON m.sha256 = o.sha256, me WHERE m.audit_id = me.id AND o.audit_id <> me.id"),
        auditId);
    // The packages made of it, which stay wherever they were sent.
    q.prepare(QStringLiteral("SELECT at, json_extract(content, '$.file') FROM history_entries WHERE audit_id = ? "
                             "AND action = 'exported' ORDER BY id"));
    q.addBindValue(auditId);
    if (q.exec())
        while (q.next())
            v.exports << QStringLiteral("%1 (%2)").arg(q.value(1).toString(),
                QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toLocalTime().date().toString(Qt::ISODate));
    q.prepare(QStringLiteral("SELECT disposed_at FROM disposals WHERE audit_uid = ? ORDER BY id"));
    q.addBindValue(v.uid);
    if (q.exec())
        while (q.next())
            v.disposedBefore << QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    QJsonObject manifest { { QStringLiteral("record"), record },
        { QStringLiteral("files"), QJsonArray::fromStringList(v.files) } };
    v.manifestSha256 = Sha256::hex(QJsonDocument(manifest).toJson(QJsonDocument::Compact));
    return v;
}

QString AuditDisposal::refusal(const DisposalRequest &request, const DisposalInventory &inventory)
{
    if (request.performedBy.trimmed().isEmpty())
        return tr("Name who performs the disposal.");
    if (request.approvedBy.trimmed().isEmpty())
        return tr("Name who approved the disposal.");
    if (request.reason.trimmed().isEmpty())
        return tr("Give the reason for the disposal (for example: retention period over).");
    auto person = [](QString name) { return name.remove(QRegularExpression(QStringLiteral("[\\s\u3000]"))); };
    if (person(request.performedBy) == person(request.approvedBy))
        return tr("The person who approves the disposal must be someone other than the person who performs it.");
    if (inventory.openAdvisoryItems > 0 && !request.force)
        return QCoreApplication::translate("Kansa::AuditDisposal",
            "The audit has %n advisory item(s) not yet closed. Close them first, or confirm that it is "
            "disposed of all the same.",
            nullptr, inventory.openAdvisoryItems);
    return {};
}

std::optional<DisposalRecord> AuditDisposal::dispose(const DisposalRequest &request, QString *error)
{
    const auto v = inventory(request.auditId, error);
    if (!v)
        return std::nullopt;
    if (const QString why = refusal(request, *v); !why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    EvidenceKeys keys = m_store.keys();
    // Without the storage key nothing can be destroyed or rotated as the record would say.
    if (!keys.storageKey(error))
        return std::nullopt;
    const InstallationKey installation = HistoryLog::installationKey(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject audit { { QStringLiteral("uid"), v->uid }, { QStringLiteral("contractor"), v->contractor },
        { QStringLiteral("contract_title"), v->contractTitle }, { QStringLiteral("contract_number"), v->contractNumber },
        { QStringLiteral("clause_set"), v->clauseSetTitle }, { QStringLiteral("audit_date"), Sql::date(v->auditDate) },
        { QStringLiteral("lead_inspector"), v->leadInspector }, { QStringLiteral("members"), v->members },
        { QStringLiteral("status"), v->status } };
    QJsonObject counts { { QStringLiteral("check_items"), v->checkItems }, { QStringLiteral("findings"), v->findings },
        { QStringLiteral("photos"), v->photos }, { QStringLiteral("documents"), v->documents },
        { QStringLiteral("certificates"), v->certificates }, { QStringLiteral("signatures"), v->signatures },
        { QStringLiteral("letters"), v->letters }, { QStringLiteral("followup_events"), v->followUpEvents },
        { QStringLiteral("followup_files"), v->followUpFiles }, { QStringLiteral("files"), int(v->files.size()) },
        { QStringLiteral("files_on_disk"), v->storedFiles },
        { QStringLiteral("files_kept_shared"), v->sharedFiles },
        { QStringLiteral("open_advisory_items"), v->openAdvisoryItems } };
    QJsonObject content { { QStringLiteral("format"), QStringLiteral("kansa-disposal") }, { QStringLiteral("version"), 1 },
        { QStringLiteral("audit"), audit }, { QStringLiteral("counts"), counts },
        { QStringLiteral("manifest_sha256"), v->manifestSha256 },
        { QStringLiteral("method"), QJsonObject { { QStringLiteral("kind"), QStringLiteral("cryptographic-erase") },
                                        { QStringLiteral("data_key_id"), keys.dataKeyId(request.auditId) },
                                        { QStringLiteral("storage_key_id"), keys.storageKeyId() } } },
        { QStringLiteral("disposed_at"), now.toString(Qt::ISODateWithMs) },
        { QStringLiteral("performed_by"), request.performedBy.trimmed() },
        { QStringLiteral("approved_by"), request.approvedBy.trimmed() }, { QStringLiteral("reason"), request.reason.trimmed() },
        { QStringLiteral("forced"), request.force && v->openAdvisoryItems > 0 },
        { QStringLiteral("exports"), QJsonArray::fromStringList(v->exports) },
        { QStringLiteral("disposed_before"), int(v->disposedBefore.size()) },
        { QStringLiteral("installation"), HistoryLog::installationOrigin(m_db) } };
    DisposalRecord record;
    record.content = content;
    record.bytes = QJsonDocument(content).toJson(QJsonDocument::Compact);
    record.publicKey = installation.publicKey;
    record.signature = installation.sign(record.bytes);

    // The marked-up print copies of this audit's markup, also of files another audit keeps.
    QStringList markedCopies;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT sha256, markup FROM evidence WHERE audit_id = ? AND markup <> ''"));
        q.addBindValue(request.auditId);
        if (q.exec())
            while (q.next())
                markedCopies << m_store.markedPrintPath(q.value(0).toString(), q.value(1).toString());
    }
    // Deleted rows are overwritten in the file, not only unlinked from its pages.
    exec(m_db, QStringLiteral("PRAGMA secure_delete = ON"), nullptr);
    QStringList gone;
    const bool ok = Sql::inTransaction(m_db, error, [&](QString *why) {
        const auto released = keys.release(request.auditId, why);
        if (!released)
            return false;
        gone = *released;
        QSqlQuery q(m_db);
        // The data key goes (and with it every file key wrapped under it); signatures before
        // the audit, as their triggers guard what they sign.
        for (const QString &sql : { QStringLiteral("DELETE FROM audit_keys WHERE audit_id = ?"),
                 QStringLiteral("DELETE FROM signatures WHERE audit_id = ?"), QStringLiteral("DELETE FROM audits WHERE id = ?") }) {
            q.prepare(sql);
            q.addBindValue(request.auditId);
            if (!q.exec())
                return Sql::fail(q, why);
        }
        // Its files no other audit uses: their rows go, and the files are marked for deletion
        // (done after the commit; at the next start if a crash comes between).
        for (const QString &sha : std::as_const(gone)) {
            q.prepare(QStringLiteral("DELETE FROM blobs WHERE sha256 = ?"));
            q.addBindValue(sha);
            if (!q.exec())
                return Sql::fail(q, why);
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO blob_pending (sha256, started_at, pid) VALUES (?, ?, 0)"));
            q.addBindValue(sha);
            q.addBindValue(Sql::now());
            if (!q.exec())
                return Sql::fail(q, why);
        }
        q.prepare(QStringLiteral("INSERT INTO disposals (audit_uid, disposed_at, record, record_hash, public_key, signature) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(v->uid);
        q.addBindValue(now.toString(Qt::ISODateWithMs));
        q.addBindValue(QString::fromUtf8(record.bytes));
        q.addBindValue(Sha256::digest(record.bytes));
        q.addBindValue(record.publicKey);
        q.addBindValue(record.signature);
        if (!q.exec())
            return Sql::fail(q, why);
        record.id = q.lastInsertId().toLongLong();
        return HistoryLog::record(m_db, 0, QStringLiteral("audit.disposed"), QStringLiteral("audit"),
            { { QStringLiteral("uid"), v->uid }, { QStringLiteral("record_sha256"), record.recordSha256() },
                { QStringLiteral("performed_by"), request.performedBy.trimmed() },
                { QStringLiteral("approved_by"), request.approvedBy.trimmed() } },
            why);
    });
    if (!ok) {
        exec(m_db, QStringLiteral("PRAGMA secure_delete = OFF"), nullptr);
        return std::nullopt;
    }
    for (const QString &path : std::as_const(markedCopies))
        QFile::remove(path);
    QString why;
    if (!finish(record.id, gone, &why) && error)
        *error = why; // the audit is gone; the rest is done at the next start
    exec(m_db, QStringLiteral("PRAGMA secure_delete = OFF"), nullptr);
    if (const auto stored = this->record(record.id))
        return stored;
    return record;
}

bool AuditDisposal::finish(qint64 disposalId, const QStringList &files, QString *error)
{
    // A new storage key: the wrapped data key that may survive in a freed block of the disk
    // (or a backup of the database) no longer opens, since the key that wrapped it is gone.
    if (!m_store.keys().rotateStorageKey(error))
        return false;
    for (const QString &sha : files) // each with every copy made from it (thumbnail, print, marked)
        m_store.removeBlobFiles(sha);
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("DELETE FROM blob_pending WHERE pid = 0 AND NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = blob_pending.sha256)"));
    // The full-text index keeps deleted texts in its segments until they are merged.
    if (!exec(m_db, QStringLiteral("INSERT INTO search_trigram(search_trigram) VALUES ('optimize')"), error)
        || !exec(m_db, QStringLiteral("INSERT INTO search_bigram(search_bigram) VALUES ('optimize')"), error))
        return false;
    q.prepare(QStringLiteral("UPDATE disposals SET finished_at = ? WHERE id = ?"));
    q.addBindValue(Sql::now());
    q.addBindValue(disposalId);
    if (!q.exec())
        return Sql::fail(q, error);
    // Old page images live on in the write-ahead log until it is checkpointed; truncated, the
    // log holds none.
    return exec(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), error);
}

int AuditDisposal::finishPending(QString *error)
{
    QSqlQuery q(m_db);
    QList<qint64> pending;
    if (q.exec(QStringLiteral("SELECT id FROM disposals WHERE finished_at IS NULL")))
        while (q.next())
            pending << q.value(0).toLongLong();
    if (pending.isEmpty())
        return 0;
    QStringList files;
    if (q.exec(QStringLiteral("SELECT sha256 FROM blob_pending p WHERE pid = 0 AND NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = p.sha256)")))
        while (q.next())
            files << q.value(0).toString();
    exec(m_db, QStringLiteral("PRAGMA secure_delete = ON"), nullptr);
    int done = 0;
    for (qint64 id : pending)
        if (finish(id, files, error))
            ++done;
    exec(m_db, QStringLiteral("PRAGMA secure_delete = OFF"), nullptr);
    return done;
}

QList<DisposalRecord> AuditDisposal::records() const
{
    QList<DisposalRecord> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT %1 FROM disposals ORDER BY id").arg(kRecordColumns)))
        while (q.next())
            out.append(fromRow(q));
    return out;
}

std::optional<DisposalRecord> AuditDisposal::record(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM disposals WHERE id = ?").arg(kRecordColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

} // namespace Kansa
