#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTextDocument>

#include <memory>
#include <optional>


namespace Kansa {

class EvidenceStore;

/// The documents an audit produces.
enum class DocumentKind { Advisory, Report, Checklist };

namespace DocumentKinds {
std::optional<DocumentKind> fromKey(const QString &key); // advisory, report, checklist
QString label(DocumentKind kind); // in the UI language
} // namespace DocumentKinds

/// One entry point for the GUI and the command line: lays out a document of an audit (the
/// advisory is its draft, else its latest issued letter) and writes it as PDF or ODT.
class DocumentExport
{
public:
    DocumentExport(QSqlDatabase db, EvidenceStore &store);

    struct Rendered
    {
        std::unique_ptr<QTextDocument> document;
        QString title;
        QString baseName; // a file name without extension
    };
    std::optional<Rendered> render(DocumentKind kind, qint64 auditId, QString *error = nullptr);
    /// One letter (a draft shows 案 and no number).
    std::optional<Rendered> renderLetter(qint64 advisoryId, QString *error = nullptr);

    /// Writes the PDF; returns its page count, 0 on failure.
    int writePdf(DocumentKind kind, qint64 auditId, const QString &path, QString *error = nullptr);
    /// Writes a document already rendered (the preview keeps its title and file name).
    static int writePdf(Rendered &rendered, const QString &path, QString *error = nullptr);
    /// The advisory letter as .odt.
    bool writeOdt(qint64 auditId, const QString &path, QString *error = nullptr);

private:
    QSqlDatabase m_db;
    EvidenceStore &m_store;
};

} // namespace Kansa
