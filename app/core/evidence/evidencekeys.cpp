#include "evidence/evidencekeys.h"

#include "crypto/filecipher.h"
#include "crypto/sha256.h"
#include "crypto/storagekey.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <functional>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace Kansa {

namespace {

QMutex cacheMutex;

// The storage key of each evidence folder this process opened, by its identifier.
QHash<QString, QByteArray> &cachedKeys()
{
    static QHash<QString, QByteArray> keys;
    return keys;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::EvidenceKeys", text);
}

QByteArray fileContext(const QString &sha256)
{
    return QByteArrayLiteral("kansa file key\n") + sha256.toLatin1();
}

QByteArray auditContext(const QString &uid)
{
    return QByteArrayLiteral("kansa audit data key\n") + uid.toLatin1();
}

bool failed(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

QString auditUid(QSqlDatabase db, qint64 auditId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT uid FROM audits WHERE id = ?"));
    q.addBindValue(auditId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

EvidenceKeys::EvidenceKeys(QSqlDatabase db, const QString &evidenceRoot)
    : m_db(std::move(db))
    , m_root(evidenceRoot)
{
}

EvidenceKeys::EvidenceKeys(QSqlDatabase db)
    : m_db(db)
    , m_root(StorageKey::evidenceRootFor(db.databaseName()))
{
}

QString EvidenceKeys::storageKeyId() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT storage_key_id FROM installation WHERE id = 1")) && q.next()
        ? q.value(0).toString()
        : QString();
}

std::optional<QByteArray> EvidenceKeys::storageKey(QString *error) const
{
    const QString id = storageKeyId();
    {
        const QMutexLocker guard(&cacheMutex);
        if (!id.isEmpty() && cachedKeys().contains(m_root + u'\n' + id)) {
            const QByteArray key = cachedKeys().value(m_root + u'\n' + id);
            // Its file moved away while Kansa runs: written back, so that nothing stored from
            // now on is left without a key at the next start.
            if (!StorageKey::restore(m_root, key)) {
                failed(error, tr("The storage key cannot be written to %1.").arg(StorageKey::pathFor(m_root)));
                return std::nullopt;
            }
            return key;
        }
    }
    const auto key = StorageKey::load(m_root, id, error);
    if (!key)
        return std::nullopt;
    if (id.isEmpty()) { // the first use: the database names the key from now on
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE installation SET storage_key_id = ? WHERE id = 1"));
        q.addBindValue(StorageKey::idOf(*key));
        if (!q.exec() || q.numRowsAffected() != 1) {
            failed(error, tr("The storage key cannot be recorded: %1").arg(q.lastError().text()));
            return std::nullopt;
        }
    }
    const QMutexLocker guard(&cacheMutex);
    cachedKeys().insert(m_root + u'\n' + StorageKey::idOf(*key), *key);
    return key;
}

std::optional<QByteArray> EvidenceKeys::dataKey(qint64 auditId, bool create, QString *error) const
{
    const QString uid = auditUid(m_db, auditId);
    if (uid.isEmpty()) {
        failed(error, tr("No audit %1.").arg(auditId));
        return std::nullopt;
    }
    const auto storage = storageKey(error);
    if (!storage)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT wrapped FROM audit_keys WHERE audit_id = ?"));
    q.addBindValue(auditId);
    if (q.exec() && q.next()) {
        auto key = FileCipher::unwrap(q.value(0).toByteArray(), *storage, auditContext(uid));
        if (!key)
            failed(error, tr("The data key of audit %1 does not open with this installation's storage key.").arg(auditId));
        return key;
    }
    if (!create) {
        failed(error, tr("Audit %1 has no data key.").arg(auditId));
        return std::nullopt;
    }
    const QByteArray key = FileCipher::newKey();
    q.prepare(QStringLiteral("INSERT INTO audit_keys (audit_id, wrapped, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(auditId);
    q.addBindValue(FileCipher::wrap(key, *storage, auditContext(uid)));
    q.addBindValue(Sql::now());
    if (!q.exec()) {
        Sql::fail(q, error);
        return std::nullopt;
    }
    return key;
}

QString EvidenceKeys::dataKeyId(qint64 auditId) const
{
    const auto key = dataKey(auditId, false, nullptr);
    return key ? Sha256::hex(QByteArray(QByteArrayLiteral("kansa data key id\n") + *key)).left(16) : QString();
}

std::optional<QByteArray> EvidenceKeys::fileKey(const QString &sha256, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT audit_id, wrapped FROM blob_keys WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next()) {
        failed(error, tr("The file %1 has no key.").arg(sha256.left(12)));
        return std::nullopt;
    }
    const auto wrapping = q.value(0).isNull() ? storageKey(error) : dataKey(q.value(0).toLongLong(), false, error);
    if (!wrapping)
        return std::nullopt;
    auto key = FileCipher::unwrap(q.value(1).toByteArray(), *wrapping, fileContext(sha256));
    if (!key)
        failed(error, tr("The key of file %1 does not open.").arg(sha256.left(12)));
    return key;
}

QHash<QString, QByteArray> EvidenceKeys::fileKeys(const QStringList &sha256s) const
{
    QHash<QString, QByteArray> keys;
    for (const QString &sha : sha256s)
        if (!keys.contains(sha))
            if (const auto key = fileKey(sha))
                keys.insert(sha, *key);
    return keys;
}

bool EvidenceKeys::wrapFor(const QString &sha256, const QByteArray &fileKey, qint64 auditId, bool replace, QString *error)
{
    const auto wrapping = auditId ? dataKey(auditId, true, error) : storageKey(error);
    if (!wrapping)
        return false;
    QSqlQuery q(m_db);
    q.prepare(replace ? QStringLiteral("INSERT OR REPLACE INTO blob_keys (sha256, audit_id, wrapped) VALUES (?, ?, ?)")
                      : QStringLiteral("INSERT OR IGNORE INTO blob_keys (sha256, audit_id, wrapped) VALUES (?, ?, ?)"));
    q.addBindValue(sha256);
    q.addBindValue(auditId ? QVariant(auditId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(FileCipher::wrap(fileKey, *wrapping, fileContext(sha256)));
    return q.exec() || Sql::fail(q, error);
}

bool EvidenceKeys::store(const QString &sha256, const QByteArray &fileKey, qint64 auditId, QString *error)
{
    if (fileKey.size() != FileCipher::KeyBytes)
        return failed(error, tr("The file %1 was stored without a key.").arg(sha256.left(12)));
    return wrapFor(sha256, fileKey, auditId, false, error);
}

bool EvidenceKeys::adopt(const QString &sha256, qint64 auditId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM blob_keys WHERE sha256 = ? AND audit_id IS NULL"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return true; // held by an audit already
    const auto key = fileKey(sha256, error);
    return key && wrapFor(sha256, *key, auditId, true, error);
}

QString EvidenceKeys::usedFilesTable()
{
    return QStringLiteral(R"(used(sha256, audit_id) AS (
            SELECT sha256, audit_id FROM evidence WHERE sha256 IS NOT NULL
            UNION SELECT fa.sha256, av.audit_id FROM followup_attachments fa
                JOIN followup_events fe ON fe.id = fa.event_id
                JOIN advisory_items ai ON ai.id = fe.advisory_item_id
                JOIN advisories av ON av.id = ai.advisory_id
            UNION SELECT sha256, audit_id FROM superseded_blobs))");
}

std::optional<QStringList> EvidenceKeys::release(qint64 auditId, QString *error)
{
    // Every file the audit uses or holds the key of, with another audit that uses it, and
    // whether a package conflict keeps it.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("WITH ") + usedFilesTable() + QStringLiteral(R"(,
        mine(sha256) AS (
            SELECT sha256 FROM used WHERE audit_id = ?
            UNION SELECT sha256 FROM blob_keys WHERE audit_id = ?)
        SELECT m.sha256,
            (SELECT min(u.audit_id) FROM used u WHERE u.sha256 = m.sha256 AND u.audit_id <> ?),
            EXISTS (SELECT 1 FROM package_conflict_blobs c JOIN package_conflicts p ON p.id = c.conflict_id
                    WHERE c.sha256 = m.sha256 AND p.audit_id <> ?),
            (SELECT k.audit_id FROM blob_keys k WHERE k.sha256 = m.sha256)
        FROM mine m)"));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(auditId);
    if (!q.exec()) {
        Sql::fail(q, error);
        return std::nullopt;
    }
    struct Move
    {
        QString sha;
        qint64 to;
        bool kept;
        bool heldHere;
    };
    QList<Move> moves;
    while (q.next())
        moves.append({ q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toBool(),
            !q.value(3).isNull() && q.value(3).toLongLong() == auditId });
    QStringList gone;
    for (const Move &m : std::as_const(moves)) {
        if (m.to || m.kept) {
            if (!m.heldHere)
                continue; // another audit or the storage key holds it already
            const auto key = fileKey(m.sha, error);
            if (!key || !wrapFor(m.sha, *key, m.to, true, error))
                return std::nullopt;
            continue;
        }
        QSqlQuery d(m_db);
        d.prepare(QStringLiteral("DELETE FROM blob_keys WHERE sha256 = ?"));
        d.addBindValue(m.sha);
        if (!d.exec()) {
            Sql::fail(d, error);
            return std::nullopt;
        }
        gone.append(m.sha);
    }
    return gone;
}

bool EvidenceKeys::rotateStorageKey(QString *error)
{
    const auto old = storageKey(error);
    if (!old)
        return false;
    const QByteArray fresh = FileCipher::newKey();
    if (!StorageKey::writePending(m_root, fresh))
        return failed(error, tr("The new storage key cannot be written to %1.").arg(StorageKey::pathFor(m_root)));
    // Every key wrapped under the storage key: the audits' data keys, and the keys of files no
    // audit holds yet. Each row: id, wrapped key, context, and what to say when it does not open.
    struct Wrapped
    {
        QString select;
        QString update;
        std::function<QByteArray(const QSqlQuery &)> context;
        const char *damaged;
    };
    const QList<Wrapped> kinds {
        { QStringLiteral("SELECT k.audit_id, k.wrapped, a.uid FROM audit_keys k JOIN audits a ON a.id = k.audit_id"),
            QStringLiteral("UPDATE audit_keys SET wrapped = ? WHERE audit_id = ?"),
            [](const QSqlQuery &q) { return auditContext(q.value(2).toString()); },
            QT_TRANSLATE_NOOP("Kansa::EvidenceKeys", "The data key of audit %1 does not open.") },
        { QStringLiteral("SELECT sha256, wrapped FROM blob_keys WHERE audit_id IS NULL"),
            QStringLiteral("UPDATE blob_keys SET wrapped = ? WHERE sha256 = ?"),
            [](const QSqlQuery &q) { return fileContext(q.value(0).toString()); },
            QT_TRANSLATE_NOOP("Kansa::EvidenceKeys", "The key of file %1 does not open.") },
    };
    const bool ok = Sql::inTransaction(m_db, error, [&](QString *why) {
        for (const Wrapped &kind : kinds) {
            QSqlQuery q(m_db);
            QSqlQuery u(m_db);
            if (!q.exec(kind.select))
                return Sql::fail(q, why);
            u.prepare(kind.update);
            while (q.next()) {
                const QByteArray context = kind.context(q);
                const auto key = FileCipher::unwrap(q.value(1).toByteArray(), *old, context);
                if (!key)
                    return failed(why, tr(kind.damaged).arg(q.value(0).toString().left(12)));
                u.addBindValue(FileCipher::wrap(*key, fresh, context));
                u.addBindValue(q.value(0));
                if (!u.exec())
                    return Sql::fail(u, why);
            }
        }
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE installation SET storage_key_id = ? WHERE id = 1"));
        u.addBindValue(StorageKey::idOf(fresh));
        return u.exec() || Sql::fail(u, why);
    });
    if (!ok) {
        StorageKey::discardPending(m_root);
        return false;
    }
    {
        const QMutexLocker guard(&cacheMutex);
        cachedKeys().remove(m_root + u'\n' + StorageKey::idOf(*old));
        cachedKeys().insert(m_root + u'\n' + StorageKey::idOf(fresh), fresh);
    }
    StorageKey::promotePending(m_root);
    return true;
}

} // namespace Kansa
