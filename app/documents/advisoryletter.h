#pragma once

#include "advisory/advisory.h"
#include "audits/audit.h"
#include "settings/documentsettings.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>

class QTextDocument;

namespace Kansa::AdvisoryLetter {

/// Everything the letter shows.
struct Input
{
    Advisory advisory;
    Audit audit;
    DocumentSettings settings; // an issued letter's own (its snapshot); a draft's current ones
    QString authority; // the clause that empowers the advisory: 第１１第３項, 第9条
    std::optional<Advisory> corrected; // a correction: the letter it corrects
    QString historyAnchor; // an issued letter: the history head signed when it was issued
};

std::optional<Input> load(QSqlDatabase db, qint64 advisoryId, QString *error = nullptr);

/// The letter as a Japanese official document (DOMAIN.md): number and date top right,
/// addressee left, issuer right, centred subject, body, 記, the items table (its header row
/// repeated on each page), the request for an improvement report, 以上, the contact block.
std::unique_ptr<QTextDocument> build(const Input &input);

/// The standard body (two paragraphs, plain text) for the letter; a draft's edited body
/// replaces it.
QString standardBody(const Input &input);

/// "改善勧告書_株式会社しなのデータサービス_20261122".
QString baseName(const Input &input);

} // namespace Kansa::AdvisoryLetter
