#pragma once

#include "audits/audit.h"
#include "audits/checkitem.h"
#include "settings/documentsettings.h"
#include "evidence/evidence.h"
#include "signoff/signoff.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace Kansa {

class DocumentImages;
class EvidenceStore;

/// What the inspection report and the signed checklist show, read in one go.
struct AuditDocumentData
{
    Audit audit;
    QList<CheckItem> items;
    QHash<qint64, Finding> findings; // by check item
    QHash<qint64, QList<Evidence>> evidence; // by check item
    QList<Signature> signatures; // standing ones
    SignOffCheck check;
    DocumentSettings settings;
    /// The history this document was made from (HistoryLog::anchor): the head signed at the
    /// last signature, else the head now; empty for a database without history.
    QString historyAnchor;

    static std::optional<AuditDocumentData> load(
        QSqlDatabase db, EvidenceStore &store, qint64 auditId, QString *error = nullptr);
    /// The historyAnchor of an audit: the checkpoint made at signing when it is signed, else the head now.
    static QString anchorOf(QSqlDatabase db, qint64 auditId, bool isSigned);
};

/// Pieces both documents use; the text is Japanese whatever the UI language, as filed.
namespace AuditDocumentParts {
QString verdictJapanese(Verdict v);
/// The verdict as every document prints an item's: 「（参考）」 for an item that is not scored and
/// was not answered (shown, never 「未確認」), else its verdict.
QString verdictShown(const CheckItem &item, Verdict v);
/// 「（参考）」: after an unscored item's clause, and as its verdict while unanswered.
QString referenceMark();
QString kindJapanese(AuditKind k);
/// 「署名済：調査担当 監査　一郎（2026-11-20 10:30）、受託者 …」 or 「未署名」, as filed.
QString signedState(const QList<Signature> &standing);
QString headerTable(const AuditDocumentData &d);
/// The lead inspector first, then the members not named already (spaces ignored).
QStringList inspectors(const Audit &a);
/// Signatures with their images, names, titles and times, then the content's SHA-256 and
/// whether the content is unchanged since signing. Images are registered with doc.
QString signatureBlock(const AuditDocumentData &d, DocumentImages &doc);
QString documentStyle(); // the <body> style: Kansa Mincho, 10pt
} // namespace AuditDocumentParts

} // namespace Kansa
