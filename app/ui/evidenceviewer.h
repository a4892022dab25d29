#pragma once

#include "evidence/evidence.h"

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;
class QScrollArea;

namespace Kansa {

class EvidenceStore;
class PdfDocument;

/// A photo at full size (upright) or a PDF's pages, with zoom; read-only.
class EvidenceViewer : public QDialog
{
    Q_OBJECT
public:
    static constexpr int ViewerMaxEdge = 6000;
    EvidenceViewer(EvidenceStore &store, const Evidence &evidence, QWidget *parent = nullptr);
    ~EvidenceViewer() override;

    double zoom() const { return m_zoom; }
    int pageCount() const;

private:
    void setZoom(double zoom);
    void showPage(int page);

    std::unique_ptr<PdfDocument> m_pdf;
    QImage m_photo;
    QSize m_originalSize; // upright, as stored
    QLabel *m_image;
    QScrollArea *m_scroll;
    QListWidget *m_pages = nullptr;
    QLabel *m_status;
    double m_zoom = 1.0;
    int m_page = 0;
};

} // namespace Kansa
