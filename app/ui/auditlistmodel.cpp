#include "auditlistmodel.h"

#include <QBrush>
#include <QPalette>

namespace Kansa {

AuditListModel::AuditListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditListModel::setAudits(QList<AuditSummary> audits)
{
    beginResetModel();
    m_audits = std::move(audits);
    endResetModel();
}

int AuditListModel::rowOf(qint64 auditId) const
{
    for (int i = 0; i < m_audits.size(); ++i)
        if (m_audits.at(i).id == auditId)
            return i;
    return -1;
}

int AuditListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_audits.size());
}

int AuditListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const AuditSummary &a = m_audits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return QLocale().toString(a.date, QLocale::ShortFormat);
        case Contractor:
            return a.contractor;
        case Place:
            return a.workPlace;
        case Kind:
            return AuditKinds::label(a.kind);
        case Status:
            return a.archived ? tr("%1 (archived)").arg(AuditStatuses::label(a.status))
                              : AuditStatuses::label(a.status);
        case Progress:
            return QStringLiteral("%1 / %2").arg(a.answered).arg(a.total);
        case Major:
            return a.major;
        case Minor:
            return a.minor;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Date:
            return a.date;
        case Progress:
            return a.total ? double(a.answered) / a.total : 0.0;
        case Status:
            return int(a.status);
        case Major:
            return a.major;
        case Minor:
            return a.minor;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        return index.column() >= Progress ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant();
    case Qt::ForegroundRole:
        if (a.archived)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        if (index.column() == Major && a.major > 0)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::ToolTipRole:
        return a.clauseSetTitle;
    case AuditIdRole:
        return a.id;
    case StatusRole:
        return int(a.status);
    case ArchivedRole:
        return a.archived;
    default:
        return {};
    }
}

QVariant AuditListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Contractor:
        return tr("Contractor");
    case Place:
        return tr("Place inspected");
    case Kind:
        return tr("Type");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case Major:
        return tr("Major");
    case Minor:
        return tr("Minor");
    }
    return {};
}

AuditFilterModel::AuditFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AuditFilterModel::setStatus(std::optional<AuditStatus> status)
{
    m_status = status;
    invalidateRowsFilter();
}

void AuditFilterModel::setShowArchived(bool show)
{
    m_showArchived = show;
    invalidateRowsFilter();
}

void AuditFilterModel::setSearch(const QString &text, const QSet<qint64> &matchingAudits)
{
    m_text = text.trimmed();
    m_matching = matchingAudits;
    invalidateRowsFilter();
}

void AuditFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

bool AuditFilterModel::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const auto *model = static_cast<const AuditListModel *>(sourceModel());
    const AuditSummary &a = model->audits().at(row);
    Q_UNUSED(parent);
    if (a.archived && !m_showArchived)
        return false;
    if (m_status && a.status != *m_status)
        return false;
    if ((m_from.isValid() && a.date < m_from) || (m_to.isValid() && a.date > m_to))
        return false;
    if (m_text.isEmpty())
        return true;
    return m_matching.contains(a.id) || a.contractor.contains(m_text, Qt::CaseInsensitive)
        || a.workPlace.contains(m_text, Qt::CaseInsensitive)
        || a.clauseSetTitle.contains(m_text, Qt::CaseInsensitive);
}

} // namespace Kansa
