#include "evidence/evidencepreparer.h"
#include "evidence/pdfdocument.h"
#include "crypto/sha256.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QSaveFile>
#include <QUuid>

namespace Kansa {

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit();
}

QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
}

QString mediaTypeOf(const QByteArray &format)
{
    if (format == "jpeg" || format == "jpg")
        return QStringLiteral("image/jpeg");
    if (format == "tif" || format == "tiff")
        return QStringLiteral("image/tiff");
    return QStringLiteral("image/") + QString::fromLatin1(format);
}

// A JPEG cut short (a card pulled out mid-copy) still decodes, with a grey lower part; the
// end-of-image marker near the end tells a whole file from a truncated one.
bool jpegLooksTruncated(const QByteArray &data)
{
    const qsizetype eoi = data.lastIndexOf("\xFF\xD9");
    return eoi < 0 || eoi < data.size() - std::max<qsizetype>(64 * 1024, data.size() / 10);
}

struct Staging
{
    QString dir;
    QString base = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString path(const char *suffix) const
    {
        return dir + QLatin1Char('/') + base + QLatin1String(suffix);
    }
};

void preparePdf(const QByteArray &data, const Staging &staging, PreparedEvidence &p)
{
    PdfDocument pdf;
    switch (pdf.load(data)) {
    case PdfDocument::Status::Ok:
        break;
    case PdfDocument::Status::Encrypted:
        p.error.code = EvidenceError::PdfEncrypted;
        return;
    case PdfDocument::Status::Damaged:
    case PdfDocument::Status::NoPages:
        p.error.code = EvidenceError::PdfDamaged;
        return;
    }
    p.kind = EvidenceKind::Document;
    p.mediaType = QStringLiteral("application/pdf");
    const QSizeF points = pdf.pageSizePoints(0);
    p.width = qRound(points.width());
    p.height = qRound(points.height());
    const QImage thumb = pdf.renderToFit(
        0, QSize(EvidencePreparer::ThumbnailEdge, EvidencePreparer::ThumbnailEdge));
    if (!thumb.isNull()) {
        p.stagedThumbnail = staging.path("-thumb.jpg");
        if (!writeFile(p.stagedThumbnail, jpeg(thumb, 85)))
            p.error = { EvidenceError::StorageFailed, p.originalName, QStringLiteral("staging") };
    }
}

void preparePhoto(const QByteArray &data, const Staging &staging, PreparedEvidence &p)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        const QString named = EvidencePreparer::unsupportedFormat(data.left(64), p.originalName);
        p.error = { named.isEmpty() ? EvidenceError::Corrupt : EvidenceError::Unsupported,
            p.originalName, named };
        return;
    }
    const QByteArray format = reader.format();
    const QSize raw = reader.size();
    if (raw.isValid() && qint64(raw.width()) * raw.height() > EvidencePreparer::MaxPixels) {
        p.error = { EvidenceError::ImageTooLarge, p.originalName,
            QStringLiteral("%1 × %2").arg(raw.width()).arg(raw.height()) };
        return;
    }
    if (format == "jpeg" && jpegLooksTruncated(data)) {
        p.error = { EvidenceError::Corrupt, p.originalName, {} };
        return;
    }
    if (raw.isValid() && std::max(raw.width(), raw.height()) > EvidencePreparer::PrintEdge)
        reader.setScaledSize(raw.scaled(
            EvidencePreparer::PrintEdge, EvidencePreparer::PrintEdge, Qt::KeepAspectRatio));
    QImage print = reader.read();
    if (print.isNull()) {
        p.error = { EvidenceError::Corrupt, p.originalName, reader.errorString() };
        return;
    }
    p.kind = EvidenceKind::Photo;
    p.mediaType = mediaTypeOf(format);
    const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
    p.width = turned ? raw.height() : raw.width();
    p.height = turned ? raw.width() : raw.height();
    if (!raw.isValid()) {
        p.width = print.width();
        p.height = print.height();
    }
    if (print.hasAlphaChannel()) { // JPEG has no alpha: flatten onto white
        QImage flat(print.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, print);
        print = flat;
    }
    const QImage thumb = print.scaled(EvidencePreparer::ThumbnailEdge,
        EvidencePreparer::ThumbnailEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    p.stagedPrint = staging.path("-print.jpg");
    p.stagedThumbnail = staging.path("-thumb.jpg");
    if (!writeFile(p.stagedPrint, jpeg(print, 88))
        || !writeFile(p.stagedThumbnail, jpeg(thumb, 80)))
        p.error = { EvidenceError::StorageFailed, p.originalName, QStringLiteral("staging") };
}

} // namespace

