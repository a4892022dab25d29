#include "evidenceviewer.h"

#include "evidence/evidencepreparer.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencerepository.h"
#include "pdf/pdfdocument.h"
#include "inspection/inspectionsession.h"
#include "markupcanvas.h"
#include "windowgeometry.h"

#include <QActionGroup>
#include <QComboBox>
#include <QFile>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

namespace Kansa {

EvidenceViewer::EvidenceViewer(
    EvidenceStore &store, const Evidence &evidence, QWidget *parent, InspectionSession *session, bool editable)
    : QDialog(parent)
    , m_image(new MarkupCanvas)
    , m_session(session)
    , m_evidence(evidence)
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
    if (!m_pdf && !m_photo.isNull()) {
        m_image->setMarkup(PhotoMarkup::fromJson(evidence.markup).value_or(PhotoMarkup {}));
        if (m_session)
            layout->addWidget(markupBar(editable));
        if (m_session && !editable)
            layout->addWidget(new QLabel(tr("  The checklist is signed: its photos' markup is locked.")));
    }
    layout->addLayout(body, 1);

    connect(zoomIn, &QPushButton::clicked, this, [this] { setZoom(m_zoom * 1.25); });
    connect(zoomOut, &QPushButton::clicked, this, [this] { setZoom(m_zoom / 1.25); });
    connect(actual, &QPushButton::clicked, this, [this] { setZoom(1.0); });
    connect(fit, &QPushButton::clicked, this, [this] { fitToWindow(8.0); });
    if (m_pages)
        m_pages->setCurrentRow(0);
    else if (!m_photo.isNull()) {
        setZoom(std::min(1.0, std::min(960.0 / m_photo.width(), 680.0 / m_photo.height())));
        // Once the window has its size: the whole photo, without scroll bars (never above 100 %).
        QTimer::singleShot(0, this, [this] { fitToWindow(1.0); });
    }
}

void EvidenceViewer::fitToWindow(double most)
{
    const QSize box = m_scroll->viewport()->size() - QSize(8, 8);
    const QSizeF full = m_pdf ? m_pdf->pageSizePoints(m_page) * (96.0 / 72.0) : QSizeF(m_photo.size());
    if (!full.isEmpty() && !box.isEmpty())
        setZoom(std::min({ most, box.width() / full.width(), box.height() / full.height() }));
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

QToolBar *EvidenceViewer::markupBar(bool editable)
{
    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *tools = new QActionGroup(bar);
    const std::pair<MarkupCanvas::Tool, QString> kinds[] = {
        { MarkupCanvas::Tool::Select, tr("Select") }, { MarkupCanvas::Tool::Arrow, tr("Arrow") },
        { MarkupCanvas::Tool::Ellipse, tr("Ellipse") }, { MarkupCanvas::Tool::Rectangle, tr("Rectangle") },
        { MarkupCanvas::Tool::Freehand, tr("Freehand") }, { MarkupCanvas::Tool::Pin, tr("Pin") },
        { MarkupCanvas::Tool::Text, tr("Text") },
    };
    for (const auto &[tool, label] : kinds) {
        QAction *a = bar->addAction(label);
        a->setCheckable(true);
        a->setChecked(tool == MarkupCanvas::Tool::Select);
        a->setObjectName(QStringLiteral("markupTool%1").arg(int(tool)));
        tools->addAction(a);
        connect(a, &QAction::triggered, this, [this, t = tool] { m_image->setTool(t); });
    }
    bar->addSeparator();
    auto *colors = new QActionGroup(bar);
    const QStringList names { tr("Red"), tr("Yellow"), tr("Blue"), tr("Green"), tr("White"), tr("Black") };
    const QList<QColor> palette = PhotoMarkup::palette();
    for (qsizetype i = 0; i < palette.size(); ++i) {
        QPixmap swatch(16, 16);
        swatch.fill(palette.at(i));
        QAction *a = bar->addAction(QIcon(swatch), names.value(i));
        a->setCheckable(true);
        a->setChecked(i == 0);
        colors->addAction(a);
        connect(a, &QAction::triggered, this, [this, c = palette.at(i)] { m_image->setColor(c); });
    }
    for (QAction *a : colors->actions())
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    auto *width = new QComboBox;
    width->addItem(tr("Thin"), 1);
    width->addItem(tr("Medium"), 2);
    width->addItem(tr("Thick"), 3);
    width->setCurrentIndex(1);
    width->setToolTip(tr("Line width"));
    bar->addWidget(width);
    connect(width, &QComboBox::currentIndexChanged, this, [this, width] { m_image->setLineWidth(width->currentData().toInt()); });
    bar->addSeparator();
    QAction *remove = bar->addAction(tr("Delete mark"));
    remove->setEnabled(false);
    connect(remove, &QAction::triggered, m_image, &MarkupCanvas::deleteSelected);
    connect(m_image, &MarkupCanvas::selectionChanged, remove, [remove](int i) { remove->setEnabled(i >= 0); });
    // Fixed labels (the step's name in the tooltip), so the buttons do not move between clicks.
    QUndoStack *stack = m_session->undoStack();
    QAction *undo = new QAction(tr("Undo"), bar);
    QAction *redo = new QAction(tr("Redo"), bar);
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    auto refresh = [undo, redo, stack] {
        undo->setEnabled(stack->canUndo());
        redo->setEnabled(stack->canRedo());
        undo->setToolTip(stack->undoText());
        redo->setToolTip(stack->redoText());
    };
    connect(stack, &QUndoStack::indexChanged, bar, refresh);
    refresh();
    bar->addAction(undo);
    bar->addAction(redo);
    if (!editable) {
        for (QAction *a : bar->actions())
            a->setEnabled(false);
        width->setEnabled(false);
    }
    m_image->setEditable(editable);
    connect(m_image, &MarkupCanvas::edited, this, [this](const PhotoMarkup &markup, const QString &what) {
        m_session->setMarkup(m_evidence.id, markup, what);
        reloadMarkup(); // what was stored (a refused change is taken back)
    });
    connect(m_session, &InspectionSession::evidenceChanged, this, [this](qint64 item) {
        if (item == m_evidence.checkItemId)
            reloadMarkup();
    });
    return bar;
}

void EvidenceViewer::reloadMarkup()
{
    const std::optional<Evidence> e = EvidenceRepository(m_session->database(), m_session->store()).load(m_evidence.id);
    if (!e)
        return close(), void(); // the photo was removed (or its removal redone)
    m_evidence = *e;
    m_image->setMarkup(PhotoMarkup::fromJson(e->markup).value_or(PhotoMarkup {}));
}

} // namespace Kansa
