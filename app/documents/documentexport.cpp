#include "documentexport.h"

#include "advisoryletter.h"
#include "advisory/advisoryrepository.h"
#include "audits/auditrepository.h"
#include "auditdocumentdata.h"
#include "documentfonts.h"
#include "documentimages.h"
#include "documentwriter.h"
#include "inspectionreport.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace Kansa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::DocumentExport", text);
}

} // namespace

std::optional<DocumentKind> DocumentKinds::fromKey(const QString &key)
{
    if (key == QLatin1String("advisory"))
        return DocumentKind::Advisory;
    if (key == QLatin1String("report"))
        return DocumentKind::Report;
    if (key == QLatin1String("checklist"))
        return DocumentKind::Checklist;
    return std::nullopt;
}

QString DocumentKinds::label(DocumentKind kind)
{
    switch (kind) {
    // Its own context, the one the translation is filed under (tr() above is DocumentExport's;
    // the titles stayed English in a Japanese UI).
    case DocumentKind::Advisory:
        return QCoreApplication::translate("Kansa::DocumentKinds", "Improvement recommendation letter");
    case DocumentKind::Report:
        return QCoreApplication::translate("Kansa::DocumentKinds", "Inspection report");
    case DocumentKind::Checklist:
        return QCoreApplication::translate("Kansa::DocumentKinds", "Signed checklist");
    }
    return {};
}

DocumentExport::DocumentExport(QSqlDatabase db, EvidenceStore &store)
    : m_db(std::move(db))
    , m_store(store)
{
}

std::optional<DocumentExport::Rendered> DocumentExport::render(
    DocumentKind kind, qint64 auditId, QString *error)
{
    if (!DocumentFonts::ensureLoaded(error))
        return std::nullopt;
    Rendered r;
    if (kind == DocumentKind::Advisory) {
        const std::optional<Advisory> current = AdvisoryRepository(m_db).current(auditId);
        if (!current) {
            if (error && !AuditRepository(m_db).load(auditId))
                *error = AuditRepository::noSuchAudit(auditId);
            else if (error)
                *error = tr("Audit %1 has no advisory yet. Create one first.").arg(auditId);
            return std::nullopt;
        }
        return renderLetter(current->id, error);
    }
    const std::optional<AuditDocumentData> data = AuditDocumentData::load(m_db, m_store, auditId, error);
    if (!data)
        return std::nullopt;
    if (kind == DocumentKind::Report) {
        r.document = InspectionReport::build(*data, m_store);
        r.title = QStringLiteral("実地調査結果報告書 %1").arg(data->audit.contractor.name);
        r.baseName = InspectionReport::baseName(*data);
    } else {
        r.document = ChecklistDocument::build(*data);
        r.title = QStringLiteral("実地調査チェックリスト %1").arg(data->audit.contractor.name);
        r.baseName = ChecklistDocument::baseName(*data);
    }
    return r;
}

std::optional<DocumentExport::Rendered> DocumentExport::renderLetter(qint64 advisoryId, QString *error)
{
    if (!DocumentFonts::ensureLoaded(error))
        return std::nullopt;
    const std::optional<AdvisoryLetter::Input> in = AdvisoryLetter::load(m_db, advisoryId, error);
    if (!in)
        return std::nullopt;
    Rendered r;
    r.document = AdvisoryLetter::build(*in);
    r.title = in->advisory.isDraft() ? QStringLiteral("改善勧告書（案）")
                                     : QStringLiteral("改善勧告書 %1").arg(in->advisory.documentNumber);
    r.baseName = AdvisoryLetter::baseName(*in);
    if (in->advisory.isDraft())
        r.baseName += QStringLiteral("_案");
    return r;
}

int DocumentExport::writePdf(DocumentKind kind, qint64 auditId, const QString &path, QString *error)
{
    std::optional<Rendered> r = render(kind, auditId, error);
    return r ? writePdf(*r, path, error) : 0;
}

int DocumentExport::writePdf(Rendered &rendered, const QString &path, QString *error)
{
    return DocumentWriter::writePdf(*rendered.document, path, { rendered.title, true }, error);
}

bool DocumentExport::writeOdt(qint64 auditId, const QString &path, QString *error)
{
    std::optional<Rendered> r = render(DocumentKind::Advisory, auditId, error);
    return r && DocumentWriter::writeOdt(*r->document, path, error);
}

} // namespace Kansa
