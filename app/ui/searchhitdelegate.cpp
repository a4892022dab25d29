#include "searchhitdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Kansa {

void SearchHitDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList marks = index.data(MarksRole).toList();
    if (marks.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QList<QTextLayout::FormatRange> formats;
    for (const QVariant &v : marks) {
        const QPoint m = v.toPoint();
        QTextLayout::FormatRange range;
        range.start = m.x();
        range.length = m.y();
        range.format.setFontWeight(QFont::Bold);
        range.format.setBackground(QColor(0xff, 0xe0, 0x66)); // a highlighter's yellow
        range.format.setForeground(QColor(Qt::black));
        formats.append(range);
    }
    const QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                        .adjusted(3, 0, -3, 0);
    QTextLayout layout(text, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e6);
    layout.endLayout();
    painter->save();
    painter->setClipRect(r);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected
            ? QPalette::HighlightedText
            : QPalette::Text));
    const qreal y = r.top() + (r.height() - (line.isValid() ? line.height() : 0)) / 2;
    layout.draw(painter, QPointF(r.left(), y));
    painter->restore();
}

} // namespace Kansa