QString EvidencePreparer::unsupportedFormat(const QByteArray &head, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (head.mid(4, 4) == "ftyp") {
        const QByteArray brand = head.mid(8, 4);
        if (brand == "avif" || brand == "avis")
            return QStringLiteral("AVIF");
        if (brand.startsWith("he") || brand == "mif1" || brand == "msf1")
            return QStringLiteral("HEIC/HEIF");
        return QStringLiteral("MP4/MOV video");
    }
    if (head.startsWith("8BPS"))
        return QStringLiteral("Photoshop (PSD)");
    if (head.startsWith("PK\x03\x04"))
        return QStringLiteral("ZIP / Office (%1)")
            .arg(suffix.isEmpty() ? QStringLiteral("zip") : suffix);
    if (head.startsWith("%!PS"))
        return QStringLiteral("PostScript");
    if (head.startsWith(QByteArrayView("II*\0\x10\0\0\0CR", 10)))
        return QStringLiteral("Canon RAW (CR2)");
    static const QStringList raw { QStringLiteral("cr2"), QStringLiteral("cr3"),
        QStringLiteral("nef"), QStringLiteral("arw"), QStringLiteral("dng"), QStringLiteral("orf"),
        QStringLiteral("rw2"), QStringLiteral("raf") };
    if (raw.contains(suffix))
        return QStringLiteral("RAW (%1)").arg(suffix.toUpper());
    if (suffix == QLatin1String("heic") || suffix == QLatin1String("heif"))
        return QStringLiteral("HEIC/HEIF");
    return {};
}

QImage EvidencePreparer::decodeUpright(const QByteArray &data, int maxEdge)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize raw = reader.size();
    if (raw.isValid() && qint64(raw.width()) * raw.height() > MaxPixels)
        return {};
    if (maxEdge > 0 && raw.isValid() && std::max(raw.width(), raw.height()) > maxEdge)
        reader.setScaledSize(raw.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio));
    return reader.read();
}

PreparedEvidence EvidencePreparer::prepareData(
    const QByteArray &data, const QString &name, const QString &stagingDir)
{
    PreparedEvidence p;
    p.originalName = name;
    p.error.fileName = name;
    p.size = data.size();
    if (data.isEmpty()) {
        p.error.code = EvidenceError::Empty;
        return p;
    }
    if (data.size() > MaxFileBytes) {
        p.error = { EvidenceError::FileTooLarge, name, QString::number(MaxFileBytes >> 20) };
        return p;
    }
    const Staging staging { stagingDir };
    if (data.left(1024).contains("%PDF-"))
        preparePdf(data, staging, p);
    else
        preparePhoto(data, staging, p);
    if (!p.isError()) {
        p.sha256 = Sha256::hex(data);
        p.stagedOriginal = staging.path(".original");
        if (!writeFile(p.stagedOriginal, data))
            p.error = { EvidenceError::StorageFailed, name, QStringLiteral("staging") };
    }
    if (p.isError()) {
        for (const QString &f : { p.stagedOriginal, p.stagedThumbnail, p.stagedPrint })
            if (!f.isEmpty())
                QFile::remove(f);
        p.stagedOriginal.clear();
        p.stagedThumbnail.clear();
        p.stagedPrint.clear();
    }
    return p;
}

PreparedEvidence EvidencePreparer::prepareFile(const QString &path, const QString &stagingDir)
{
    const QFileInfo info(path);
    PreparedEvidence p;
    p.sourcePath = path;
    p.originalName = info.fileName();
    p.error.fileName = p.originalName;
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        p.error.code = EvidenceError::Unreadable;
        return p;
    }
    if (file.size() > MaxFileBytes) {
        p.error
            = { EvidenceError::FileTooLarge, p.originalName, QString::number(MaxFileBytes >> 20) };
        return p;
    }
    PreparedEvidence r = prepareData(file.readAll(), p.originalName, stagingDir);
    r.sourcePath = path;
    return r;
}

} // namespace Kansa
