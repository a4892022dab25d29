#include "evidence/evidencestore.h"
#include "crypto/sha256.h"
#include "crypto/storagekey.h"
#include "storage/privatefiles.h"
#include "evidence/evidenceencryption.h"
#include "evidence/evidencefile.h"
#include "evidence/evidencepreparer.h"
#include "evidence/imagedecoder.h"
#include "evidence/markuppainter.h"
#include "storage/sqlhelpers.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace Kansa {

namespace {

QMutex stagingMutex;

// The staging locks this process holds, by store root: "staging/<pid>.lock", held until the
// process ends, so that another process can tell a live staging folder from a dead one on every
// platform (QLockFile: flock on Unix, an exclusive handle on Windows).
QHash<QString, std::shared_ptr<QLockFile>> &ownStagingLocks()
{
    static QHash<QString, std::shared_ptr<QLockFile>> locks;
    return locks;
}

QString stagingLockPath(const QString &root, qint64 pid)
{
    return QStringLiteral("%1/staging/%2.lock").arg(root).arg(pid);
}

void holdOwnStagingLock(const QString &root)
{
    const QMutexLocker guard(&stagingMutex);
    if (ownStagingLocks().contains(root))
        return;
    QDir().mkpath(root + QStringLiteral("/staging"));
    auto lock = std::make_shared<QLockFile>(
        stagingLockPath(root, QCoreApplication::applicationPid()));
    lock->setStaleLockTime(0); // a dead process's lock with our pid is taken over
    lock->tryLock(0);
    ownStagingLocks().insert(root, lock);
}

// Whether the process that staged files under pid still runs: it holds its staging lock.
bool stagingOwnerAlive(const QString &root, qint64 pid)
{
    if (pid == QCoreApplication::applicationPid())
        return true;
    const QString path = stagingLockPath(root, pid);
    if (!QFileInfo::exists(path))
        return false;
    QLockFile probe(path);
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock(); // removes the lock file of the dead process
        return false;
    }
    return probe.error() == QLockFile::LockFailedError || probe.error() == QLockFile::UnknownError;
}

bool moveInto(const QString &from, const QString &to)
{
    if (from.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(to).absolutePath());
    QFile::remove(to); // a leftover of an earlier crash: same hash, same bytes
    return QFile::rename(from, to);
}

} // namespace

EvidenceStore::EvidenceStore(QSqlDatabase db, const QString &root)
    : m_db(std::move(db))
    , m_root(root)
{
    // The evidence folder is its owner's only (made so, or tightened when made before).
    if (!root.isEmpty()) {
        PrivateFiles::makeFolder(root);
        PrivateFiles::tighten(root);
    }
}

QString EvidenceStore::rootFor(const QString &databasePath)
{
    return StorageKey::evidenceRootFor(databasePath);
}

QString EvidenceStore::shardPath(const QString &sha, const QString &suffix, const char *area) const
{
    return QStringLiteral("%1/%2/%3/%4%5")
        .arg(m_root, QLatin1String(area), sha.left(2), sha, suffix);
}

QString EvidenceStore::originalPath(const QString &sha) const
{
    return shardPath(sha, {}, "originals");
}

QString EvidenceStore::thumbnailPath(const QString &sha) const
{
    return shardPath(sha, QStringLiteral("-thumb.jpg"), "derived");
}

QString EvidenceStore::printPath(const QString &sha) const
{
    return shardPath(sha, QStringLiteral("-print.jpg"), "derived");
}

void EvidenceStore::releaseStaging() const
{
    QDir().rmdir(stagingDir()); // only when empty
}

QString EvidenceStore::stagingDir() const
{
    holdOwnStagingLock(m_root);
    const QString dir
        = QStringLiteral("%1/staging/%2").arg(m_root).arg(QCoreApplication::applicationPid());
    QDir().mkpath(dir);
    return dir;
}

Evidence EvidenceStore::storedFile(const QString &sha256, const QString &name) const
{
    Evidence e;
    e.sha256 = sha256;
    e.originalName = name;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT media_type, width, height FROM blobs WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (q.exec() && q.next()) {
        e.mediaType = q.value(0).toString();
        e.width = q.value(1).toInt();
        e.height = q.value(2).toInt();
    }
    e.kind = e.mediaType == QLatin1String("application/pdf") ? EvidenceKind::Document : EvidenceKind::Photo;
    return e;
}

bool EvidenceStore::hasBlob(const QString &sha) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"));
    q.addBindValue(sha);
    return q.exec() && q.next() && QFileInfo::exists(originalPath(sha));
}

void EvidenceStore::discardStaged(const PreparedEvidence &p) const
{
    for (const QString &f : { p.stagedOriginal, p.stagedThumbnail, p.stagedPrint })
        if (!f.isEmpty())
            QFile::remove(f);
}

