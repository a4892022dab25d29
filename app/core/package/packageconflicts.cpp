#include "package/packageconflicts.h"
#include "evidence/evidencekeys.h"

#include "history/historylog.h"
#include "package/auditrecord.h"
#include "package/auditreplacement.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace Kansa::PackageConflicts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::PackageConflicts", text);
}

} // namespace

std::optional<Resolution> resolutionFromKey(const QString &key)
{
    if (key == QStringLiteral("keep"))
        return Resolution::Keep;
    if (key == QStringLiteral("replace"))
        return Resolution::Replace;
    if (key == QStringLiteral("both"))
        return Resolution::Both;
    return std::nullopt;
}

qint64 add(QSqlDatabase db, qint64 auditId, const QJsonObject &record, const QString &source,
    const QStringList &differences, bool forked, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO package_conflicts (audit_id, received_at, source, differences, "
                             "forked, record) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(auditId);
    q.addBindValue(Sql::now());
    q.addBindValue(source);
    q.addBindValue(differences.join(u'\n'));
    q.addBindValue(forked ? 1 : 0);
    q.addBindValue(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Sql::fail(q, error), 0;
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO package_conflict_blobs (conflict_id, sha256) VALUES (?, ?)"));
    for (const QString &sha : AuditRecord::blobs(record)) {
        q.addBindValue(id);
        q.addBindValue(sha);
        if (!q.exec())
            return Sql::fail(q, error), 0;
    }
    return HistoryLog::record(db, auditId, QStringLiteral("conflict.received"), QStringLiteral("conflict:") + QString::number(id),
               { { QStringLiteral("source"), source }, { QStringLiteral("forked"), forked } }, error)
        ? id
        : 0;
}

QList<Conflict> list(QSqlDatabase db)
{
    QList<Conflict> out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT c.id, c.audit_id, a.contractor_name, c.received_at, c.source, c.record, "
                              "c.forked FROM package_conflicts c JOIN audits a ON a.id = c.audit_id WHERE c.resolved_at IS NULL ORDER BY c.id")))
        while (q.next()) {
            // What differs is worked out now, in the language of whoever looks (the import may
            // have run in another), and against our audit as it is now.
            QString why;
            const QJsonObject theirs = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
            const QStringList differences = AuditRecord::differences(AuditRecord::read(db, q.value(1).toLongLong(), &why), theirs);
            out.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), differences, q.value(6).toBool() });
        }
    return out;
}

qint64 resolve(QSqlDatabase db, qint64 conflictId, Resolution resolution, QString *error)
{
    qint64 result = 0;
    const bool ok = Sql::inTransaction(db, error, [&](QString *why) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT audit_id, record, forked, source FROM package_conflicts WHERE id = ? AND resolved_at IS NULL"));
        q.addBindValue(conflictId);
        if (!q.exec() || !q.next()) {
            *why = tr("There is no conflict %1.").arg(conflictId);
            return false;
        }
        const qint64 ours = q.value(0).toLongLong();
        const QJsonObject record = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        const bool forked = q.value(2).toBool();
        const QString source = q.value(3).toString();
        // Kept, marked, so that its number is never given to another; what it held goes.
        static const char *const keys[] = { "keep", "replace", "both" };
        q.prepare(QStringLiteral("UPDATE package_conflicts SET resolved_at = ?, resolution = ?, record = '', differences = '' WHERE id = ?"));
        q.addBindValue(Sql::now());
        q.addBindValue(QLatin1String(keys[int(resolution)]));
        q.addBindValue(conflictId);
        if (!q.exec())
            return Sql::fail(q, why);
        q.prepare(QStringLiteral("DELETE FROM package_conflict_blobs WHERE conflict_id = ?"));
        q.addBindValue(conflictId);
        if (!q.exec())
            return Sql::fail(q, why);
        const QJsonObject what { { QStringLiteral("source"), source } };
        if (!HistoryLog::record(db, 0, QStringLiteral("conflict.resolved"), QStringLiteral("conflict:") + QString::number(conflictId),
                { { QStringLiteral("source"), source }, { QStringLiteral("resolution"), QLatin1String(keys[int(resolution)]) },
                    { QStringLiteral("audit"), HistoryLog::auditOrigin(db, ours) } },
                why))
            return false;
        switch (resolution) {
        case Resolution::Keep:
            result = ours;
            return HistoryLog::record(db, ours, QStringLiteral("conflict.kept"), QStringLiteral("conflict:") + QString::number(conflictId), what, why);
        case Resolution::Both:
            result = AuditRecord::insert(db, record, QUuid::createUuid().toString(QUuid::Id128), why);
            for (const QString &sha : AuditRecord::blobs(record))
                if (result && !EvidenceKeys(db).adopt(sha, result, why))
                    return false;
            return result && HistoryLog::record(db, result, QStringLiteral("imported"), QStringLiteral("audit"), what, why);
        case Resolution::Replace:
            if (forked) {
                *why = tr("The package's history does not continue the one this office signed, so it "
                          "cannot replace it. Keep both and compare them.");
                return false;
            }
            // The package's version becomes current in place (ids stay); ours is kept in the
            // history entry that records the replacement, its files with the audit.
            result = ours;
            return AuditReplacement::apply(db, ours, record, AuditReplacement::Kind::Replace, source, why);
        }
        return false;
    });
    return ok ? result : 0;
}

} // namespace Kansa::PackageConflicts
