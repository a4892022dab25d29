#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace Kansa {

class EvidenceStore;

/// What a signature covers: the audit's header, every check item with its verdict, note,
/// problem and improvement, and every piece of evidence by SHA-256 and caption. The canonical
/// form is compact JSON with sorted keys, so the same content always gives the same bytes and
/// the same SHA-256.
namespace ChecklistContent {

QJsonObject build(QSqlDatabase db, EvidenceStore &store, qint64 auditId);
QByteArray serialise(const QJsonObject &content);
QString hash(const QByteArray &serialised);

/// What differs between signed and current content, one line per change, in the user's
/// language ("第３第2項: verdict 軽微な不適合 → 適合"). Empty when nothing differs.
QStringList differences(const QJsonObject &signedContent, const QJsonObject &current);

/// Evidence whose original file is missing or no longer hashes to its recorded SHA-256.
QStringList damagedFiles(const QJsonObject &content, const EvidenceStore &store);

} // namespace ChecklistContent
} // namespace Kansa
