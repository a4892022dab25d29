#pragma once

#include <QAbstractTableModel>

namespace Kansa {

class ClauseReview;

/// The lines of a clause document under review: its number, what it was read as (「第３条」,
/// 「第３条 第２項」, 「(1)」, 「続き」, 「除外：ページ番号」) and its text. Reads the review it is
/// given; call refresh() after the review changed.
class ClauseReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, ReadingColumn, TextColumn, ColumnCount };

    explicit ClauseReviewModel(const ClauseReview *review, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void refresh();
    /// What a row was read as, in words.
    QString readingOf(int row) const;

private:
    const ClauseReview *m_review;
};

} // namespace Kansa
