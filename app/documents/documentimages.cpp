#include "documentimages.h"

#include "evidencestore.h"

#include <QImageReader>
#include <QUrl>

namespace Kansa {

DocumentImages::DocumentImages(const EvidenceStore *store, QObject *parent)
    : QTextDocument(parent)
    , m_store(store)
{
}

QString DocumentImages::photoName(const QString &sha256, int pixelWidth)
{
    return QStringLiteral("photo:%1:%2").arg(sha256).arg(pixelWidth);
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
    const QStringList parts = s.split(u':');
    if (parts.size() != 3)
        return {};
    QImageReader reader(m_store->printPath(parts.at(1)));
    const int width = parts.at(2).toInt();
    const QSize size = reader.size();
    if (size.isValid() && width > 0 && size.width() > width)
        reader.setScaledSize(QSize(width, qMax(1, size.height() * width / size.width())));
    QImage image = reader.read();
    if (image.isNull()) {
        // A missing or damaged derivative prints as a grey box rather than failing the report.
        image = QImage(qMax(width, 16), qMax(width * 3 / 4, 12), QImage::Format_RGB32);
        image.fill(QColor(220, 220, 220));
    }
    // Not cached: the base class would keep every photo of the report in memory.
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace Kansa
