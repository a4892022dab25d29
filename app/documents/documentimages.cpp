#include "documentimages.h"

#include <QFile>

#include "evidence/imagedecoder.h"

#include "evidence/evidencestore.h"
#include "documentimagehandler.h"

#include <QAbstractTextDocumentLayout>

#include <QUrl>

namespace Kansa {

DocumentImages::DocumentImages(const EvidenceStore *store, QObject *parent)
    : QTextDocument(parent)
    , m_store(store)
{
    m_recent.setMaxCost(32 * 1024); // KiB: about a dozen 800 px photos
    documentLayout()->registerHandler(QTextFormat::ImageObject, new DocumentImageHandler(this));
}

DocumentImages::~DocumentImages()
{
    if (qEnvironmentVariableIsSet("KANSA_DEBUG_IMAGES"))
        qInfo("document images: %d decoded, %d from the recent cache", m_loads, m_hits);
}

QString DocumentImages::photoName(const QString &sha256, int pixelWidth, qint64 evidenceId)
{
    return evidenceId ? QStringLiteral("photo:%1:%2:%3").arg(sha256).arg(pixelWidth).arg(evidenceId)
                      : QStringLiteral("photo:%1:%2").arg(sha256).arg(pixelWidth);
}

QString DocumentImages::addImage(const QString &key, const QImage &image)
{
    m_images.insert(key, image);
    return QStringLiteral("image:") + key;
}

QVariant DocumentImages::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return QTextDocument::loadResource(type, name);
    const QString s = name.toString();
    if (s.startsWith(QLatin1String("image:")))
        return m_images.value(s.mid(6));
    if (!s.startsWith(QLatin1String("photo:")) || !m_store)
        return {};
    if (const QImage *cached = m_recent.object(s)) {
        ++m_hits;
        return *cached;
    }
    ++m_loads;
    const QStringList parts = s.split(u':');
    if (parts.size() != 3 && parts.size() != 4)
        return {};
    // The derivative Kansa made, but read like any file on disk: bounded, JPEG only. A file
    // that came in a package gets its copies made here, the first time it is printed.
    const int width = parts.at(2).toInt();
    if (!QFile::exists(m_store->printPath(parts.at(1))))
        m_store->ensureDerivatives(parts.at(1));
    // With markup: the flattened copy, made once per markup and kept.
    const auto print = parts.size() == 4 ? m_store->readMarkedPrint(parts.at(1), m_store->markupOf(parts.at(3).toLongLong()))
                                         : m_store->readPrint(parts.at(1));
    QImage image = print ? ImageDecoder::decodeToFit(*print, QSize(qMax(width, 0), 0)).image : QImage();
    if (image.isNull()) {
        // A missing or damaged derivative prints as a grey box rather than failing the report.
        image = QImage(qMax(width, 16), qMax(width * 3 / 4, 12), QImage::Format_RGB32);
        image.fill(QColor(220, 220, 220));
    }
    // Not cached by the base class, which would keep every photo of the report in memory. The
    // last few are kept here: a photo drawn on two pages is not decoded twice, and keeping them
    // measured faster (200-photo report: 1.5 s with, 1.8 s without; 69 MB against 38 MB).
    image = image.convertToFormat(QImage::Format_RGB32);
    m_recent.insert(s, new QImage(image), int(image.sizeInBytes() / 1024));
    return image;
}

} // namespace Kansa