EvidenceFile::Plain EvidenceStore::plainAccepted() const
{
    return EvidenceEncryption::needed(m_db) ? EvidenceFile::Plain::Accepted : EvidenceFile::Plain::Refused;
}

std::optional<QByteArray> EvidenceStore::readFile(const QString &path, const QString &sha256, qint64 maxBytes) const
{
    const auto key = keys().fileKey(sha256);
    return EvidenceFile::read(path, key.value_or(QByteArray()), maxBytes, nullptr, plainAccepted());
}

std::optional<QByteArray> EvidenceStore::readOriginal(const QString &sha256, qint64 maxBytes) const
{
    return readFile(originalPath(sha256), sha256, maxBytes);
}

std::optional<QByteArray> EvidenceStore::readThumbnail(const QString &sha256) const
{
    return readFile(thumbnailPath(sha256), sha256, 8LL << 20);
}

std::optional<QByteArray> EvidenceStore::readPrint(const QString &sha256) const
{
    return readFile(printPath(sha256), sha256, 32LL << 20);
}

QString EvidenceStore::markedPrintPath(const QString &sha, const QString &markupJson) const
{
    return shardPath(sha, QStringLiteral("-%1.jpg").arg(Sha256::hex(markupJson.toUtf8()).left(16)), "marked");
}

QString EvidenceStore::markupOf(qint64 evidenceId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT markup FROM evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

std::optional<QByteArray> EvidenceStore::readMarkedPrint(const QString &sha, const QString &markupJson) const
{
    const std::optional<PhotoMarkup> markup = PhotoMarkup::fromJson(markupJson);
    if (!markup || markup->isEmpty())
        return readPrint(sha);
    const QString path = markedPrintPath(sha, markupJson);
    if (QFile::exists(path))
        if (auto cached = readFile(path, sha, 32LL << 20))
            return cached;
    const auto key = keys().fileKey(sha);
    if (!key)
        return std::nullopt;
    if (!QFile::exists(printPath(sha)))
        ensureDerivatives(sha);
    const auto print = readPrint(sha);
    const QImage photo = print ? ImageDecoder::decode(*print, 0).image : QImage();
    if (photo.isNull())
        return std::nullopt;
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!MarkupPainter::flattened(photo, *markup).save(&buffer, "JPEG", 90))
        return std::nullopt;
    // Kept encrypted under the photo's own key: a disposal's erase covers it like the rest.
    QDir().mkpath(QFileInfo(path).absolutePath());
    EvidenceFile::write(path, jpeg, *key); // a copy that cannot be kept is made again next time
    return jpeg;
}

bool EvidenceStore::ensureDerivatives(const QString &sha256) const
{
    if (QFile::exists(thumbnailPath(sha256)))
        return true;
    const auto key = keys().fileKey(sha256);
    return key && ensureDerivatives(sha256, *key);
}

bool EvidenceStore::ensureDerivatives(const QString &sha256, const QByteArray &fileKey) const
{
    if (QFile::exists(thumbnailPath(sha256)))
        return true;
    QDir().mkpath(stagingDir());
    // (Only files Kansa encrypted: a derivative is made from nothing it did not write.)
    const auto original = EvidenceFile::read(originalPath(sha256), fileKey, EvidencePreparer::MaxFileBytes);
    if (!original)
        return false;
    PreparedEvidence p = EvidencePreparer::prepareData(*original, sha256, stagingDir(), fileKey);
    const bool ok = !p.isError() && p.sha256 == sha256 && moveInto(p.stagedPrint, printPath(sha256))
        && moveInto(p.stagedThumbnail, thumbnailPath(sha256));
    discardStaged(p);
    return ok;
}

void EvidenceStore::discardPlaced(const QString &sha256) const
{
    if (!hasBlob(sha256))
        removeBlobFiles(sha256);
}

bool EvidenceStore::placeFiles(const PreparedEvidence &p, QString *error)
{
    return placeFiles(QList<PreparedEvidence> { p }, error);
}

bool EvidenceStore::placeFiles(const QList<PreparedEvidence> &prepared, QString *error)
{
    // Without the storage key the files could not be kept: nothing is placed.
    if (!keys().storageKey(error))
        return false;
    const bool marked = Sql::inTransaction(m_db, error, [&](QString *why) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO blob_pending (sha256, started_at, pid) VALUES (?, ?, ?)"));
        for (const PreparedEvidence &p : prepared) {
            q.addBindValue(p.sha256);
            q.addBindValue(Sql::now());
            q.addBindValue(QCoreApplication::applicationPid());
            if (!q.exec())
                return Sql::fail(q, why);
        }
        return true;
    });
    if (!marked)
        return false;
    for (const PreparedEvidence &p : prepared)
        if (!moveInto(p.stagedOriginal, originalPath(p.sha256)) || !moveInto(p.stagedThumbnail, thumbnailPath(p.sha256))
            || !moveInto(p.stagedPrint, printPath(p.sha256))) {
            if (error)
                *error = QCoreApplication::translate("Kansa::EvidenceStore", "cannot write to %1").arg(m_root);
            return false;
        }
    return true;
}

