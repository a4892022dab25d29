#pragma once

#include "evidence/evidence.h"
#include "evidence/evidenceerror.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace Kansa {

/// A file checked, hashed and staged, ready for EvidenceRepository::add().
struct PreparedEvidence
{
    QString sourcePath;
    QString originalName;
    EvidenceKind kind = EvidenceKind::Photo;
    QString mediaType;
    QString sha256;
    qint64 size = 0;
    int width = 0; // upright
    int height = 0;
    QString stagedOriginal; // empty when nothing was staged
    QString stagedThumbnail;
    QString stagedPrint; // photos only
    QByteArray fileKey; // the staged files are encrypted under it (EvidenceFile)
    EvidenceError error;

    bool isError() const { return error.isError(); }
};

/// Turns a file into evidence ready to store: reads it, recognises photos and PDFs, refuses
/// damaged, unsupported and oversized ones, hashes the bytes and stages the unchanged original
/// with a thumbnail and, for photos, a print-sized derivative. Photos are decoded straight to
/// the derivative's size with their EXIF orientation applied. Touches no database, so it runs
/// on worker threads.
class EvidencePreparer
{
public:
    static constexpr qint64 MaxFileBytes = 200LL * 1024 * 1024;
    static constexpr qint64 MaxPixels = 100'000'000; // as ImageDecoder::MaxPixels
    static constexpr int ThumbnailEdge = 320;
    static constexpr int PrintEdge = 1600; // ≈ 13.5 cm at 300 dpi, 20 cm at 200 dpi

    /// The staged files are encrypted under fileKey, or under a new key when it is empty.
    static PreparedEvidence prepareFile(
        const QString &path, const QString &stagingDir, const QByteArray &fileKey = {});
    static PreparedEvidence prepareData(const QByteArray &data, const QString &name,
        const QString &stagingDir, const QByteArray &fileKey = {});

    /// The name of a format Kansa recognises but cannot show ("HEIC", "Photoshop (PSD)"),
    /// or an empty string.
    static QString unsupportedFormat(const QByteArray &head, const QString &fileName);
    /// Decodes an image upright, scaled down (straight from the decoder) to fit maxEdge when
    /// maxEdge > 0, within ImageDecoder's bounds; a null image on failure.
    static QImage decodeUpright(const QByteArray &data, int maxEdge);
};

} // namespace Kansa
