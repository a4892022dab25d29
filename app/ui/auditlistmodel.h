#pragma once

#include "audits/audit.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace Kansa {

/// The audit list: date, contractor, place, type, status, progress, non-conformities.
class AuditListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Contractor, Place, Kind, Status, Progress, Major, Minor, ColumnCount };
    enum Role { AuditIdRole = Qt::UserRole + 1, SortRole, StatusRole, ArchivedRole };

    explicit AuditListModel(QObject *parent = nullptr);
    void setAudits(QList<AuditSummary> audits);
    const QList<AuditSummary> &audits() const { return m_audits; }
    int rowOf(qint64 auditId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<AuditSummary> m_audits;
};

/// Filters the audit list by status, archived or not, date range and free text (contractor,
/// place, clause set).
class AuditFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditFilterModel(QObject *parent = nullptr);
    void setStatus(std::optional<AuditStatus> status);
    void setShowArchived(bool show);
    /// Shows the audits whose contractor, place or clause set contains the text, and those
    /// in matchingAudits (the audits the search index found it in).
    void setSearch(const QString &text, const QSet<qint64> &matchingAudits);
    void setDateRange(const QDate &from, const QDate &to);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    std::optional<AuditStatus> m_status;
    bool m_showArchived = false;
    QString m_text;
    QSet<qint64> m_matching;
    QDate m_from;
    QDate m_to;
};

} // namespace Kansa
