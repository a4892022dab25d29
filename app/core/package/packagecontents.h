#pragma once

#include "evidence/evidencepreparer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace Kansa {

class AgeReadDevice;
class EvidenceStore;

/// What an opened package holds, read to its end and checked as it passes: the manifest first
/// (a newer format is refused before anything else), then every record (by its uid) and every
/// file (its SHA-256, that it is evidence Kansa accepts, as the records describe it), each file
/// staged encrypted under a new file key. Nothing is stored here; discard() removes what was
/// staged when the import stops.
class PackageContents
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    PackageContents(AgeReadDevice &age, EvidenceStore &store, const QString &path);
    ~PackageContents();
    PackageContents(const PackageContents &) = delete;
    PackageContents &operator=(const PackageContents &) = delete;

    /// Reads the whole package; empty when it is complete and sound, else what was wrong, in the
    /// user's language (when the encryption failed underneath, the caller names that instead).
    QString read(const Progress &progress);
    /// A file each record names that is neither in the package nor here: empty, or the message.
    QString missingFile() const;
    /// Removes every staged file.
    void discard();
    /// The staged files are the store's now (placed): they are no longer discarded here.
    QList<PreparedEvidence> takeStaged();

    const QJsonObject &manifest() const { return m_manifest; }
    const QList<QJsonObject> &records() const { return m_records; }
    int filesStored() const { return m_filesStored; }
    int filesKnown() const { return m_filesKnown; }

    static QString damaged();
    static QString diskFull();

private:
    QString readManifest();
    QString readRecord(const QString &uid, qint64 size);
    QString stageFile(const QString &sha, qint64 size);

    AgeReadDevice &m_age;
    EvidenceStore &m_store;
    QString m_path;
    struct Reading;
    std::unique_ptr<Reading> m_reading; // the archive and the writer behind it
    QJsonObject m_manifest;
    QSet<QString> m_expectedRecords;
    QHash<QString, qint64> m_expectedFiles; // sha256 → size, as the manifest lists them
    qint64 m_total = 0;
    QHash<QString, QJsonObject> m_blobMeta; // sha256 → what the records say of the file
    QList<QJsonObject> m_records;
    QSet<QString> m_present; // files this package holds
    QList<PreparedEvidence> m_staged;
    int m_filesStored = 0, m_filesKnown = 0;
};

} // namespace Kansa
