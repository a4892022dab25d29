#pragma once

#include <QStyledItemDelegate>

namespace Kansa {

/// Draws a search hit on one line with every matched term highlighted. The item's text is
/// its display role; the marks are a list of QPoint(start, length) in MarksRole.
class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int MarksRole = Qt::UserRole + 10;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};

} // namespace Kansa
