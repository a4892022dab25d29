#include "clausereviewmodel.h"
#include "calendar/japanesenumerals.h"

#include "clauseimport/clausereview.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace Kansa {

ClauseReviewModel::ClauseReviewModel(const ClauseReview *review, QObject *parent)
    : QAbstractTableModel(parent)
    , m_review(review)
{
}

int ClauseReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_review->lines().size());
}

int ClauseReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ClauseReviewModel::refresh()
{
    beginResetModel();
    endResetModel();
}

QString ClauseReviewModel::readingOf(int row) const
{
    const LineReading &r = m_review->lines().at(row).reading;
    const LinePlacement &at = m_review->assembled().placements.at(row);
    const ClauseDocument &doc = m_review->document();
    const Article *article = at.article >= 0 ? &doc.articles.at(at.article) : nullptr;
    const QString number = article ? article->number : QString();
    // A paragraph's number in the article number's digits (第２条 第２項, 第10条 第2項).
    auto paragraph = [&] {
        return at.paragraph > 0
            ? tr("%1 paragraph %2").arg(number, JapaneseNumerals::inDigitsOf(at.paragraph + 1, number))
            : number;
    };
    auto item = [&] {
        const Paragraph &p = article->paragraphs.at(at.paragraph);
        return at.item >= 0 ? tr("%1 %2").arg(paragraph(), p.items.at(at.item).label) : paragraph();
    };
    switch (r.kind) {
    case LineReading::Title: return tr("Title");
    case LineReading::Edition: return tr("Edition");
    case LineReading::Issuer: return tr("Issuer");
    case LineReading::Preamble: return article ? paragraph() : tr("Preamble");
    case LineReading::Heading:
        if (article && at.paragraph >= 0) // it could not head anything: kept as text
            return tr("… %1 (heading kept as text)").arg(item());
        return article ? tr("Heading of %1").arg(number) : tr("Preamble");
    case LineReading::Article: return number;
    case LineReading::Paragraph: return article ? paragraph() : tr("Preamble");
    case LineReading::Item:
    case LineReading::SubItem:
        return article ? item() + (r.kind == LineReading::SubItem ? u' ' + r.number : QString())
                       : tr("Preamble");
    case LineReading::Continued:
        return article ? tr("… %1").arg(item()) : tr("… Preamble");
    case LineReading::Omitted:
        switch (r.omission) {
        case LineReading::PageNumber: return tr("Left out: page number");
        case LineReading::RunningHeader: return tr("Left out: running header");
        case LineReading::Chapter: return tr("Left out: chapter");
        case LineReading::AfterBody: return tr("Left out: after the clauses");
        case LineReading::Label: return tr("Left out: label");
        case LineReading::Deleted: return tr("Left out: deleted article");
        default: return tr("Left out");
        }
    }
    return {};
}

QVariant ClauseReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_review->lines().size())
        return {};
    const ReadLine &line = m_review->lines().at(index.row());
    const LineReading::Kind kind = line.reading.kind;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn: return index.row() + 1;
        case ReadingColumn: return readingOf(index.row());
        case TextColumn: return line.source.text;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? line.source.text : readingOf(index.row());
    case Qt::FontRole:
        if (kind == LineReading::Article || kind == LineReading::Title || kind == LineReading::Heading) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (kind == LineReading::Omitted) {
            QFont f;
            f.setItalic(true);
            f.setStrikeOut(index.column() == TextColumn);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (kind == LineReading::Omitted)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::BackgroundRole:
        if (kind == LineReading::Article)
            return QBrush(QColor(225, 236, 250));
        if (kind == LineReading::Paragraph || kind == LineReading::Item)
            return QBrush(QColor(244, 247, 252));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

QVariant ClauseReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn: return tr("Line");
    case ReadingColumn: return tr("Read as");
    case TextColumn: return tr("Text of the document");
    }
    return {};
}

} // namespace Kansa
