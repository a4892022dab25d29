#pragma once

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Kansa {

/// The keys of evidence at rest. Every stored file (an original with its thumbnail and print
/// copy) is encrypted under a file key of its own; the file key is wrapped under the data key
/// of the audit that holds it (blob_keys.audit_id; NULL: a file no audit holds yet, wrapped
/// under the storage key); every audit's data key is wrapped under the installation's storage
/// key (audit_keys; StorageKey holds it outside the database). Destroying an audit's data key
/// and rotating the storage key makes every copy of its files unreadable (cryptographic erase).
///
/// A file used by several audits is stored once and held by one of them; release() hands it
/// to another before its holder goes, and a trigger refuses to delete an audit that still holds
/// a file key.
class EvidenceKeys
{
public:
    EvidenceKeys(QSqlDatabase db, const QString &evidenceRoot);
    /// The keys of the evidence folder beside the database (EvidenceStore::rootFor).
    explicit EvidenceKeys(QSqlDatabase db);

    /// The storage key (cached for the process), created on first use.
    std::optional<QByteArray> storageKey(QString *error = nullptr) const;
    QString storageKeyId() const;

    /// The file key of a stored file; nothing when it has none (a store not yet migrated) or
    /// cannot be unwrapped.
    std::optional<QByteArray> fileKey(const QString &sha256, QString *error = nullptr) const;
    /// Keys of many files, for work on other threads (files without a key are left out).
    QHash<QString, QByteArray> fileKeys(const QStringList &sha256s) const;
    /// Inside the caller's transaction: fileKey wrapped for auditId (0: under the storage key).
    /// A file already keyed keeps its key.
    bool store(const QString &sha256, const QByteArray &fileKey, qint64 auditId, QString *error);
    /// Inside the caller's transaction: a file keyed under the storage key moves to auditId.
    bool adopt(const QString &sha256, qint64 auditId, QString *error);

    /// Inside the caller's transaction, before an audit is deleted: each file key it holds moves
    /// to another audit that uses the file (or under the storage key while a package conflict
    /// keeps the file); a file no one else uses loses its key. Returns those files.
    std::optional<QStringList> release(qint64 auditId, QString *error);
    /// SQL for a common table "used(sha256, audit_id)": which audits use which stored file (as
    /// evidence, or attached to a follow-up step of their letters). One definition for every
    /// question about who holds or shares a file.
    static QString usedFilesTable();

    /// The identifier of an audit's data key (for the disposal record); empty when none.
    QString dataKeyId(qint64 auditId) const;

    /// A new storage key: every audit's data key (and every file key under the storage key)
    /// is re-wrapped under it in one transaction, then the old key file is overwritten.
    bool rotateStorageKey(QString *error);

private:
    std::optional<QByteArray> dataKey(qint64 auditId, bool create, QString *error) const;
    bool wrapFor(const QString &sha256, const QByteArray &fileKey, qint64 auditId, bool replace, QString *error);

    QSqlDatabase m_db;
    QString m_root;
};

} // namespace Kansa
