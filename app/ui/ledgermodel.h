#pragma once

#include "advisory/advisory.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Kansa {

/// The follow-up ledger's rows: every item of every issued letter (FollowUp::ledger()).
class LedgerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DeadlineColumn, DueColumn, StateColumn, ContractorColumn, LetterColumn, ClauseColumn,
        SeverityColumn, FindingColumn, LastStepColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<DueItem> &rows);
    const QList<DueItem> &rows() const { return m_rows; }
    const DueItem *row(int r) const { return r >= 0 && r < m_rows.size() ? &m_rows.at(r) : nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<DueItem> m_rows;
};

/// Which rows of the ledger show: by state, due within N days, overdue, contractor.
class LedgerFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class State { Pending, Overdue, DueSoon, Verified, Closed, All };

    explicit LedgerFilter(QObject *parent = nullptr);
    void setState(State state);
    void setDueWithinDays(int days); // for DueSoon
    void setContractor(const QString &contractor); // empty: every contractor

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    State m_state = State::Pending;
    int m_days = 14;
    QString m_contractor;
};

} // namespace Kansa
