#pragma once

#include "auditdocumentdata.h"

#include <memory>

namespace Kansa {

class DocumentImages;
class EvidenceStore;

/// 実地調査結果報告書: header, summary (counts per verdict, progress), the contractor's
/// responsibility structure, every article and check item with verdict, notes and evidence
/// (photos as print derivatives, two to a row, with captions), signatures and the content hash.
namespace InspectionReport {
std::unique_ptr<DocumentImages> build(const AuditDocumentData &data, const EvidenceStore &store);
QString baseName(const AuditDocumentData &data);
} // namespace InspectionReport

/// The signed checklist (実地調査チェックリスト): every check item with its verdict and notes
/// in one table, then the signatures and the content hash.
namespace ChecklistDocument {
std::unique_ptr<DocumentImages> build(const AuditDocumentData &data);
QString baseName(const AuditDocumentData &data);
} // namespace ChecklistDocument

} // namespace Kansa
