#pragma once

#include "evidence/evidence.h"

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;
class QScrollArea;
class QToolBar;

namespace Kansa {

class EvidenceStore;
class InspectionSession;
class MarkupCanvas;
class PdfDocument;

/// A photo at full size (upright) with what is drawn on it, or a PDF's pages, with zoom. Given
/// the audit's session and allowed to edit (the audit is not signed), the photo's markup is
/// drawn here: arrow, ellipse, rectangle, freehand, numbered pin and text, in the palette's
/// colours and three widths; each change is a step of the audit's undo stack.
class EvidenceViewer : public QDialog
{
    Q_OBJECT
public:
    static constexpr int ViewerMaxEdge = 6000;
    EvidenceViewer(EvidenceStore &store, const Evidence &evidence, QWidget *parent = nullptr,
        InspectionSession *session = nullptr, bool editable = false);
    ~EvidenceViewer() override;

    double zoom() const { return m_zoom; }
    int pageCount() const;
    MarkupCanvas *canvas() const { return m_image; }

private:
    void setZoom(double zoom);
    void showPage(int page);
    /// The page or photo as large as the window shows whole, at most the zoom given.
    void fitToWindow(double most);
    QToolBar *markupBar(bool editable);
    void reloadMarkup();

    std::unique_ptr<PdfDocument> m_pdf;
    QImage m_photo;
    QSize m_originalSize; // upright, as stored
    MarkupCanvas *m_image;
    InspectionSession *m_session = nullptr;
    Evidence m_evidence;
    QScrollArea *m_scroll;
    QListWidget *m_pages = nullptr;
    QLabel *m_status;
    double m_zoom = 1.0;
    int m_page = 0;
};

} // namespace Kansa
