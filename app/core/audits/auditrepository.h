#pragma once

#include "audits/audit.h"
#include "audits/checkitem.h"
#include "clauses/clauseset.h"

#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace Kansa {

/// Stores audits and their check items. Creating an audit snapshots the check items from a
/// clause set; editing the header never touches findings.
class AuditRepository
{
public:
    explicit AuditRepository(QSqlDatabase db);

    /// Creates the audit with one check item per paragraph without items and per item;
    /// obligations are scored, informational paragraphs are not. Returns 0 on failure.
    qint64 create(const Audit &audit, const ClauseSet &clauseSet, QString *error = nullptr);
    bool update(const Audit &audit, QString *error = nullptr);
    std::optional<Audit> load(qint64 id) const;
    QList<AuditSummary> list() const;
    int count() const;

    /// A re-inspection of the same contractor: same header and check items (scored flags
    /// included), no findings or evidence, status Preparing, predecessor set.
    /// With onlyCheckItems, the re-inspection checks just those (an advisory's items).
    qint64 duplicate(qint64 id, const QDate &date, QString *error = nullptr,
        const QSet<qint64> &onlyCheckItems = {});
    /// A re-inspection against a newer version of the clause document: the check items come
    /// from newer, scored as before where the same text was checked before (else by whether it
    /// obliges), the header as before, predecessor set.
    qint64 reinspect(qint64 id, const QDate &date, const ClauseSet &newer, QString *error = nullptr);
    bool setArchived(qint64 id, bool archived, QString *error = nullptr);
    /// Why the audit cannot be deleted (it has an issued letter), or empty.
    QString whyNotRemovable(qint64 id) const;
    /// Deletes the audit with its check items, findings, evidence rows and search entries.
    /// Files left without a reference are removed by EvidenceStore::collectGarbage().
    bool remove(qint64 id, QString *error = nullptr);
    /// Whether the audit holds anything recorded (findings, evidence, signatures or letters):
    /// such an audit is disposed of, not simply deleted.
    bool holdsRecords(qint64 id) const;
    bool setStatus(qint64 id, AuditStatus status, QString *error = nullptr);
    /// Records who did what to the audit and when (signed, reopened, letter issued…).
    bool recordEvent(qint64 auditId, const QString &kind, const QString &actor,
        const QString &detail, QString *error = nullptr);

    QList<CheckItem> checkItems(qint64 auditId) const;
    bool setScored(qint64 checkItemId, bool scored, QString *error = nullptr);

    /// "There is no audit N.", in the user's language: every layer says it the same way.
    static QString noSuchAudit(qint64 auditId);

    /// The check items a clause set yields, in order (ids and auditId left 0).
    static QList<CheckItem> snapshot(const ClauseDocument &document);
    /// Writes the audit's search entry (also for a header inserted by a package import).
    bool indexAudit(const Audit &audit, QString *error);

private:
    /// The header of a re-inspection of audit id: the same, dated date, preparing, predecessor set.
    std::optional<Audit> successor(qint64 id, const QDate &date, QString *error) const;
    /// Inserts the header and its check items, indexed, in one transaction; 0 on failure.
    qint64 insertAudit(Audit audit, const QList<CheckItem> &items, QString *error);
    bool insertCheckItems(qint64 auditId, const QList<CheckItem> &items, QString *error);

    QSqlDatabase m_db;
};

} // namespace Kansa
