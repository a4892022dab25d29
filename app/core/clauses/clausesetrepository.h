#pragma once

#include "clauses/clauseset.h"

#include <QSqlDatabase>

#include <optional>

namespace Kansa {

/// Stores and loads clause sets. A set is immutable: storing a document whose content hash is
/// already present returns the existing set.
class ClauseSetRepository
{
public:
    explicit ClauseSetRepository(QSqlDatabase db);

    struct StoreResult
    {
        qint64 id = 0;
        bool created = false;
        QString error; // technical detail; empty on success
    };

    StoreResult store(const ClauseDocument &document, const QString &contentHash,
        const QString &sourceName, bool builtin = false);
    /// A structure the user corrected (split, merged, renumbered …) from the file whose text
    /// hash is sourceHash: a new version naming predecessorId (0: none) as the set it corrects.
    /// Its content hash covers the structure, so the same correction stored twice is one set.
    StoreResult storeCorrected(const ClauseDocument &document, const QString &sourceHash,
        const QString &sourceName, qint64 predecessorId);
    /// What an import stores, after the review (GUI) or with a structure (CLI): the document as
    /// the file parsed, or, where the user corrected it, a corrected version of the set that
    /// parse is stored as (predecessorId, when given, names the set corrected instead).
    StoreResult storeImported(const ClauseDocument &document, const ClauseDocument &parsed,
        const QString &sourceHash, const QString &sourceName, qint64 predecessorId = 0);
    /// The newest later version of a set: a correction of it (or of a correction), or a set
    /// of the same title imported after it (第２版 of 第１版). Nothing when there is none.
    std::optional<qint64> newerVersion(qint64 id) const;
    std::optional<qint64> findByHash(const QString &contentHash) const;
    QList<ClauseSetSummary> list() const;
    std::optional<ClauseSet> load(qint64 id) const;
    int count() const;

private:
    StoreResult insert(const ClauseDocument &document, const QString &contentHash, const QString &sourceName,
        bool builtin, const QString &sourceHash, qint64 predecessorId);
    bool insertTree(qint64 setId, const ClauseDocument &document, QString *error);

    QSqlDatabase m_db;
};

} // namespace Kansa
