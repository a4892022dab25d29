#include "package/importplan.h"

#include "evidence/evidencestore.h"
#include "history/historylog.h"
#include "history/historystate.h"
#include "package/auditrecord.h"
#include "package/auditreplacement.h"
#include "package/packageconflicts.h"
#include "signoff/signoff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kansa::ImportPlan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::ImportPlan", text);
}

QList<HistoryLog::StoredEntry> historyOf(const QJsonObject &record)
{
    return HistoryLog::entriesFromRows(
        record.value(QStringLiteral("tables")).toObject().value(QStringLiteral("history_entries")).toArray());
}

QString contractorOf(const QJsonObject &record)
{
    return record.value(QStringLiteral("tables")).toObject().value(QStringLiteral("audits")).toArray()
        .first().toObject().value(QStringLiteral("contractor_name")).toString();
}

// The hash of the last entry that changed the audit (not a transfer).
QByteArray lastChange(const QList<HistoryLog::StoredEntry> &history)
{
    for (auto it = history.crbegin(); it != history.crend(); ++it)
        if (!HistoryLog::isTransfer(it->entry.action))
            return it->entry.hash;
    return history.isEmpty() ? QByteArray() : history.first().entry.hash;
}

bool holds(const QList<HistoryLog::StoredEntry> &history, const QByteArray &hash)
{
    return std::any_of(history.cbegin(), history.cend(), [&](const HistoryLog::StoredEntry &e) { return e.entry.hash == hash; });
}

