#include "checkitemfiltermodel.h"

#include "checkitemmodel.h"
#include "audits/verdict.h"

namespace Kansa {

CheckItemFilterModel::CheckItemFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void CheckItemFilterModel::setMode(Mode mode)
{
    m_mode = mode;
    invalidateRowsFilter();
}

void CheckItemFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool CheckItemFilterModel::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (!parent.isValid()) // an article: shown when one of its items is (recursive filtering)
        return m_mode == Mode::All && m_text.isEmpty();
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    const auto verdict = Verdict(index.data(CheckItemModel::VerdictRole).toInt());
    const bool scored = index.data(CheckItemModel::ScoredRole).toBool();
    if (m_mode == Mode::NoVerdict && (!scored || verdict != Verdict::Unchecked))
        return false;
    if (m_mode == Mode::NonConforming && !Verdicts::isNonConformity(verdict))
        return false;
    return m_text.isEmpty()
        || index.data(CheckItemModel::SearchTextRole)
               .toString()
               .contains(m_text, Qt::CaseInsensitive);
}

} // namespace Kansa
