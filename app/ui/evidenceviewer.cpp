#include "evidenceviewer.h"

#include "evidence/evidencepreparer.h"
#include "evidence/evidencestore.h"
#include "evidence/pdfdocument.h"
#include "windowgeometry.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

namespace Kansa {

EvidenceViewer::EvidenceViewer(EvidenceStore &store, const Evidence &evidence, QWidget *parent)
    : QDialog(parent)
    , m_image(new QLabel)
    , m_scroll(new QScrollArea)
    , m_status(new QLabel)
{
    setWindowTitle(evidence.caption.isEmpty()
            ? evidence.originalName
            : evidence.caption + QStringLiteral(" — ") + evidence.originalName);
    WindowGeometry::fitToScreen(this, QSize(1000, 760)); // a 1366×768 laptop too
    m_scroll->setWidget(m_image);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);

    auto *zoomOut = new QPushButton(tr("Zoom out"));
    auto *zoomIn = new QPushButton(tr("Zoom in"));
    auto *fit = new QPushButton(tr("Fit"));
    auto *actual = new QPushButton(tr("100%"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    auto *bar = new QHBoxLayout;
    for (QWidget *w : { static_cast<QWidget *>(zoomOut), static_cast<QWidget *>(zoomIn),
             static_cast<QWidget *>(fit), static_cast<QWidget *>(actual) })
        bar->addWidget(w);
    bar->addStretch();
    bar->addWidget(m_status);

    auto *body = new QHBoxLayout;
    const QByteArray bytes = store.readOriginal(evidence.sha256, EvidencePreparer::MaxFileBytes).value_or(QByteArray());
    if (evidence.kind == EvidenceKind::Document
        || evidence.mediaType == QLatin1String("application/pdf")) {
        m_pdf = std::make_unique<PdfDocument>();
        if (m_pdf->load(bytes) == PdfDocument::Status::Ok) {
            m_pages = new QListWidget;
            m_pages->setMaximumWidth(120);
            for (int i = 0; i < m_pdf->pageCount(); ++i)
                m_pages->addItem(tr("Page %1").arg(i + 1));
            connect(m_pages, &QListWidget::currentRowChanged, this, &EvidenceViewer::showPage);
            body->addWidget(m_pages);
        } else {
            m_pdf.reset();
            m_status->setText(tr("This PDF can no longer be read."));
        }
    } else {
        // Bounded like every decode of evidence; 6,000 px is past 100 % zoom of a 24 MP photo.
        m_photo = EvidencePreparer::decodeUpright(bytes, ViewerMaxEdge);
        m_originalSize = QSize(evidence.width, evidence.height);
        if (!m_originalSize.isValid() || m_originalSize.isEmpty())
            m_originalSize = m_photo.size();
        if (m_photo.isNull())
            m_status->setText(tr("This photo can no longer be decoded."));
    }
    body->addWidget(m_scroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(body, 1);

    connect(zoomIn, &QPushButton::clicked, this, [this] { setZoom(m_zoom * 1.25); });
    connect(zoomOut, &QPushButton::clicked, this, [this] { setZoom(m_zoom / 1.25); });
    connect(actual, &QPushButton::clicked, this, [this] { setZoom(1.0); });
    connect(fit, &QPushButton::clicked, this, [this] {
        const QSize box = m_scroll->viewport()->size() - QSize(8, 8);
        const QSizeF full
            = m_pdf ? m_pdf->pageSizePoints(m_page) * (96.0 / 72.0) : QSizeF(m_photo.size());
        if (!full.isEmpty())
            setZoom(std::min(box.width() / full.width(), box.height() / full.height()));
    });
    if (m_pages)
        m_pages->setCurrentRow(0);
    else if (!m_photo.isNull())
        setZoom(std::min(1.0, std::min(960.0 / m_photo.width(), 680.0 / m_photo.height())));
}

EvidenceViewer::~EvidenceViewer() = default;

int EvidenceViewer::pageCount() const
{
    return m_pdf ? m_pdf->pageCount() : 0;
}

void EvidenceViewer::showPage(int page)
{
    m_page = std::max(0, page);
    setZoom(m_zoom);
}

void EvidenceViewer::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.05, 8.0);
    QPixmap pixmap;
    if (m_pdf)
        pixmap = QPixmap::fromImage(m_pdf->render(m_page, 96.0 * m_zoom * devicePixelRatioF()));
    else if (!m_photo.isNull())
        pixmap = QPixmap::fromImage(m_photo.scaled(m_photo.size() * m_zoom * devicePixelRatioF(),
            Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_image->setPixmap(pixmap);
    m_image->resize(pixmap.deviceIndependentSize().toSize());
    m_status->setText(m_pdf ? tr("Page %1 of %2 · %3%")
                                  .arg(m_page + 1)
                                  .arg(m_pdf->pageCount())
                                  .arg(qRound(m_zoom * 100))
                            : tr("%1 × %2 pixels · %3%")
                                  .arg(m_originalSize.width())
                                  .arg(m_originalSize.height())
                                  // of the photo's own size, though a very large one is shown
                                  // from a copy of at most ViewerMaxEdge pixels
                                  .arg(qRound(m_zoom * 100 * m_photo.width()
                                      / qMax(1, m_originalSize.width()))));
}

} // namespace Kansa
