#include "legacystore.h"

#include "crypto/storagekey.h"
#include "evidence/evidencefile.h"
#include "evidence/evidencestore.h"

#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>

namespace LegacyStore {

bool makeUnencrypted(QSqlDatabase db, const Kansa::EvidenceStore &store)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sha256 FROM blobs")))
        return false;
    QStringList blobs;
    while (q.next())
        blobs << q.value(0).toString();
    for (const QString &sha : std::as_const(blobs)) {
        const auto key = store.keys().fileKey(sha);
        if (!key)
            return false;
        for (const QString &path : { store.originalPath(sha), store.thumbnailPath(sha), store.printPath(sha) }) {
            if (!QFile::exists(path))
                continue;
            const auto plain = Kansa::EvidenceFile::read(path, *key, 1LL << 30, nullptr, Kansa::EvidenceFile::Plain::Accepted);
            QSaveFile out(path);
            if (!plain || !out.open(QIODevice::WriteOnly) || out.write(*plain) != plain->size() || !out.commit())
                return false;
        }
    }
    return q.exec(QStringLiteral("DELETE FROM blob_keys")) && q.exec(QStringLiteral("DELETE FROM audit_keys"))
        && q.exec(QStringLiteral("UPDATE installation SET storage_key_id = NULL, files_encrypted_at = NULL"))
        && QFile::remove(Kansa::StorageKey::pathFor(store.root()));
}

} // namespace LegacyStore
