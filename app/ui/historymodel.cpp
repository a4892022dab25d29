#include "historymodel.h"

#include <QLocale>

namespace Kansa {

HistoryModel::HistoryModel(const QList<HistoryLog::StoredEntry> &entries, const QHash<QString, QString> &itemCitations,
    QObject *parent)
    : QAbstractTableModel(parent)
    , m_entries(entries)
{
    for (const HistoryLog::StoredEntry &e : entries)
        m_described << HistoryDescription::describe(e, itemCitations);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HistoryEntry &e = m_entries.at(index.row()).entry;
    const HistoryDescription::Described &d = m_described.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Sequence: return qint64(e.sequence);
        case Time: return QLocale().toString(e.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Actor: return e.actor;
        case What: return d.details.isEmpty() ? d.what : d.what + QStringLiteral(" …");
        }
    }
    if (role == Qt::ToolTipRole && index.column() == What)
        return QStringList(QStringList { d.what } + d.details).join(u'\n');
    if (role == Qt::TextAlignmentRole && index.column() == Sequence)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sequence: return tr("No.");
    case Time: return tr("When");
    case Actor: return tr("Who");
    case What: return tr("What");
    }
    return {};
}

QStringList HistoryModel::details(int row) const
{
    return row >= 0 && row < m_described.size() ? QStringList { m_described.at(row).what } + m_described.at(row).details
                                                 : QStringList();
}

} // namespace Kansa
