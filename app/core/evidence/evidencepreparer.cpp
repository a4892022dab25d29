#include "evidence/evidencepreparer.h"
#include "evidence/imagedecoder.h"
#include "pdf/pdfdocument.h"
#include "crypto/filecipher.h"
#include "crypto/sha256.h"
#include "evidence/evidencefile.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QUuid>

namespace Kansa {

namespace {

// Staged files are encrypted already: no plaintext copy of evidence is ever written.
bool writeFile(const QString &path, const QByteArray &data, const QByteArray &key)
{
    return EvidenceFile::write(path, data, key);
}

QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
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
        if (!writeFile(p.stagedThumbnail, jpeg(thumb, 85), p.fileKey))
            p.error = { EvidenceError::StorageFailed, p.originalName, QStringLiteral("staging") };
    }
}

void preparePhoto(const QByteArray &data, const Staging &staging, PreparedEvidence &p)
{
    const ImageDecoder::Format format = ImageDecoder::sniff(QByteArrayView(data).first(qMin<qsizetype>(data.size(), 32)));
    if (format == ImageDecoder::Format::None) {
        // Not an image Kansa takes: a format it knows by name, or something else entirely (a
        // text, a program, a database). Only a file that starts like a photo is "damaged".
        const QString named = EvidencePreparer::unsupportedFormat(data.left(64), p.originalName);
        p.error = { named.isEmpty() ? EvidenceError::NotEvidence : EvidenceError::Unsupported,
            p.originalName, named };
        return;
    }
    if (format == ImageDecoder::Format::Jpeg && jpegLooksTruncated(data)) {
        p.error = { EvidenceError::Corrupt, p.originalName, {} };
        return;
    }
    ImageDecoder::Result decoded = ImageDecoder::decode(data, EvidencePreparer::PrintEdge);
    switch (decoded.status) {
    case ImageDecoder::Status::Ok:
        break;
    case ImageDecoder::Status::TooManyPixels:
        p.error = { EvidenceError::ImageTooLarge, p.originalName, decoded.detail };
        return;
    case ImageDecoder::Status::TimedOut:
        p.error = { EvidenceError::TimedOut, p.originalName,
            QStringLiteral("%1 s").arg(ImageDecoder::DeadlineMs / 1000) };
        return;
    case ImageDecoder::Status::NotAnImage:
    case ImageDecoder::Status::Corrupt:
        p.error = { EvidenceError::Corrupt, p.originalName, decoded.detail };
        return;
    }
    QImage print = std::move(decoded.image);
    p.kind = EvidenceKind::Photo;
    p.mediaType = ImageDecoder::mediaType(format);
    p.width = decoded.uprightSize().width();
    p.height = decoded.uprightSize().height();
    // A palette or 1-bit image (a scan, a diagram) becomes true colour first: smooth scaling of
    // a 1-bit image gave a thumbnail of grey noise.
    if (print.format() == QImage::Format_Mono || print.format() == QImage::Format_MonoLSB
        || print.format() == QImage::Format_Indexed8)
        print = print.convertToFormat(print.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
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
    if (!writeFile(p.stagedPrint, jpeg(print, 88), p.fileKey)
        || !writeFile(p.stagedThumbnail, jpeg(thumb, 80), p.fileKey))
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
    if (head.startsWith("II*") || head.startsWith(QByteArrayView("MM\0*", 4)))
        return QStringLiteral("TIFF");
    if (head.startsWith("\x8AMNG") || head.startsWith("\x8BJNG"))
        return QStringLiteral("MNG");
    if (head.startsWith("icns"))
        return QStringLiteral("Apple Icon (ICNS)");
    if (head.startsWith(QByteArrayView("\0\0\1\0", 4)))
        return QStringLiteral("Windows Icon (ICO)");
    if (head.startsWith(QByteArrayView("\0\0\0\x0CjP  ", 8)) || head.startsWith(QByteArrayView("\xFF\x4F\xFF\x51", 4)))
        return QStringLiteral("JPEG 2000");
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
    return ImageDecoder::decode(data, maxEdge).image;
}

PreparedEvidence EvidencePreparer::prepareData(
    const QByteArray &data, const QString &name, const QString &stagingDir, const QByteArray &fileKey)
{
    PreparedEvidence p;
    p.fileKey = fileKey.isEmpty() ? FileCipher::newKey() : fileKey;
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
        if (!writeFile(p.stagedOriginal, data, p.fileKey))
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

PreparedEvidence EvidencePreparer::prepareFile(
    const QString &path, const QString &stagingDir, const QByteArray &fileKey)
{
    const QFileInfo info(path);
    PreparedEvidence p;
    p.sourcePath = path;
    p.originalName = info.fileName();
    p.error.fileName = p.originalName;
    QFile file(path);
    // Only regular files: a FIFO or a device would block or never end.
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        p.error.code = EvidenceError::Unreadable;
        return p;
    }
    if (file.size() > MaxFileBytes) {
        p.error
            = { EvidenceError::FileTooLarge, p.originalName, QString::number(MaxFileBytes >> 20) };
        return p;
    }
    PreparedEvidence r = prepareData(file.readAll(), p.originalName, stagingDir, fileKey);
    r.sourcePath = path;
    return r;
}

} // namespace Kansa
