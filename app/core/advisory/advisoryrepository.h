#pragma once

#include "advisory/advisory.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Kansa {

/// Creates and edits advisories. Creating one takes the audit's major and minor
/// non-conformities (and, when asked, observations as recommendations) in checklist order,
/// gives each the default deadline of its severity moved to a business day, draws the next
/// document number, and marks the audit 勧告済 — all in one transaction.
class AdvisoryRepository
{
public:
    explicit AdvisoryRepository(QSqlDatabase db);

    qint64 create(qint64 auditId, const QDate &issuedOn, bool includeObservations,
        QString *error = nullptr);
    std::optional<Advisory> load(qint64 id) const;
    QList<Advisory> forAudit(qint64 auditId) const;
    std::optional<AdvisoryItem> item(qint64 itemId) const;

    /// Sets an item's deadline; a day the office is closed moves to the next business day, and
    /// the date actually stored is returned (invalid on failure).
    QDate setDeadline(qint64 itemId, const QDate &deadline, QString *error = nullptr);
    bool setFinding(qint64 itemId, const QString &finding, QString *error = nullptr);
    bool setImprovement(qint64 itemId, const QString &improvement, QString *error = nullptr);
    bool remove(qint64 advisoryId, QString *error = nullptr);

    /// The check items an advisory names, for a re-inspection of exactly those.
    QSet<qint64> checkItems(qint64 advisoryId) const;

    /// The item columns every query of advisory_items selects (as "i.") and itemFrom() reads,
    /// starting at the query's first column.
    static QString itemColumns();
    static AdvisoryItem itemFrom(const QSqlQuery &q);

private:
    QList<AdvisoryItem> items(qint64 advisoryId) const;
    bool setColumn(qint64 itemId, const char *column, const QVariant &value, QString *error);

    QSqlDatabase m_db;
};

} // namespace Kansa