bool EvidenceStore::finishBlob(const PreparedEvidence &p, qint64 auditId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO blobs (sha256, size, media_type, width, "
                             "height, stored_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.sha256);
    q.addBindValue(p.size);
    q.addBindValue(p.mediaType);
    q.addBindValue(p.width);
    q.addBindValue(p.height);
    q.addBindValue(Sql::now());
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM blob_pending WHERE sha256 = ?"));
        q.addBindValue(p.sha256);
        ok = q.exec();
    }
    if (!ok) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return keys().store(p.sha256, p.fileKey, auditId, error);
}

QStringList EvidenceStore::filesOf(const QString &sha) const
{
    QStringList out;
    for (const QString &path : { originalPath(sha), thumbnailPath(sha), printPath(sha) })
        if (QFileInfo::exists(path))
            out << path;
    // The marked copies of every markup the photo has had.
    QDir marked(QFileInfo(markedPrintPath(sha, QString())).absolutePath());
    for (const QString &name : marked.entryList({ sha + QStringLiteral("-*.jpg") }, QDir::Files))
        out << marked.filePath(name);
    return out;
}

void EvidenceStore::removeBlobFiles(const QString &sha) const
{
    for (const QString &path : filesOf(sha))
        QFile::remove(path);
}

int EvidenceStore::collectGarbage()
{
    int removed = 0;
    // Staging folders of processes that are gone.
    QDir staging(m_root + QStringLiteral("/staging"));
    const QStringList pids = staging.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QDir dir(staging.filePath(pid));
        // Our own folder holds nothing in use between operations (an earlier process with our
        // pid may have left it); another process's only while it runs.
        if (pid.toLongLong() != QCoreApplication::applicationPid()
            && stagingOwnerAlive(m_root, pid.toLongLong()))
            continue;
        removed += int(dir.entryList(QDir::Files).size());
        dir.removeRecursively();
    }
    // Files moved into place by a process that died before committing their blob.
    QSqlQuery q(m_db);
    QStringList stale;
    if (q.exec(QStringLiteral("SELECT p.sha256, p.pid, p.started_at, b.sha256 IS NOT NULL "
                              "FROM blob_pending p LEFT JOIN blobs b ON b.sha256 = p.sha256")))
        while (q.next()) {
            const qint64 pid = q.value(1).toLongLong();
            if (pid != QCoreApplication::applicationPid() && stagingOwnerAlive(m_root, pid))
                continue;
            if (!q.value(3).toBool()) {
                removeBlobFiles(q.value(0).toString());
                ++removed;
            }
            stale.append(q.value(0).toString());
        }
    for (const QString &sha : stale) {
        QSqlQuery d(m_db);
        d.prepare(QStringLiteral("DELETE FROM blob_pending WHERE sha256 = ?"));
        d.addBindValue(sha);
        d.exec();
    }
    // Blobs no evidence refers to (deleted audits, removed evidence of earlier sessions).
    QStringList unreferenced;
    // (Files of a package's audit waiting in a conflict are kept too, where the schema has them.)
    const bool conflicts = q.exec(QStringLiteral("SELECT 1 FROM package_conflict_blobs LIMIT 1"));
    const QString waiting = conflicts ? QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM package_conflict_blobs c WHERE c.sha256 = b.sha256)") : QString();
    if (q.exec(QStringLiteral("SELECT sha256 FROM blobs b WHERE NOT EXISTS "
                              "(SELECT 1 FROM evidence e WHERE e.sha256 = b.sha256) AND NOT EXISTS "
                              "(SELECT 1 FROM followup_attachments f WHERE f.sha256 = b.sha256) AND NOT EXISTS "
                              "(SELECT 1 FROM superseded_blobs s WHERE s.sha256 = b.sha256)") + waiting))
        while (q.next())
            unreferenced.append(q.value(0).toString());
    for (const QString &sha : unreferenced) {
        QSqlQuery d(m_db);
        d.prepare(QStringLiteral("DELETE FROM blobs WHERE sha256 = ? AND NOT EXISTS "
                                 "(SELECT 1 FROM evidence e WHERE e.sha256 = ?) AND NOT EXISTS "
                                 "(SELECT 1 FROM followup_attachments f WHERE f.sha256 = ?) AND NOT EXISTS "
                                 "(SELECT 1 FROM superseded_blobs s WHERE s.sha256 = ?)")
            + (conflicts ? QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM package_conflict_blobs c WHERE c.sha256 = ?)") : QString()));
        for (int i = conflicts ? 5 : 4; i > 0; --i)
            d.addBindValue(sha);
        if (d.exec() && d.numRowsAffected() > 0) {
            removeBlobFiles(sha);
            ++removed;
        }
    }
    return removed;
}

} // namespace Kansa
