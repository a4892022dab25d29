#include "package/auditreplacement.h"

#include "evidence/evidencekeys.h"
#include "history/historylog.h"
#include "package/auditrecord.h"
#include "package/recordcomparison.h"
#include "storage/sqlhelpers.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace Kansa::AuditReplacement {

namespace {

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() || Sql::fail(q, error);
}

QJsonArray historyRows(const QJsonObject &record)
{
    return record.value(QStringLiteral("tables")).toObject().value(QStringLiteral("history_entries")).toArray();
}

// Every row of the audit's tables goes; the audit's own row, its key and its files stay.
bool clear(QSqlDatabase db, qint64 audit, QString *error)
{
    // Signatures first (their triggers guard what they sign); letters newest first, so that
    // no issued correction loses the letter it corrects while it still stands.
    if (!exec(db, QStringLiteral("UPDATE signatures SET voided_at = ?, void_reason = 'replaced by a package' "
                                 "WHERE audit_id = ? AND voided_at IS NULL"),
            { Sql::now(), audit }, error))
        return false;
    QList<qint64> letters;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM advisories WHERE audit_id = ? ORDER BY id DESC"));
    q.addBindValue(audit);
    if (!q.exec())
        return Sql::fail(q, error);
    while (q.next())
        letters << q.value(0).toLongLong();
    for (const QString &table : { QStringLiteral("signatures"), QStringLiteral("audit_events") })
        if (!exec(db, QStringLiteral("DELETE FROM %1 WHERE audit_id = ?").arg(table), { audit }, error))
            return false;
    for (qint64 letter : letters)
        if (!exec(db, QStringLiteral("DELETE FROM advisories WHERE id = ?"), { letter }, error))
            return false;
    // Findings before their check items, so that each clearing names its item.
    for (const QString &table : { QStringLiteral("findings"), QStringLiteral("evidence"), QStringLiteral("check_items"),
             QStringLiteral("history_entries"), QStringLiteral("search_docs") })
        if (!exec(db, QStringLiteral("DELETE FROM %1 WHERE audit_id = ?").arg(table), { audit }, error))
            return false;
    return true;
}

} // namespace

bool apply(QSqlDatabase db, qint64 ours, const QJsonObject &record, Kind kind, const QString &source, QString *error)
{
    const QJsonObject mine = AuditRecord::read(db, ours, error);
    if (mine.isEmpty())
        return false;
    // Our entries that the package's history does not hold (at least the transfers made here).
    QSet<QString> theirs;
    for (const QJsonValue &v : historyRows(record))
        theirs.insert(v.toObject().value(QStringLiteral("hash")).toObject().value(QStringLiteral("base64")).toString());
    QJsonArray kept;
    for (const QJsonValue &v : historyRows(mine))
        if (!theirs.contains(v.toObject().value(QStringLiteral("hash")).toObject().value(QStringLiteral("base64")).toString()))
            kept.append(v);
    QJsonObject content { { QStringLiteral("source"), source },
        { QStringLiteral("kind"), kind == Kind::Update ? QStringLiteral("update") : QStringLiteral("replace") },
        { QStringLiteral("kept"), kept } };
    if (kind == Kind::Replace) {
        QJsonObject rows = mine.value(QStringLiteral("tables")).toObject();
        rows.remove(QStringLiteral("history_entries"));
        content.insert(QStringLiteral("replaced"), rows);
        QJsonArray changes;
        for (const RecordComparison::Change &c : RecordComparison::changes(mine, record))
            changes.append(QJsonObject { { QStringLiteral("where"), c.where }, { QStringLiteral("what"), c.what },
                { QStringLiteral("replaced"), c.here }, { QStringLiteral("now"), c.package } });
        content.insert(QStringLiteral("changes"), changes);
        // The files only our version used stay, held by the audit.
        const QSet<QString> now = AuditRecord::blobs(record);
        for (const QString &sha : AuditRecord::blobs(mine))
            if (!now.contains(sha)
                && !exec(db, QStringLiteral("INSERT OR IGNORE INTO superseded_blobs (audit_id, sha256) VALUES (?, ?)"),
                    { ours, sha }, error))
                return false;
    }
    const QHash<QString, qint64> ids = AuditRecord::idsOf(mine); // kept by the rows that replace them
    if (!clear(db, ours, error) || !AuditRecord::insert(db, record, {}, error, ours, ids))
        return false;
    EvidenceKeys keys(db);
    for (const QString &sha : AuditRecord::blobs(record))
        if (!keys.adopt(sha, ours, error))
            return false;
    // This office holds the head it received: a later package must continue it.
    return HistoryLog::checkpoint(db, ours, QStringLiteral("imported"), error)
        && HistoryLog::record(db, ours, QStringLiteral("imported"), QStringLiteral("audit"), content, error);
}

} // namespace Kansa::AuditReplacement
