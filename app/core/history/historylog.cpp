#include "history/historylog.h"

#include "crypto/sha256.h"
#include "platform/useraccount.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>


namespace Kansa::HistoryLog {

namespace {

QMutex actorMutex;
QString currentActor;

bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

// Who acts when the program did not say (a command line without --by): the office's default
// lead inspector from the settings, else the account's full name.
QString defaultActor(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'audit.default_lead'")) && q.next())
        if (const QString lead = q.value(0).toString().trimmed(); !lead.isEmpty())
            return lead;
    const QString name = UserAccount::fullName();
    return name.isEmpty() ? QStringLiteral("kansa") : name;
}

HistoryEntry entryFrom(const QSqlQuery &q, int at)
{
    HistoryEntry e;
    e.origin = q.value(at).toString();
    e.sequence = q.value(at + 1).toULongLong();
    e.time = QDateTime::fromString(q.value(at + 2).toString(), Qt::ISODate).toUTC();
    e.actor = q.value(at + 3).toString();
    e.action = q.value(at + 4).toString();
    e.entity = q.value(at + 5).toString();
    e.contentHash = q.value(at + 6).toByteArray();
    e.previousHash = q.value(at + 7).toByteArray();
    e.hash = q.value(at + 8).toByteArray();
    return e;
}

// A checkpoint from the columns origin, sequence, head_hash, at, public_key, signature.
Checkpoint checkpointFrom(const QSqlQuery &q)
{
    return { q.value(0).toString(), q.value(1).toULongLong(), q.value(2).toByteArray(),
        QDateTime::fromString(q.value(3).toString(), Qt::ISODate).toUTC(), q.value(4).toByteArray(),
        q.value(5).toByteArray() };
}

const char *kEntryColumns = "origin, sequence, at, actor, action, entity, content_hash, previous_hash, hash";

} // namespace

void setActor(const QString &actor)
{
    QMutexLocker lock(&actorMutex);
    currentActor = actor;
}

QString actor(QSqlDatabase db)
{
    {
        QMutexLocker lock(&actorMutex);
        if (!currentActor.isEmpty())
            return currentActor;
    }
    return defaultActor(db);
}

bool isTransfer(const QString &action)
{
    static const QSet<QString> transfers = { QStringLiteral("exported"), QStringLiteral("imported"),
        QStringLiteral("conflict.received"), QStringLiteral("conflict.kept") };
    return transfers.contains(action);
}

QString auditOrigin(QSqlDatabase db, qint64 auditId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT uid FROM audits WHERE id = ?"));
    q.addBindValue(auditId);
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
        return QStringLiteral("audit:") + q.value(0).toString();
    return {};
}

QString installationOrigin(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT uid FROM installation WHERE id = 1")) && q.next())
        return QStringLiteral("installation:") + q.value(0).toString();
    return {};
}

InstallationKey installationKey(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT public_key, secret_key FROM installation WHERE id = 1")) && q.next())
        return { q.value(0).toByteArray(), q.value(1).toByteArray() };
    return {};
}

bool seal(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    // Absent table: a schema before 7 (a migration in progress, or a test's shorter ladder).
    if (!q.exec(QStringLiteral("SELECT p.id, p.audit_id, a.uid, p.action, p.entity, p.content, p.actor "
                               "FROM history_pending p LEFT JOIN audits a ON a.id = p.audit_id ORDER BY p.id")))
        return true;
    struct Pending
    {
        qint64 id;
        qint64 auditId;
        QString origin, action, entity, content, actor;
    };
    QList<Pending> pending;
    QString installation;
    while (q.next()) {
        Pending p { q.value(0).toLongLong(), q.value(1).toLongLong(), {}, q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString() };
        if (q.value(1).isNull()) {
            if (installation.isEmpty())
                installation = installationOrigin(db);
            p.origin = installation;
        } else if (!q.value(2).toString().isEmpty()) {
            p.origin = QStringLiteral("audit:") + q.value(2).toString();
        }
        pending.append(p);
    }
    if (pending.isEmpty())
        return true;
    QHash<QString, HistoryEntry> heads;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString who = actor(db);
    QSqlQuery last(db), insert(db);
    last.prepare(QStringLiteral("SELECT %1 FROM history_entries WHERE origin = ? ORDER BY id DESC LIMIT 1")
                     .arg(QLatin1String(kEntryColumns)));
    insert.prepare(QStringLiteral("INSERT INTO history_entries (audit_id, %1, content) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(QLatin1String(kEntryColumns)));
    for (const Pending &p : pending) {
        if (p.origin.isEmpty()) // the audit was deleted in the same transaction
            continue;
        if (!heads.contains(p.origin)) {
            last.addBindValue(p.origin);
            if (!last.exec())
                return fail(last, error);
            heads.insert(p.origin, last.next() ? entryFrom(last, 0) : HistoryEntry {});
        }
        const HistoryEntry &head = heads[p.origin];
        QList<HistoryEntry> chain;
        if (head.sequence > 0)
            chain.append(head);
        HistoryEntry e;
        e.origin = p.origin;
        e.time = now;
        e.actor = p.actor.isEmpty() ? who : p.actor;
        e.action = p.action;
        e.entity = p.entity;
        e.contentHash = Sha256::digest(p.content.toUtf8());
        e = HistoryChain::append(chain, e);
        insert.addBindValue(p.auditId > 0 ? QVariant(p.auditId) : QVariant(QMetaType(QMetaType::LongLong)));
        insert.addBindValue(e.origin);
        insert.addBindValue(qint64(e.sequence));
        insert.addBindValue(QString::fromLatin1(HistoryEncoding::time(e.time)));
        insert.addBindValue(e.actor);
        insert.addBindValue(e.action);
        insert.addBindValue(e.entity);
        insert.addBindValue(e.contentHash);
        insert.addBindValue(e.previousHash);
        insert.addBindValue(e.hash);
        insert.addBindValue(p.content);
        if (!insert.exec())
            return fail(insert, error);
        heads[p.origin] = e;
    }
    return q.exec(QStringLiteral("DELETE FROM history_pending")) || fail(q, error);
}

bool record(QSqlDatabase db, qint64 auditId, const QString &action, const QString &entity,
    const QJsonObject &content, QString *error, const QString &actor)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO history_pending (audit_id, action, entity, content, actor) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(auditId > 0 ? QVariant(auditId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
    q.addBindValue(actor.isNull() ? QString(QLatin1String("")) : actor);
    return q.exec() || fail(q, error);
}

QList<StoredEntry> entries(QSqlDatabase db, const QString &origin)
{
    QList<StoredEntry> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1, content FROM history_entries WHERE origin = ? ORDER BY id")
                  .arg(QLatin1String(kEntryColumns)));
    q.addBindValue(origin);
    if (q.exec())
        while (q.next())
            out.append({ entryFrom(q, 0), q.value(9).toString() });
    return out;
}

namespace {

QByteArray fromBase64(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toObject().value(QStringLiteral("base64")).toString().toLatin1());
}

} // namespace

QList<StoredEntry> entriesFromRows(const QJsonArray &rows)
{
    QList<StoredEntry> out;
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        HistoryEntry e;
        e.origin = r.value(QStringLiteral("origin")).toString();
        e.sequence = quint64(r.value(QStringLiteral("sequence")).toDouble());
        e.time = QDateTime::fromString(r.value(QStringLiteral("at")).toString(), Qt::ISODate).toUTC();
        e.actor = r.value(QStringLiteral("actor")).toString();
        e.action = r.value(QStringLiteral("action")).toString();
        e.entity = r.value(QStringLiteral("entity")).toString();
        e.contentHash = fromBase64(r.value(QStringLiteral("content_hash")));
        e.previousHash = fromBase64(r.value(QStringLiteral("previous_hash")));
        e.hash = fromBase64(r.value(QStringLiteral("hash")));
        out.append({ e, r.value(QStringLiteral("content")).toString() });
    }
    return out;
}

QList<Checkpoint> checkpointsFromRows(const QJsonArray &rows)
{
    QList<Checkpoint> out;
    for (const QJsonValue &v : rows) {
        const QJsonObject c = v.toObject();
        out.append({ c.value(QStringLiteral("origin")).toString(), quint64(c.value(QStringLiteral("sequence")).toDouble()),
            fromBase64(c.value(QStringLiteral("head_hash"))),
            QDateTime::fromString(c.value(QStringLiteral("at")).toString(), Qt::ISODate).toUTC(),
            fromBase64(c.value(QStringLiteral("public_key"))), fromBase64(c.value(QStringLiteral("signature"))) });
    }
    return out;
}

QList<StoredEntry> inherited(const QList<StoredEntry> &chain, QList<Checkpoint> *held)
{
    if (chain.isEmpty() || chain.first().entry.action != QStringLiteral("copied"))
        return {};
    const QJsonObject c = QJsonDocument::fromJson(chain.first().content.toUtf8()).object();
    if (held)
        *held = checkpointsFromRows(c.value(QStringLiteral("checkpoints")).toArray());
    return entriesFromRows(c.value(QStringLiteral("inherited")).toArray());
}

QList<Checkpoint> checkpoints(QSqlDatabase db, const QString &origin)
{
    QList<Checkpoint> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT origin, sequence, head_hash, at, public_key, signature "
                             "FROM checkpoints WHERE origin = ? ORDER BY sequence, id"));
    q.addBindValue(origin);
    if (q.exec())
        while (q.next())
            out.append(checkpointFrom(q));
    return out;
}

