#include "evidence/evidenceencryption.h"

#include "crypto/filecipher.h"
#include "evidence/evidencefile.h"
#include "evidence/evidencestore.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

namespace Kansa::EvidenceEncryption {

bool needed(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT files_encrypted_at IS NULL FROM installation WHERE id = 1")) && q.next()
        && q.value(0).toBool();
}

bool run(QSqlDatabase db, const EvidenceStore &store, QString *error, const std::function<bool(int, int)> &progress)
{
    if (!needed(db))
        return true;
    EvidenceKeys keys = store.keys();
    // Keys first, committed before any file changes: a file encrypted under a key the database
    // does not hold would be lost.
    const bool keyed = Sql::inTransaction(db, error, [&](QString *why) {
        QSqlQuery q(db);
        // Each file held by the first audit that uses it (none: under the storage key).
        if (!q.exec(QStringLiteral("WITH ") + EvidenceKeys::usedFilesTable()
                + QStringLiteral(" SELECT b.sha256, (SELECT min(u.audit_id) FROM used u WHERE u.sha256 = b.sha256) FROM blobs b "
                                 "WHERE NOT EXISTS (SELECT 1 FROM blob_keys k WHERE k.sha256 = b.sha256)")))
            return Sql::fail(q, why);
        while (q.next())
            if (!keys.store(q.value(0).toString(), FileCipher::newKey(), q.value(1).toLongLong(), why))
                return false;
        return true;
    });
    if (!keyed)
        return false;
    QStringList blobs;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sha256 FROM blobs ORDER BY sha256")))
        return Sql::fail(q, error);
    while (q.next())
        blobs << q.value(0).toString();
    int done = 0;
    int failed = 0;
    for (const QString &sha : std::as_const(blobs)) {
        const auto key = keys.fileKey(sha, error);
        if (!key)
            return false;
        for (const QString &path : { store.originalPath(sha), store.thumbnailPath(sha), store.printPath(sha) })
            if ((QFile::exists(path) || QFile::exists(path + QStringLiteral(".plain")))
                && !EvidenceFile::encryptInPlace(path, *key))
                ++failed;
        if (progress && !progress(++done, int(blobs.size())))
            return true; // stopped: the rest next time
    }
    if (failed) {
        if (error)
            *error = QCoreApplication::translate("Kansa::EvidenceEncryption",
                "%n evidence file(s) could not be encrypted (is the disk full?). They stay readable; Kansa tries again at the next start.",
                nullptr, failed);
        return false;
    }
    q.prepare(QStringLiteral("UPDATE installation SET files_encrypted_at = ? WHERE id = 1"));
    q.addBindValue(Sql::now());
    return q.exec() || Sql::fail(q, error);
}

} // namespace Kansa::EvidenceEncryption
