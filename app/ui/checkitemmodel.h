#pragma once

#include <QAbstractItemModel>
#include <QStringList>

#include <functional>

namespace Kansa {

class InspectionSession;

/// The check items of an open audit as a tree: articles (with their progress) → check items
/// (with a verdict mark). Follows the session's changes.
class CheckItemModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ClauseColumn, VerdictColumn, ColumnCount };
    enum Role { CheckItemIdRole = Qt::UserRole + 1, VerdictRole, ScoredRole, SearchTextRole };

    explicit CheckItemModel(InspectionSession *session, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfItem(qint64 checkItemId, int column = ClauseColumn) const;
    qint64 checkItemId(const QModelIndex &index) const; // 0 for an article row

private:
    struct ArticleNode
    {
        int ordinal = 0; // the audit's article, as its items name it
        QString number; // in the documents' digits
        QString heading;
        QList<int> items; // indexes into the session's items
    };
    void itemChanged(qint64 checkItemId);
    QVariant articleData(int article, int column, int role) const;
    QVariant itemData(int sessionIndex, int column, int role) const;

    InspectionSession *m_session;
    QList<ArticleNode> m_articles;
    QList<int> m_articleOf; // session index → article
    QList<int> m_rowOf; // session index → row under its article
    QStringList m_itemLabels; // session index → the item's label in the documents' digits
    std::function<QString(int)> m_paragraphDigits;
};

} // namespace Kansa
