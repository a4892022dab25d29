#include "crypto/storagekey.h"
#include "platform/owneronly.h"

#include "crypto/filecipher.h"
#include "crypto/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Kansa::StorageKey {

namespace {

const QByteArray kHeader = QByteArrayLiteral("KANSA-STORAGE-KEY/1\n");

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::StorageKey", text);
}

QString pendingPath(const QString &root)
{
    return pathFor(root) + QStringLiteral(".new");
}

std::optional<QByteArray> readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.read(256);
    if (!bytes.startsWith(kHeader))
        return std::nullopt;
    const QByteArray key = QByteArray::fromBase64(bytes.mid(kHeader.size()).trimmed());
    if (key.size() != FileCipher::KeyBytes)
        return std::nullopt;
    return key;
}

bool writeKey(const QString &path, const QByteArray &key)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path); // synced on commit
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = kHeader + key.toBase64() + '\n';
    // Its owner's alone (on Windows a protected ACL: the folder's other users get nothing).
    return file.write(bytes) == bytes.size() && file.commit() && OwnerOnly::apply(path);
}

// Overwrites a key file before it is removed: on a disk that rewrites in place this destroys
// it; on an SSD the old blocks may remain, which is why the keys it wrapped are re-wrapped.
void shred(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        file.write(QByteArray(int(file.size()), '\0'));
        file.flush();
        file.close();
    }
    QFile::remove(path);
}

} // namespace

QString evidenceRootFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-evidence");
}

QString pathFor(const QString &evidenceRoot)
{
    return evidenceRoot + QStringLiteral("/keys/storage.key");
}

QString idOf(const QByteArray &key)
{
    return Sha256::hex(QByteArray(QByteArrayLiteral("kansa storage key id\n") + key)).left(16);
}

std::optional<QByteArray> load(const QString &root, const QString &expectedId, QString *error)
{
    const auto current = readKey(pathFor(root));
    const auto pending = readKey(pendingPath(root));
    if (expectedId.isEmpty()) {
        if (current)
            return current;
        const QByteArray fresh = FileCipher::newKey();
        if (!writeKey(pathFor(root), fresh)) {
            if (error)
                *error = tr("The storage key cannot be written to %1.").arg(pathFor(root));
            return std::nullopt;
        }
        return fresh;
    }
    if (pending && idOf(*pending) == expectedId) { // the database switched; the file had not
        promotePending(root);
        return pending;
    }
    if (current && idOf(*current) == expectedId) {
        if (pending) // a rotation stopped before the database switched
            discardPending(root);
        return current;
    }
    if (error)
        *error = tr("The storage key of this database (%1) is not in %2, so its evidence files cannot be read. "
                    "Put back the evidence folder that belongs to this database, with its keys folder.")
                     .arg(expectedId, QDir::toNativeSeparators(pathFor(root)));
    return std::nullopt;
}

bool restore(const QString &root, const QByteArray &key)
{
    if (QFileInfo::exists(pathFor(root)) || QFileInfo::exists(pendingPath(root)))
        return true;
    return writeKey(pathFor(root), key);
}

bool writePending(const QString &root, const QByteArray &key)
{
    return writeKey(pendingPath(root), key);
}

bool promotePending(const QString &root)
{
    const auto pending = readKey(pendingPath(root));
    if (!pending)
        return false;
    // The old key is overwritten, then the new one written under its name, then the pending
    // copy goes: at every moment one of the files holds the key the database names.
    shred(pathFor(root));
    if (!writeKey(pathFor(root), *pending))
        return false;
    shred(pendingPath(root));
    return true;
}

void discardPending(const QString &root)
{
    shred(pendingPath(root));
}

} // namespace Kansa::StorageKey
