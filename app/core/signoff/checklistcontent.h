#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Kansa {

class EvidenceStore;

/// What a signature covers: the audit's header, every check item with its verdict, note,
/// problem and improvement, and every piece of evidence by SHA-256 and caption. The canonical
/// form is compact JSON with sorted keys, so the same content always gives the same bytes and
/// the same SHA-256.
namespace ChecklistContent {

/// The forms of the content. 1 held each check item's reference as the UI showed it (so it
/// depended on the interface language); 2 holds only language-neutral data: the document's own
/// article number, the paragraph's ordinal and the item's label.
enum class Form { V1 = 1, V2 = 2 };
constexpr Form CurrentForm = Form::V2;

QJsonObject build(QSqlDatabase db, EvidenceStore &store, qint64 auditId, Form form = CurrentForm);
/// The form a stored content declares in its "format"; nullopt for a format this version does
/// not know.
std::optional<Form> formOf(const QJsonObject &content);
/// The content as it is now, in the form of signedContent, so that a signature is always
/// checked against the form it was made in. For form 1 the references are rendered the way
/// Kansa rendered them when it signed (English or Japanese), whichever the signed copy used.
QJsonObject rebuildLike(
    QSqlDatabase db, EvidenceStore &store, qint64 auditId, const QJsonObject &signedContent);
QByteArray serialise(const QJsonObject &content);
QString hash(const QByteArray &serialised);

/// What differs between signed and current content, one line per change, in the user's
/// language ("第３第2項: verdict 軽微な不適合 → 適合"). Empty when nothing differs.
QStringList differences(const QJsonObject &signedContent, const QJsonObject &current);

/// Evidence whose original file is missing or no longer hashes to its recorded SHA-256.
QStringList damagedFiles(const QJsonObject &content, const EvidenceStore &store);

} // namespace ChecklistContent
} // namespace Kansa
