#include "paperlistmodel.h"

#include "itemroles.h"
#include "render/latextext.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

PaperListModel::PaperListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PaperListModel::setRows(QList<PaperRow> rows, bool sorted)
{
    beginResetModel();
    m_rows = std::move(rows);
    if (sorted)
        indexRows();
    else
        sortRows();
    m_starredCount = 0;
    for (const PaperRow &row : std::as_const(m_rows))
        m_starredCount += row.starred ? 1 : 0;
    endResetModel();
}

namespace {

int compareVotes(const PaperRow &a, const PaperRow &b)
{
    const int l = a.votes.value_or(-1);
    const int r = b.votes.value_or(-1);
    return l < r ? -1 : (l > r ? 1 : 0);
}

int compareDates(const PaperRow &a, const PaperRow &b)
{
    return a.date < b.date ? -1 : (a.date > b.date ? 1 : 0);
}

// Titles compare in reverse in the tie-breaks, so that a descending sort (the default for
// votes, dates and stars) still lists equal papers A to Z.
int compareRows(const PaperRow &a, const PaperRow &b, int column)
{
    int order = 0;
    switch (column) {
    case PaperListModel::TitleColumn:
        order = QString::localeAwareCompare(a.title, b.title);
        return order != 0 ? order : a.arxivId.compare(b.arxivId);
    case PaperListModel::DateColumn:
        order = compareDates(a, b);
        if (order == 0)
            order = compareVotes(a, b);
        break;
    case PaperListModel::StarColumn:
        order = int(a.starred) - int(b.starred);
        if (order == 0)
            order = compareVotes(a, b);
        if (order == 0)
            order = compareDates(a, b);
        break;
    default:
        order = compareVotes(a, b);
        if (order == 0)
            order = compareDates(a, b);
        break;
    }
    return order != 0 ? order : -a.title.compare(b.title, Qt::CaseInsensitive);
}

} // namespace

void PaperListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids.append(m_rows.at(index.row()).arxivId);
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(index(m_rowById.value(ids.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PaperListModel::sortRows(QList<PaperRow> &rows, int column, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    std::stable_sort(rows.begin(), rows.end(),
                     [column, descending](const PaperRow &a, const PaperRow &b) {
                         const int compared = compareRows(a, b, column);
                         return descending ? compared > 0 : compared < 0;
                     });
}

void PaperListModel::sortRows()
{
    sortRows(m_rows, m_sortColumn, m_sortOrder);
    indexRows();
}

void PaperListModel::indexRows()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).arxivId, i);
}

const PaperRow *PaperListModel::rowFor(const QString &arxivId) const
{
    const auto found = m_rowById.constFind(arxivId);
    return found == m_rowById.cend() ? nullptr : &m_rows.at(*found);
}

QModelIndex PaperListModel::indexOf(const QString &arxivId, int column) const
{
    const auto found = m_rowById.constFind(arxivId);
    return found == m_rowById.cend() ? QModelIndex() : index(*found, column);
}

void PaperListModel::setStarred(const QString &arxivId, bool starred)
{
    const auto found = m_rowById.constFind(arxivId);
    if (found == m_rowById.cend() || m_rows.at(*found).starred == starred)
        return;
    m_rows[*found].starred = starred;
    m_starredCount += starred ? 1 : -1;
    emitRowChanged(*found,
                   {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, ItemRoles::StarredRole});
}

void PaperListModel::setRead(const QString &arxivId, bool read)
{
    const auto found = m_rowById.constFind(arxivId);
    if (found == m_rowById.cend() || m_rows.at(*found).read == read)
        return;
    m_rows[*found].read = read;
    emitRowChanged(*found, {Qt::FontRole, ItemRoles::ReadRole});
}

void PaperListModel::emitRowChanged(int row, const QList<int> &roles)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
}

int PaperListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaperListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaperListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaperRow &row = m_rows.at(index.row());
    switch (role) {
    case ItemRoles::ArxivIdRole:
        return row.arxivId;
    case ItemRoles::TitleRole:
        return row.title;
    case ItemRoles::DateRole:
        return row.date;
    case ItemRoles::VotesRole:
        return row.votes ? QVariant(*row.votes) : QVariant();
    case ItemRoles::StarredRole:
        return row.starred;
    case ItemRoles::ReadRole:
        return row.read;
    case ItemRoles::ThumbnailUrlRole:
        return row.thumbnailUrl;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return LatexText::toUnicode(row.title);
        case VotesColumn:
            return row.votes ? QLocale().toString(*row.votes) : QStringLiteral("–");
        case DateColumn:
            return QLocale().toString(row.date, QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StarColumn)
            return row.starred ? tr("Starred (click to unstar)") : tr("Click to star");
        if (index.column() == TitleColumn)
            return LatexText::toUnicode(row.title);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == StarColumn)
            return row.starred ? tr("Starred") : tr("Not starred");
        return data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (!row.read) {
            QFont unread;
            unread.setBold(true);
            return unread;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == VotesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PaperListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StarColumn:
            return QStringLiteral("★");
        case TitleColumn:
            return tr("Title");
        case VotesColumn:
            return tr("Votes");
        case DateColumn:
            return tr("Date");
        }
    }
    if (role == Qt::ToolTipRole && section == StarColumn)
        return tr("Starred");
    return {};
}

Qt::ItemFlags PaperListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
