#pragma once

#include "evidence/evidence.h"
#include "evidence/photomarkup.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace Kansa {

class EvidenceStore;
struct PreparedEvidence;

/// Evidence rows of check items. Adding a file moves it into the store and commits the blob,
/// the evidence row and its caption's search entry in one transaction.
class EvidenceRepository
{
public:
    EvidenceRepository(QSqlDatabase db, EvidenceStore &store);

    /// Stores evidence; with a prepared file its hash, type and size come from the file.
    /// Returns the evidence with its id, or nullopt with *error set.
    std::optional<Evidence> add(
        Evidence evidence, const PreparedEvidence *file, QString *error = nullptr);
    /// Puts back a removed row with its old id (undo); its file is still in the store.
    bool restore(const Evidence &evidence, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
    bool setCaption(qint64 id, const QString &caption, QString *error = nullptr);
    /// What is drawn on a photo (refused by the database once the audit is signed).
    bool setMarkup(qint64 id, const PhotoMarkup &markup, QString *error = nullptr);
    bool setCertificate(qint64 id, const Certificate &certificate, QString *error = nullptr);

    std::optional<Evidence> load(qint64 id) const;
    QList<Evidence> forItem(qint64 checkItemId) const;
    QList<Evidence> forAudit(qint64 auditId) const;
    QHash<qint64, int> countsByItem(qint64 auditId) const;
    /// Writes the search entry of a row inserted without the repository (a package import).
    static bool reindex(QSqlDatabase db, qint64 id, QString *error);

private:
    bool insert(const Evidence &e, bool withId, qint64 *id, QString *error);
    QList<Evidence> select(const QString &where, qint64 key) const;

    QSqlDatabase m_db;
    EvidenceStore &m_store;
};

} // namespace Kansa
