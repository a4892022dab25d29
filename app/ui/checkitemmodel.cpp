#include "checkitemmodel.h"
#include "settings/documentsettings.h"

#include "inspection/inspectionsession.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QStyle>

namespace Kansa {

CheckItemModel::CheckItemModel(InspectionSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    const QList<CheckItem> &items = session->items();
    // Numbers as the documents print them (第１０, not the clause document's own 第10).
    const DocumentSettings settings = DocumentSettings::load(session->database());
    m_paragraphDigits = [settings](int n) { return settings.digitsOf(QString::number(n)); };
    m_itemLabels.reserve(items.size());
    for (int i = 0; i < items.size(); ++i) {
        const CheckItem &c = items.at(i);
        m_itemLabels.append(settings.digitsOf(c.itemLabel));
        if (m_articles.isEmpty() || m_articles.last().ordinal != c.articleOrdinal)
            m_articles.append({ c.articleOrdinal, settings.digitsOf(c.articleNumber), c.articleHeading, {} });
        m_articleOf.append(int(m_articles.size()) - 1);
        m_rowOf.append(int(m_articles.last().items.size()));
        m_articles.last().items.append(i);
    }
    connect(session, &InspectionSession::findingChanged, this, &CheckItemModel::itemChanged);
    connect(session, &InspectionSession::evidenceChanged, this, &CheckItemModel::itemChanged);
    connect(session, &InspectionSession::itemScoringChanged, this, &CheckItemModel::itemChanged);
}

// Article rows carry internalId 0; item rows carry their article's index + 1.
QModelIndex CheckItemModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CheckItemModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int CheckItemModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_articles.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_articles.at(parent.row()).items.size());
    return 0;
}

int CheckItemModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

qint64 CheckItemModel::checkItemId(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return 0;
    const int article = int(index.internalId()) - 1;
    return m_session->items().at(m_articles.at(article).items.at(index.row())).id;
}

QModelIndex CheckItemModel::indexOfItem(qint64 checkItemId, int column) const
{
    const int i = m_session->indexOf(checkItemId);
    if (i < 0)
        return {};
    return createIndex(m_rowOf.at(i), column, quintptr(m_articleOf.at(i) + 1));
}

void CheckItemModel::itemChanged(qint64 checkItemId)
{
    const QModelIndex first = indexOfItem(checkItemId, 0);
    if (!first.isValid())
        return;
    emit dataChanged(first, first.siblingAtColumn(VerdictColumn));
    const QModelIndex article = first.parent();
    emit dataChanged(article, article.siblingAtColumn(VerdictColumn));
}

QVariant CheckItemModel::articleData(int article, int column, int role) const
{
    const ArticleNode &node = m_articles.at(article);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (column == ClauseColumn)
            return QString(node.number + QStringLiteral("　") + node.heading);
        int scored = 0;
        int answered = 0;
        for (int i : node.items) {
            const CheckItem &c = m_session->items().at(i);
            if (!c.scored)
                continue;
            ++scored;
            answered += m_session->finding(c.id).verdict != Verdict::Unchecked;
        }
        return scored ? QStringLiteral("%1/%2").arg(answered).arg(scored) : QString();
    }
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == SearchTextRole)
        return QString(node.number + node.heading);
    return {};
}

QVariant CheckItemModel::itemData(int i, int column, int role) const
{
    const CheckItem &c = m_session->items().at(i);
    const Finding f = m_session->finding(c.id);
    switch (role) {
    case Qt::DisplayRole:
        if (column == ClauseColumn) {
            const QString label = c.itemLabel.isEmpty()
                ? (c.paragraphOrdinal > 1 ? tr("Para. %1").arg(m_paragraphDigits(c.paragraphOrdinal)) : tr("Para. %1").arg(m_paragraphDigits(1)))
                : m_itemLabels.at(i);
            QString mark;
            if (const auto change = m_session->changeSincePrevious(c.id)) {
                //: Marks a check item of a re-inspection whose obligation the earlier clause document did not have.
                if (*change == CheckItemChanges::Change::New)
                    mark = tr("[new] ");
                //: Marks a check item of a re-inspection whose wording changed since the earlier clause document.
                else if (*change == CheckItemChanges::Change::Changed)
                    mark = tr("[changed] ");
            }
            return QString(mark + label + QStringLiteral("  ") + c.text().left(40));
        }
        return c.scored ? Verdicts::mark(f.verdict) + QLatin1Char(' ') + Verdicts::label(f.verdict)
                        : tr("(reference)");
    case Qt::DecorationRole: // evidence attached
        if (column == ClauseColumn && m_session->evidenceCount(c.id) > 0)
            return QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
        return {};
    case Qt::ToolTipRole: {
        QString since;
        if (const auto change = m_session->changeSincePrevious(c.id); change && *change != CheckItemChanges::Change::Same)
            since = (*change == CheckItemChanges::Change::New
                        ? tr("New since the previous audit: the earlier version of the clause document did not have it.")
                        : tr("Changed since the previous audit: the wording or the obligation differs from the earlier version."))
                + QLatin1Char('\n');
        return QString(since + (m_session->evidenceCount(c.id) > 0 ? c.text() + QLatin1Char('\n')
                + tr("Evidence: %n", nullptr, m_session->evidenceCount(c.id))
                                                  : c.text()));
    }
    case Qt::BackgroundRole:
        if (const auto change = m_session->changeSincePrevious(c.id); change && *change != CheckItemChanges::Change::Same)
            return QBrush(QColor(255, 243, 205));
        return {};
    case Qt::ForegroundRole:
        if (!c.scored)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        if (column == VerdictColumn && f.verdict == Verdict::Major)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (column == VerdictColumn && f.verdict == Verdict::Minor)
            return QBrush(QColor(0xa8, 0x5a, 0x00));
        return {};
    case CheckItemIdRole:
        return c.id;
    case VerdictRole:
        return int(f.verdict);
    case ScoredRole:
        return c.scored;
    case SearchTextRole:
        return QString(
            c.articleNumber + c.articleHeading + c.text() + f.note + f.problem + f.improvement);
    default:
        return {};
    }
}

QVariant CheckItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return articleData(index.row(), index.column(), role);
    const int article = int(index.internalId()) - 1;
    return itemData(m_articles.at(article).items.at(index.row()), index.column(), role);
}

QVariant CheckItemModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == ClauseColumn ? tr("Check item") : tr("Verdict");
}

} // namespace Kansa
