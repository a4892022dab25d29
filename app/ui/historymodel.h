#pragma once

#include "history/historydescription.h"
#include "history/historylog.h"

#include <QAbstractTableModel>

namespace Kansa {

/// An audit's history as a table: number, when (local time), who, what (in the user's words).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Sequence, Time, Actor, What, ColumnCount };

    HistoryModel(const QList<HistoryLog::StoredEntry> &entries, const QHash<QString, QString> &itemCitations,
        QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The lines an entry holds beyond its summary (what a replacement replaced).
    QStringList details(int row) const;

private:
    QList<HistoryLog::StoredEntry> m_entries;
    QList<HistoryDescription::Described> m_described;
};

} // namespace Kansa
