#include "ledgermodel.h"

#include "advisory/ledger.h"

#include <QColor>

namespace Kansa {

void LedgerModel::setRows(const QList<DueItem> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    const DueItem *d = row(index.row());
    if (!d || !index.isValid())
        return {};
    const AdvisoryItem &i = d->item;
    if (role == ItemIdRole)
        return i.id;
    if (role == Qt::ForegroundRole)
        return Ledger::isOverdue(*d) ? QVariant(QColor(176, 28, 28))
            : i.state == FollowUpState::Closed ? QVariant(QColor(120, 120, 120))
                                               : QVariant();
    if (role == SortRole) {
        switch (index.column()) {
        case DeadlineColumn:
        case DueColumn: return i.deadline.isValid() ? i.deadline.toJulianDay() : std::numeric_limits<qint64>::max();
        case LastStepColumn: return d->lastEventOn.isValid() ? d->lastEventOn.toJulianDay() : 0;
        case StateColumn: return int(i.state);
        case SeverityColumn: return int(i.severity);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == FindingColumn))
        return i.finding;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DeadlineColumn: return i.deadline.isValid() ? i.deadline.toString(Qt::ISODate) : tr("(none)");
    case DueColumn: return Ledger::dueText(*d);
    case StateColumn: return i.stateLabel();
    case ContractorColumn: return d->contractor;
    case LetterColumn: return tr("%1 item %2").arg(d->documentNumber).arg(i.ordinal);
    case ClauseColumn: return i.clause;
    case SeverityColumn: return AdvisorySeverities::label(i.severity);
    case FindingColumn: return QString(i.finding).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case LastStepColumn: return d->lastEventOn.toString(Qt::ISODate);
    }
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeadlineColumn: return tr("Deadline");
    case DueColumn: return tr("Due");
    case StateColumn: return tr("State");
    case ContractorColumn: return tr("Contractor");
    case LetterColumn: return tr("Letter");
    case ClauseColumn: return tr("Clause");
    case SeverityColumn: return tr("Severity");
    case FindingColumn: return tr("Finding");
    case LastStepColumn: return tr("Last step");
    }
    return {};
}

LedgerFilter::LedgerFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LedgerModel::SortRole);
}

void LedgerFilter::setState(State state)
{
    m_state = state;
    invalidateFilter();
}

void LedgerFilter::setDueWithinDays(int days)
{
    m_days = days;
    invalidateFilter();
}

void LedgerFilter::setContractor(const QString &contractor)
{
    m_contractor = contractor;
    invalidateFilter();
}

bool LedgerFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const LedgerModel *>(sourceModel());
    const DueItem *d = model ? model->row(sourceRow) : nullptr;
    if (!d)
        return false;
    if (!m_contractor.isEmpty() && d->contractor != m_contractor)
        return false;
    switch (m_state) {
    case State::Pending: return Ledger::isNotClosed(*d);
    case State::Overdue: return Ledger::isOverdue(*d);
    case State::DueSoon: return Ledger::isOverdue(*d) || Ledger::isDueWithin(*d, m_days);
    case State::Verified: return d->item.state == FollowUpState::Verified;
    case State::Closed: return d->item.state == FollowUpState::Closed;
    case State::All: return true;
    }
    return true;
}

} // namespace Kansa
