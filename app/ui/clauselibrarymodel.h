#pragma once

#include "clauses/clauseset.h"

#include <QAbstractItemModel>

namespace Kansa {

/// The clause library as a tree: clause sets → articles → paragraphs → items.
class ClauseLibraryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Kind { SetNode, ArticleNode, ParagraphNode, ItemNode };
    enum Roles { KindRole = Qt::UserRole + 1, ObligationRole, ClauseSetIdRole };
    enum Columns { ClauseColumn, ObligationColumn, ColumnCount };

    explicit ClauseLibraryModel(QObject *parent = nullptr);

    void setClauseSets(QList<ClauseSet> sets);
    const QList<ClauseSet> &clauseSets() const { return m_sets; }

    /// Where an index points, as indices into the clause sets (-1 where not applicable).
    struct Path
    {
        Kind kind = SetNode;
        int set = -1, article = -1, paragraph = -1, item = -1;
    };
    Path pathOf(const QModelIndex &index) const;
    QModelIndex indexOfSet(qint64 clauseSetId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString label(const Path &p) const;
    QString fullText(const Path &p) const;
    bool obligation(const Path &p) const;

    QList<ClauseSet> m_sets;
};

} // namespace Kansa