qint64 localAudit(QSqlDatabase db, const QString &uid)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM audits WHERE uid = ?"));
    q.addBindValue(uid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// A conflict waiting with exactly this version of the audit.
qint64 waitingConflict(QSqlDatabase db, qint64 audit, const QJsonObject &record)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM package_conflicts WHERE audit_id = ? AND record = ? AND resolved_at IS NULL"));
    q.addBindValue(audit);
    q.addBindValue(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QDateTime disposedBefore(QSqlDatabase db, const QString &uid)
{
    QSqlQuery d(db);
    d.prepare(QStringLiteral("SELECT max(disposed_at) FROM disposals WHERE audit_uid = ?"));
    d.addBindValue(uid);
    if (d.exec() && d.next() && !d.value(0).isNull())
        return QDateTime::fromString(d.value(0).toString(), Qt::ISODateWithMs);
    return {};
}

} // namespace

std::optional<Plan> decide(QSqlDatabase db, const QJsonObject &record, QString *refusal)
{
    Plan plan { record, {}, false, false };
    plan.outcome.uid = AuditRecord::uid(record);
    plan.outcome.contractor = contractorOf(record);
    const QList<HistoryLog::StoredEntry> history = historyOf(record);
    const HistoryLog::Check own = HistoryLog::verify(history, HistoryLog::checkpointsFromRows(record.value(QStringLiteral("checkpoints")).toArray()));
    if (!own.ok() || history.first().entry.origin != QStringLiteral("audit:") + plan.outcome.uid) {
        *refusal = tr("The history of the audit of %1 in the package is broken: %2 Nothing was imported.")
                       .arg(plan.outcome.contractor, HistoryLog::describe(own.verdict));
        return std::nullopt;
    }
    // Kansa signs a checkpoint of every audit's head when it exports it: a package whose latest
    // changes no checkpoint vouches for was rewritten after export. Who signed it is said.
    {
        const QList<Checkpoint> held = HistoryLog::checkpointsFromRows(record.value(QStringLiteral("checkpoints")).toArray());
        const QByteArray last = lastChange(history);
        quint64 lastSequence = 0;
        for (const HistoryLog::StoredEntry &e : history)
            if (e.entry.hash == last)
                lastSequence = e.entry.sequence;
        const Checkpoint *vouching = nullptr;
        for (const Checkpoint &c : held)
            if (c.sequence >= lastSequence && (!vouching || c.sequence > vouching->sequence))
                vouching = &c;
        if (!vouching) {
            *refusal = tr("The audit of %1 in the package has no signed checkpoint of its latest changes, which every "
                          "package Kansa exports carries: it was changed after export. Nothing was imported.")
                           .arg(plan.outcome.contractor);
            return std::nullopt;
        }
        plan.outcome.signedBy = InstallationKey::fingerprint(vouching->publicKey);
    }
    // The data must be what the history says it is, before anything is stored.
    if (const QString differs = HistoryState::differences(record.value(QStringLiteral("tables")).toObject(), history);
        !differs.isEmpty()) {
        *refusal = tr("The audit of %1 in the package contradicts its own history (it was altered after it was "
                      "exported): %2. Nothing was imported.")
                       .arg(plan.outcome.contractor, differs);
        return std::nullopt;
    }
    const QString origin = history.first().entry.origin;
    // It must continue whatever this installation signed of the same audit.
    plan.forked = !HistoryLog::verify(history, HistoryLog::checkpoints(db, origin)).ok();
    const qint64 ours = localAudit(db, plan.outcome.uid);
    if (!ours) {
        plan.outcome.disposedBefore = disposedBefore(db, plan.outcome.uid);
        if (plan.forked) {
            *refusal = tr("The history of the audit of %1 in the package does not continue the history "
                          "this office signed for it. Nothing was imported.")
                           .arg(plan.outcome.contractor);
            return std::nullopt;
        }
        return plan;
    }
    plan.outcome.auditId = ours;
    const QList<HistoryLog::StoredEntry> ourHistory = HistoryLog::entries(db, origin);
    if (holds(ourHistory, lastChange(history))) {
        // Everything the package changed is here (an export or an import after it changes
        // nothing of the audit).
        plan.outcome.kind = PackageImport::Outcome::Unchanged;
    } else if (!plan.forked && holds(history, lastChange(ourHistory))) {
        // The package continues ours: an update, not a conflict.
        plan.outcome.kind = PackageImport::Outcome::Updated;
    } else {
        plan.outcome.kind = PackageImport::Outcome::Conflict;
        QString why;
        plan.outcome.differences = AuditRecord::differences(AuditRecord::read(db, ours, &why), record);
        plan.outcome.conflictId = waitingConflict(db, ours, record);
        plan.waiting = plan.outcome.conflictId != 0;
    }
    return plan;
}

bool store(QSqlDatabase db, EvidenceStore &store, Plan &plan, const QString &source, const QJsonValue &from,
    QString *error, QString *refusal)
{
    switch (plan.outcome.kind) {
    case PackageImport::Outcome::Imported: {
        plan.outcome.auditId = AuditRecord::insert(db, plan.record, {}, error);
        if (!plan.outcome.auditId)
            return false;
        for (const QString &sha : AuditRecord::blobs(plan.record))
            if (!store.keys().adopt(sha, plan.outcome.auditId, error))
                return false;
        // This office now holds the head it received: a later package must continue it.
        if (!HistoryLog::checkpoint(db, plan.outcome.auditId, QStringLiteral("imported"), error)
            || !HistoryLog::record(db, plan.outcome.auditId, QStringLiteral("imported"), QStringLiteral("audit"),
                { { QStringLiteral("source"), source }, { QStringLiteral("from"), from } }, error))
            return false;
        break;
    }
    case PackageImport::Outcome::Updated:
        if (!AuditReplacement::apply(db, plan.outcome.auditId, plan.record, AuditReplacement::Kind::Update, source, error))
            return false;
        break;
    case PackageImport::Outcome::Conflict:
        if (plan.waiting)
            return true;
        plan.outcome.conflictId = PackageConflicts::add(db, plan.outcome.auditId, plan.record, source,
            plan.outcome.differences, plan.forked, error);
        return plan.outcome.conflictId != 0;
    case PackageImport::Outcome::Unchanged: return true;
    }
    // As stored, the audit passes what `history verify` and `verify` check.
    const HistoryLog::Check check = HistoryLog::verify(db, HistoryLog::auditOrigin(db, plan.outcome.auditId));
    if (!check.ok()) {
        *refusal = tr("The audit of %1 in the package does not hold together: %2 Nothing was imported.")
                       .arg(plan.outcome.contractor, HistoryLog::describe(check));
        return false;
    }
    const SignOffCheck signatures = SignOff(db, store).check(plan.outcome.auditId, false);
    if (signatures.signedOff && !signatures.unchanged) {
        *refusal = tr("The signed checklist of %1 in the package is not what was signed: %2 Nothing was imported.")
                       .arg(plan.outcome.contractor, signatures.changes.join(QStringLiteral(" ")));
        return false;
    }
    return true;
}

} // namespace Kansa::ImportPlan
