#pragma once

#include "documentexport.h"

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;
class QComboBox;
class QScrollArea;
class QTemporaryDir;

namespace Kansa {

class PdfDocument;

/// Shows a generated PDF as Poppler renders it (page thumbnails, zoom), so what is previewed is
/// exactly what is printed and filed; prints it through the system dialog and saves it under
/// a name like 改善勧告書_<contractor>_<date>.pdf (the letter also as .odt).
class DocumentPreview : public QDialog
{
    Q_OBJECT
public:
    DocumentPreview(DocumentExport &exporter, DocumentKind kind, qint64 auditId, QWidget *parent = nullptr);
    ~DocumentPreview() override;

    /// False (with *error) when the document could not be made; the dialog is then not shown.
    bool generate(QString *error);
    int pageCount() const;

private:
    void showPage(int page);
    void print();
    void savePdf();
    void saveOdt();

    DocumentExport &m_exporter;
    DocumentKind m_kind;
    qint64 m_auditId;
    QString m_baseName;
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_pdfPath;
    std::unique_ptr<PdfDocument> m_pdf;
    QListWidget *m_thumbs;
    QScrollArea *m_scroll;
    QLabel *m_page;
    QComboBox *m_zoom;
    QLabel *m_done = nullptr;
};

} // namespace Kansa
