#include "paperlistmodel.h"

#include "itemroles.h"

#include <QFont>
#include <QLocale>

PaperListModel::PaperListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PaperListModel::setRows(QList<PaperRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    m_starredCount = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowById.insert(m_rows.at(i).arxivId, i);
        m_starredCount += m_rows.at(i).starred ? 1 : 0;
    }
    endResetModel();
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
    emitRowChanged(*found, {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole,
                            ItemRoles::StarredRole, ItemRoles::SortRole});
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
    case ItemRoles::SortRole:
        switch (index.column()) {
        case StarColumn:
            return row.starred;
        case TitleColumn:
            return row.title;
        case VotesColumn:
            return row.votes.value_or(-1);
        case DateColumn:
            return row.date;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
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
            return row.title;
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
