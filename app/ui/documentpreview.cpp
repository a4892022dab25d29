#include "documentpreview.h"

#include "pdf/pdfdocument.h"
#include "documentwriter.h"
#include "windowgeometry.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace Kansa {

DocumentPreview::DocumentPreview(DocumentExport &exporter, DocumentKind kind, qint64 auditId, QWidget *parent)
    : QDialog(parent)
    , m_exporter(exporter)
    , m_kind(kind)
    , m_auditId(auditId)
    , m_pdf(std::make_unique<PdfDocument>())
    , m_thumbs(new QListWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_page(new QLabel(this))
    , m_zoom(new QComboBox(this))
{
    setWindowTitle(DocumentKinds::label(kind));
    WindowGeometry::fitToScreen(this, QSize(1000, 800));
    m_thumbs->setViewMode(QListView::IconMode);
    m_thumbs->setIconSize(QSize(110, 155));
    m_thumbs->setFlow(QListView::TopToBottom);
    m_thumbs->setWrapping(false);
    m_thumbs->setFixedWidth(150);
    m_page->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    for (int z : { 50, 75, 100, 125, 150, 200 })
        m_zoom->addItem(QStringLiteral("%1%").arg(z), z);
    m_zoom->setCurrentIndex(2);
    auto *print = new QPushButton(tr("Print…"), this);
    auto *save = new QPushButton(tr("Save as PDF…"), this);
    auto *close = new QPushButton(tr("Close"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Zoom"), this));
    bar->addWidget(m_zoom);
    // What was done last (saved where, printed on which printer): said, not left to guess.
    m_done = new QLabel(this);
    m_done->setObjectName(QStringLiteral("doneLabel"));
    m_done->setStyleSheet(QStringLiteral("color:#1b5e20"));
    bar->addWidget(m_done, 1);
    bar->addWidget(print);
    bar->addWidget(save);
    if (kind == DocumentKind::Advisory) {
        auto *odt = new QPushButton(tr("Save as ODT…"), this);
        bar->addWidget(odt);
        connect(odt, &QPushButton::clicked, this, &DocumentPreview::saveOdt);
    }
    bar->addWidget(close);
    auto *body = new QHBoxLayout;
    body->addWidget(m_thumbs);
    body->addWidget(m_scroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(body, 1);
    connect(print, &QPushButton::clicked, this, &DocumentPreview::print);
    connect(save, &QPushButton::clicked, this, &DocumentPreview::savePdf);
    connect(close, &QPushButton::clicked, this, &DocumentPreview::accept);
    connect(m_thumbs, &QListWidget::currentRowChanged, this, &DocumentPreview::showPage);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this] { showPage(m_thumbs->currentRow()); });
}

DocumentPreview::~DocumentPreview() = default;

bool DocumentPreview::generate(QString *error)
{
    std::optional<DocumentExport::Rendered> r = m_exporter.render(m_kind, m_auditId, error);
    if (!r)
        return false;
    m_baseName = r->baseName;
    m_temp = std::make_unique<QTemporaryDir>();
    m_pdfPath = m_temp->filePath(m_baseName + QStringLiteral(".pdf"));
    if (!DocumentExport::writePdf(*r, m_pdfPath, error))
        return false;
    if (m_pdf->loadFile(m_pdfPath) != PdfDocument::Status::Ok) {
        if (error)
            *error = tr("The generated PDF could not be read back.");
        return false;
    }
    setWindowTitle(QStringLiteral("%1 — %2").arg(DocumentKinds::label(m_kind), m_baseName));
    m_thumbs->clear();
    for (int p = 0; p < m_pdf->pageCount(); ++p)
        m_thumbs->addItem(new QListWidgetItem(QIcon(QPixmap::fromImage(m_pdf->renderToFit(p, QSize(110, 155)))),
            tr("Page %1").arg(p + 1)));
    m_thumbs->setCurrentRow(0);
    return true;
}

int DocumentPreview::pageCount() const { return m_pdf->pageCount(); }

void DocumentPreview::showPage(int page)
{
    if (page < 0 || page >= m_pdf->pageCount())
        return;
    const double dpi = 96.0 * m_zoom->currentData().toInt() / 100.0 * devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(m_pdf->render(page, dpi));
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_page->setPixmap(pixmap);
}

void DocumentPreview::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_baseName);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setMinMax(1, m_pdf->pageCount());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Printed as text and vector graphics, laid out exactly like the PDF, at the printer's
    // resolution: a document printed to PDF stays searchable (page images did not).
    QString error;
    std::optional<DocumentExport::Rendered> r = m_exporter.render(m_kind, m_auditId, &error);
    const int from = printer.fromPage() > 0 ? printer.fromPage() - 1 : 0;
    const int to = printer.toPage() > 0 ? printer.toPage() - 1 : -1;
    if (!r || !DocumentWriter::paint(*r->document, printer, { r->title, true }, from, to)) {
        QMessageBox::warning(this, windowTitle(),
            error.isEmpty() ? tr("The printer could not be started.") : error);
        return;
    }
    m_done->setText(printer.outputFileName().isEmpty()
            ? tr("Sent to the printer %1.").arg(printer.printerName())
            : tr("Printed to %1.").arg(QDir::toNativeSeparators(printer.outputFileName())));
}

void DocumentPreview::savePdf()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"),
        dir + QLatin1Char('/') + m_baseName + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QFile::remove(path);
    if (!QFile::copy(m_pdfPath, path)) {
        QMessageBox::warning(this, windowTitle(),
            tr("Could not save %1. Check that the folder is writable and the disk is not full.").arg(path));
        return;
    }
    m_done->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
}

void DocumentPreview::saveOdt()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as ODT"),
        dir + QLatin1Char('/') + m_baseName + QStringLiteral(".odt"), tr("OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_exporter.writeOdt(m_auditId, path, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    m_done->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace Kansa
