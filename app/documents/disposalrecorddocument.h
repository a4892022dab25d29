#pragma once

#include "settings/documentsettings.h"
#include "disposal/auditdisposal.h"

#include <QTextDocument>

#include <memory>

namespace Kansa::DisposalRecordDocument {

/// データ消去証明書（消去記録）on one A4 page as the office files it: the audit, what was
/// disposed of (counts and the manifest hash), the method (cryptographic erase: the key's
/// identifier, then deletion), when (era date and time), who performed and who approved it, the
/// reason, the copies outside Kansa that the office must deal with itself, and the installation's
/// signature over the record, with lines to sign and stamp.
std::unique_ptr<QTextDocument> build(const DisposalRecord &record, const DocumentSettings &settings);

/// Writes it as PDF; the page count, or 0 with *error set.
int writePdf(const DisposalRecord &record, const DocumentSettings &settings, const QString &path,
    QString *error = nullptr);

/// "消去記録_20261206_事業者".
QString baseName(const DisposalRecord &record);

} // namespace Kansa::DisposalRecordDocument
