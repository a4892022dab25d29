#pragma once

#include "evidence/evidence.h"
#include "evidence/evidencekeys.h"
#include "evidence/evidencefile.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Kansa {

struct PreparedEvidence;

/// The files Kansa owns: every original under its SHA-256 (stored once however often it is
/// used), with its thumbnail and print-sized derivative beside it, all three encrypted under the
/// file's key (EvidenceKeys, EvidenceFile): read them through this class, never as files. A file is moved into place
/// only while a blob_pending row names it, so a crash at any point leaves either a committed
/// blob or a pending one that collectGarbage() removes.
class EvidenceStore
{
public:
    EvidenceStore(QSqlDatabase db, const QString &root);

    /// "<folder of the database>/<database name>-evidence".
    static QString rootFor(const QString &databasePath);

    QString root() const { return m_root; }
    QString originalPath(const QString &sha256) const;
    QString thumbnailPath(const QString &sha256) const;
    QString printPath(const QString &sha256) const;
    /// This process's staging folder (created on demand) for EvidencePreparer.
    QString stagingDir() const;
    /// Removes this process's staging folder when nothing is in it (after an import or export).
    void releaseStaging() const;

    EvidenceKeys keys() const { return EvidenceKeys(m_db, m_root); }

    /// The plaintext of a stored file, at most maxBytes; nothing when it is missing, damaged or
    /// has no key.
    std::optional<QByteArray> readOriginal(const QString &sha256, qint64 maxBytes) const;
    std::optional<QByteArray> readThumbnail(const QString &sha256) const;
    std::optional<QByteArray> readPrint(const QString &sha256) const;
    /// The print copy of a photo with its markup drawn in (JPEG), made once per markup and kept
    /// encrypted beside the print copy; the plain print copy when nothing is drawn.
    std::optional<QByteArray> readMarkedPrint(const QString &sha256, const QString &markupJson) const;
    QString markedPrintPath(const QString &sha256, const QString &markupJson) const;
    /// The markup JSON of a piece of evidence ("" when none).
    QString markupOf(qint64 evidenceId) const;

    /// Whether files in clear are read: only until the one-time encryption of a store from
    /// before has finished (EvidenceEncryption).
    EvidenceFile::Plain plainAccepted() const;

    bool hasBlob(const QString &sha256) const;
    /// A stored file as evidence to show (its media type, kind and size; sha256 and the name
    /// given), for a file attached to a follow-up step: the viewer needs no more.
    Evidence storedFile(const QString &sha256, const QString &name) const;
    /// Moves the staged files into place under blob_pending. The caller then commits the blob
    /// row with finishBlob() inside its own transaction.
    bool placeFiles(const PreparedEvidence &prepared, QString *error);
    /// placeFiles() for many files: every pending mark in one transaction (one sync, not one
    /// per file), then the files moved. On failure the ones placed stay pending (see above).
    bool placeFiles(const QList<PreparedEvidence> &prepared, QString *error);
    /// Inside the caller's transaction: records the blob with its file key, held by auditId
    /// (0: by none yet; the storage key wraps it), and clears its pending mark.
    bool finishBlob(const PreparedEvidence &prepared, qint64 auditId, QString *error);
    void discardStaged(const PreparedEvidence &prepared) const;
    /// Removes the placed files of a blob whose rows were rolled back (no blob row names it).
    void discardPlaced(const QString &sha256) const;

    /// Makes the thumbnail and print copy of a stored original where they are missing (a file
    /// that came in a package: packages carry originals only, and Kansa trusts no copy it did
    /// not make itself). Decodes within the evidence bounds; false when the original is gone or
    /// not evidence. The first form looks the key up; the second is thread-safe (no database).
    bool ensureDerivatives(const QString &sha256) const;
    bool ensureDerivatives(const QString &sha256, const QByteArray &fileKey) const;

    /// Removes files a crash left half-stored, staging folders of dead processes, and blobs no
    /// evidence refers to any more. Returns how many files it removed.
    int collectGarbage();

    /// Every file Kansa keeps for a stored file, derived copies included (the thumbnail, the
    /// print copy, the marked-up print copies of every markup it has had), that exists.
    QStringList filesOf(const QString &sha256) const;
    /// Removes them all: a file goes with everything made from it.
    void removeBlobFiles(const QString &sha256) const;

private:
    std::optional<QByteArray> readFile(const QString &path, const QString &sha256, qint64 maxBytes) const;
    QString shardPath(const QString &sha256, const QString &suffix, const char *area) const;

    QSqlDatabase m_db;
    QString m_root;
};

} // namespace Kansa
