#include "clauselibrarymodel.h"

#include "text/counttext.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Kansa {

namespace {

// An index's internal id packs its path: kind (2 bits) and set, article, paragraph (12 bits
// each, stored +1 so that 0 means "none").
constexpr int kBits = 12;
constexpr quintptr kMask = (quintptr(1) << kBits) - 1;

quintptr pack(const ClauseLibraryModel::Path &p)
{
    return quintptr(p.kind) | (quintptr(p.set + 1) << 2) | (quintptr(p.article + 1) << (2 + kBits))
        | (quintptr(p.paragraph + 1) << (2 + 2 * kBits));
}

ClauseLibraryModel::Path unpack(quintptr id, int row)
{
    ClauseLibraryModel::Path p;
    p.kind = ClauseLibraryModel::Kind(id & 3);
    p.set = int((id >> 2) & kMask) - 1;
    p.article = int((id >> (2 + kBits)) & kMask) - 1;
    p.paragraph = int((id >> (2 + 2 * kBits)) & kMask) - 1;
    switch (p.kind) {
    case ClauseLibraryModel::SetNode:
        p.set = row;
        break;
    case ClauseLibraryModel::ArticleNode:
        p.article = row;
        break;
    case ClauseLibraryModel::ParagraphNode:
        p.paragraph = row;
        break;
    case ClauseLibraryModel::ItemNode:
        p.item = row;
        break;
    }
    return p;
}

} // namespace

ClauseLibraryModel::ClauseLibraryModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ClauseLibraryModel::setClauseSets(QList<ClauseSet> sets)
{
    beginResetModel();
    m_sets = std::move(sets);
    endResetModel();
}

ClauseLibraryModel::Path ClauseLibraryModel::pathOf(const QModelIndex &index) const
{
    return index.isValid() ? unpack(index.internalId(), index.row()) : Path {};
}

QModelIndex ClauseLibraryModel::indexOfSet(qint64 clauseSetId) const
{
    for (int i = 0; i < m_sets.size(); ++i)
        if (m_sets.at(i).id == clauseSetId)
            return index(i, 0);
    return {};
}

QModelIndex ClauseLibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    Path p = pathOf(parent);
    if (!parent.isValid()) {
        p = Path {};
    } else {
        p.kind = Kind(p.kind + 1); // a child is one level deeper; its own row is not packed
    }
    return createIndex(row, column, pack(p));
}

QModelIndex ClauseLibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Path p = pathOf(child);
    switch (p.kind) {
    case SetNode:
        return {};
    case ArticleNode:
        return index(p.set, 0);
    case ParagraphNode: {
        Path parentPath { ArticleNode, p.set, -1, -1, -1 };
        return createIndex(p.article, 0, pack(parentPath));
    }
    case ItemNode: {
        Path parentPath { ParagraphNode, p.set, p.article, -1, -1 };
        return createIndex(p.paragraph, 0, pack(parentPath));
    }
    }
    return {};
}

int ClauseLibraryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sets.size());
    if (parent.column() != 0)
        return 0;
    const Path p = pathOf(parent);
    const ClauseDocument &doc = m_sets.at(p.set).document;
    switch (p.kind) {
    case SetNode:
        return int(doc.articles.size());
    case ArticleNode:
        return int(doc.articles.at(p.article).paragraphs.size());
    case ParagraphNode:
        return int(doc.articles.at(p.article).paragraphs.at(p.paragraph).items.size());
    case ItemNode:
        return 0;
    }
    return 0;
}

int ClauseLibraryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ClauseLibraryModel::label(const Path &p) const
{
    const ClauseSet &set = m_sets.at(p.set);
    switch (p.kind) {
    case SetNode: {
        QString name = set.document.edition.isEmpty()
            ? set.document.title
            : set.document.title + QStringLiteral("　") + set.document.edition;
        //: After a clause set's title: a version the user corrected in the import review.
        if (set.predecessorId || (!set.sourceHash.isEmpty() && set.sourceHash != set.contentHash))
            name += tr(" (corrected)");
        return name;
    }
    case ArticleNode: {
        const Article &a = set.document.articles.at(p.article);
        return a.heading.isEmpty() ? a.number : a.number + QStringLiteral("　") + a.heading;
    }
    case ParagraphNode: {
        const Paragraph &para = set.document.articles.at(p.article).paragraphs.at(p.paragraph);
        const QString text = para.text.isEmpty() ? tr("(items)") : para.text;
        return tr("Paragraph %1: %2").arg(para.ordinal).arg(text);
    }
    case ItemNode: {
        const ClauseItem &i
            = set.document.articles.at(p.article).paragraphs.at(p.paragraph).items.at(p.item);
        return i.label + QLatin1Char(' ') + i.text;
    }
    }
    return {};
}

QString ClauseLibraryModel::fullText(const Path &p) const
{
    if (p.kind == ParagraphNode)
        return m_sets.at(p.set).document.articles.at(p.article).paragraphs.at(p.paragraph).text;
    return label(p);
}

bool ClauseLibraryModel::obligation(const Path &p) const
{
    if (p.kind != ParagraphNode)
        return false;
    return m_sets.at(p.set).document.articles.at(p.article).paragraphs.at(p.paragraph).obligation;
}

QVariant ClauseLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Path p = pathOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ClauseColumn)
            return label(p);
        if (p.kind == ParagraphNode)
            return obligation(p) ? tr("Obligation") : tr("Informational");
        if (p.kind == SetNode) {
            const ClauseDocument &d = m_sets.at(p.set).document;
            return QString(CountText::articles(int(d.articles.size())) + tr(", ")
                + CountText::obligations(d.obligationCount()));
        }
        return {};
    case Qt::ToolTipRole:
        if (p.kind == SetNode) { // which version: where it came from and when
            const ClauseSet &set = m_sets.at(p.set);
            QString tip = label(p) + u'\n' + tr("Imported %1 from %2").arg(set.importedAt.left(10),
                set.builtin ? tr("Kansa (built-in)") : set.sourceName);
            if (set.predecessorId)
                tip += u'\n' + tr("Corrects the clause set imported before from the same file.");
            else if (!set.sourceHash.isEmpty() && set.sourceHash != set.contentHash)
                tip += u'\n' + tr("Corrected in the import review.");
            return tip;
        }
        return fullText(p);
    case Qt::ForegroundRole:
        if (index.column() == ObligationColumn && p.kind == ParagraphNode && !obligation(p))
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case Qt::FontRole:
        if (p.kind == SetNode || (index.column() == ObligationColumn && obligation(p))) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case KindRole:
        return int(p.kind);
    case ObligationRole:
        return obligation(p);
    case ClauseSetIdRole:
        return m_sets.at(p.set).id;
    }
    return {};
}

QVariant ClauseLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == ClauseColumn ? tr("Clause") : tr("Audited");
}

} // namespace Kansa
