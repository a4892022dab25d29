#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QTextDocument>

namespace Kansa {

class EvidenceStore;

/// A text document whose images are loaded when a page is drawn and dropped afterwards, so a
/// report with hundreds of photos never holds more than one page's images. Photos come from
/// the store's print derivative (never the original), scaled to the pixels the printed size
/// needs. Image names: "photo:<sha256>:<pixel width>[:<evidence id>]", "image:<key>" for images given with
/// addImage() (signatures).
class DocumentImages : public QTextDocument
{
    Q_OBJECT
public:
    explicit DocumentImages(const EvidenceStore *store = nullptr, QObject *parent = nullptr);
    ~DocumentImages() override;

    /// evidenceId: the photo's markup is drawn in (0: the photo as taken).
    static QString photoName(const QString &sha256, int pixelWidth, qint64 evidenceId = 0);
    /// Keeps a small image (a signature) for the document's lifetime.
    QString addImage(const QString &key, const QImage &image);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    const EvidenceStore *m_store;
    QHash<QString, QImage> m_images;
    QCache<QString, QImage> m_recent;
    int m_loads = 0;
    int m_hits = 0;
};

} // namespace Kansa