bool storeCheckpoint(QSqlDatabase db, const Checkpoint &c, const QString &reason, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO checkpoints (origin, sequence, head_hash, at, "
                             "public_key, signature, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.origin);
    q.addBindValue(qint64(c.sequence));
    q.addBindValue(c.headHash);
    q.addBindValue(QString::fromLatin1(HistoryEncoding::time(c.time)));
    q.addBindValue(c.publicKey);
    q.addBindValue(c.signature);
    q.addBindValue(reason);
    if (!q.exec())
        return fail(q, error);
    if (q.numRowsAffected() == 0)
        return true; // held already
    // The installation's own chain records every checkpoint it holds, made here or received
    // with a package, so that deleting one (and cutting the audit's history back behind it)
    // shows too.
    return record(db, 0, QStringLiteral("checkpoint"), c.origin,
        { { QStringLiteral("sequence"), qint64(c.sequence) }, { QStringLiteral("head"), QString::fromLatin1(c.headHash.toHex()) },
            { QStringLiteral("reason"), reason } },
        error);
}

bool checkpoint(QSqlDatabase db, qint64 auditId, const QString &reason, QString *error, Checkpoint *made)
{
    if (!seal(db, error))
        return false;
    const InstallationKey key = installationKey(db);
    if (key.secretKey.isEmpty())
        return true; // a schema before 7
    const QString origin = auditOrigin(db, auditId);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT sequence, hash FROM history_entries WHERE origin = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(origin);
    if (!q.exec())
        return fail(q, error);
    if (!q.next()) {
        if (error)
            *error = QCoreApplication::translate("Kansa::HistoryLog", "The audit has no history to sign.");
        return false;
    }
    const Checkpoint c = Checkpoint::make(origin, q.value(0).toULongLong(), q.value(1).toByteArray(),
        QDateTime::currentDateTimeUtc(), key);
    if (!storeCheckpoint(db, c, reason, error))
        return false;
    if (made)
        *made = c;
    return true;
}

std::optional<Checkpoint> checkpointFor(QSqlDatabase db, const QString &origin, const QString &reason)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT origin, sequence, head_hash, at, public_key, signature FROM checkpoints "
                             "WHERE origin = ? AND reason = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(origin);
    q.addBindValue(reason);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return checkpointFrom(q);
}

QString anchor(const Checkpoint &c)
{
    return QStringLiteral("履歴 %1（%2件目）・端末鍵 %3")
        .arg(shortHash(c.headHash))
        .arg(c.sequence)
        .arg(InstallationKey::fingerprint(c.publicKey));
}

} // namespace Kansa::HistoryLog
