#include "paperlistmodel.h"

#include "itemroles.h"
#include "render/latextext.h"
#include "workerpools.h"

#include <QFont>
#include <QFutureWatcher>
#include <QLocale>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

PaperListModel::PaperListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

PaperListModel::SortedRows PaperListModel::sortedRows(QList<PaperRow> rows, int column,
                                                      Qt::SortOrder order,
                                                      const SortedRows &previous)
{
    for (PaperRow &row : rows) {
        const auto found = previous.rowById.constFind(row.arxivId);
        if (found == previous.rowById.cend())
            continue;
        const PaperRow &old = previous.rows.at(*found);
        row.arxivId = old.arxivId;
        if (row.title == old.title)
            row.title = old.title;
        if (row.thumbnailUrl == old.thumbnailUrl)
            row.thumbnailUrl = old.thumbnailUrl;
    }
    SortedRows sorted;
    sortRows(rows, column, order);
    indexRows(rows, sorted.rowById, sorted.rowByPaperId);
    sorted.rows = std::move(rows);
    sorted.sortColumn = column;
    sorted.sortOrder = order;
    return sorted;
}

void PaperListModel::setRows(QList<PaperRow> rows)
{
    setRows(sortedRows(std::move(rows), m_sortColumn, m_sortOrder));
}

void PaperListModel::setRows(SortedRows sorted)
{
    ++m_rowsGeneration; // a sort still running works on rows that are gone
    const bool inOrder = sorted.sortColumn == m_sortColumn && sorted.sortOrder == m_sortOrder;
    const bool sortLater = !inOrder && sorted.rows.size() > sortAtOnceUpTo;
    relayout([&] {
        m_rows.swap(sorted.rows);
        m_rowById.swap(sorted.rowById);
        m_rowByPaperId.swap(sorted.rowByPaperId);
        if (!inOrder && !sortLater) {
            sortRows(m_rows, m_sortColumn, m_sortOrder);
            indexRows(m_rows, m_rowById, m_rowByPaperId);
        }
        countStars();
    });
    // Freeing 100,000 rows' strings took the GUI thread longer than a frame: free the old rows
    // on a worker, which then holds their only reference.
    WorkerPools::longJobs()->start([rows = std::move(sorted.rows),
                                    index = std::move(sorted.rowById),
                                    byPaperId = std::move(sorted.rowByPaperId)]() mutable {
        rows = {};
        index = {};
        byPaperId = {};
    });
    if (sortLater) // prepared in an order the user has changed since
        sortInBackground();
}

void PaperListModel::sortInBackground()
{
    const int request = ++m_sortRequest;
    const int generation = m_rowsGeneration;
    auto *watcher = new QFutureWatcher<SortedRows>(this);
    connect(watcher, &QFutureWatcher<SortedRows>::finished, this,
            [this, watcher, request, generation] {
                watcher->deleteLater();
                if (request != m_sortRequest)
                    return; // another sort was asked for since
                if (generation != m_rowsGeneration) {
                    sortInBackground(); // a star, a read mark or new rows came meanwhile
                    return;
                }
                setRows(watcher->result());
            });
    watcher->setFuture(QtConcurrent::run(
        WorkerPools::longJobs(), [rows = m_rows, column = m_sortColumn, order = m_sortOrder] {
            return sortedRows(rows, column, order);
        }));
}

template<typename Change> void PaperListModel::relayout(Change change)
{
    // Rows may come and go, not only move: no sort hint, so the vertical header recounts.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids.append(m_rows.at(m_shown.at(index.row())).arxivId);
    change();
    m_exclusion.assign(m_rows.size(), 0);
    markExclusions(m_searchMatches, NotASearchMatch);
    markExclusions(m_dayMatches, NotOnTheDay);
    refilter();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(indexOf(ids.at(i), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

void PaperListModel::markExclusions(const std::optional<QList<qint64>> &matches,
                                    Exclusion exclusion)
{
    if (!matches)
        return;
    for (quint8 &bits : m_exclusion)
        bits |= exclusion;
    // By paper id through a plain vector: 100,000 matches in well under a millisecond, where
    // looking up arXiv id strings took a frame.
    for (const qint64 paperId : *matches) {
        if (paperId >= 0 && paperId < qint64(m_rowByPaperId.size()) &&
            m_rowByPaperId[std::size_t(paperId)] >= 0)
            m_exclusion[std::size_t(m_rowByPaperId[std::size_t(paperId)])] &= quint8(~exclusion);
    }
}

bool PaperListModel::passes(qsizetype row) const
{
    if (m_exclusion[row] != 0)
        return false;
    const PaperRow &paper = m_rows.at(row);
    if (m_starredOnly && !paper.starred)
        return !m_pinned.isEmpty() && paper.arxivId == m_pinned;
    if (m_unreadOnly && paper.read)
        return !m_pinned.isEmpty() && paper.arxivId == m_pinned;
    return true;
}

void PaperListModel::refilter()
{
    m_shown.clear();
    m_shown.reserve(m_rows.size());
    m_shownRowOf.assign(m_rows.size(), -1);
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (passes(row)) {
            m_shownRowOf[row] = int(m_shown.size());
            m_shown.push_back(int(row));
        }
    }
}

bool PaperListModel::isFiltered() const
{
    return m_starredOnly || m_unreadOnly || m_searchMatches || m_dayMatches;
}

void PaperListModel::setStarredOnly(bool on)
{
    if (m_starredOnly == on)
        return;
    relayout([&] { m_starredOnly = on; });
}

void PaperListModel::setUnreadOnly(bool on)
{
    if (m_unreadOnly == on)
        return;
    relayout([&] { m_unreadOnly = on; });
}

void PaperListModel::setSearchMatches(const std::optional<QList<qint64>> &paperIds)
{
    if (!paperIds && !m_searchMatches)
        return;
    relayout([&] { m_searchMatches = paperIds; });
}

void PaperListModel::setDayMatches(const std::optional<QList<qint64>> &paperIds)
{
    if (!paperIds && !m_dayMatches)
        return;
    relayout([&] { m_dayMatches = paperIds; });
}

void PaperListModel::setPinned(const QString &arxivId)
{
    if (m_pinned == arxivId)
        return;
    m_pinned = arxivId;
    // The pin changes while a view reacts to a change of its current row; re-laying out right
    // then would re-enter the view mid-update. Coalesce and refilter once control returns.
    if (!(m_starredOnly || m_unreadOnly) || m_refilterQueued)
        return;
    m_refilterQueued = true;
    QMetaObject::invokeMethod(this, &PaperListModel::refilterQueued, Qt::QueuedConnection);
}

void PaperListModel::refilterQueued()
{
    m_refilterQueued = false;
    relayout([] {});
}

void PaperListModel::countStars()
{
    m_starredCount = 0;
    for (const PaperRow &row : std::as_const(m_rows))
        m_starredCount += row.starred ? 1 : 0;
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
    if (m_rows.size() > sortAtOnceUpTo) {
        // Sorting 100,000 rows takes a tenth of a second (a third by title): on a worker, and
        // swapped in like rows read after an import. The list keeps its order until then.
        m_sortColumn = column;
        m_sortOrder = order;
        sortInBackground();
        return;
    }
    relayout([&] {
        m_sortColumn = column;
        m_sortOrder = order;
        sortRows(m_rows, m_sortColumn, m_sortOrder);
        indexRows(m_rows, m_rowById, m_rowByPaperId);
    });
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

void PaperListModel::indexRows(const QList<PaperRow> &rows, QHash<QString, int> &rowById,
                               std::vector<int> &rowByPaperId)
{
    rowById.clear();
    rowById.reserve(rows.size());
    qint64 maxPaperId = -1;
    for (const PaperRow &row : rows)
        maxPaperId = qMax(maxPaperId, row.paperId);
    rowByPaperId.assign(std::size_t(maxPaperId + 1), -1);
    for (int i = 0; i < rows.size(); ++i) {
        rowById.insert(rows.at(i).arxivId, i);
        if (rows.at(i).paperId >= 0)
            rowByPaperId[std::size_t(rows.at(i).paperId)] = i;
    }
}

const PaperRow *PaperListModel::rowFor(const QString &arxivId) const
{
    const auto found = m_rowById.constFind(arxivId);
    return found == m_rowById.cend() ? nullptr : &m_rows.at(*found);
}

QModelIndex PaperListModel::indexOf(const QString &arxivId, int column) const
{
    const auto found = m_rowById.constFind(arxivId);
    if (found == m_rowById.cend() || m_shownRowOf.at(*found) < 0)
        return {};
    return index(m_shownRowOf.at(*found), column);
}

void PaperListModel::setStarred(const QString &arxivId, bool starred)
{
    const auto found = m_rowById.constFind(arxivId);
    if (found == m_rowById.cend() || m_rows.at(*found).starred == starred)
        return;
    m_rows[*found].starred = starred;
    ++m_rowsGeneration;
    m_starredCount += starred ? 1 : -1;
    updateAfterMarkChange(
        *found, {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, ItemRoles::StarredRole});
}

void PaperListModel::setRead(const QString &arxivId, bool read)
{
    const auto found = m_rowById.constFind(arxivId);
    if (found == m_rowById.cend() || m_rows.at(*found).read == read)
        return;
    m_rows[*found].read = read;
    ++m_rowsGeneration;
    updateAfterMarkChange(*found, {Qt::FontRole, ItemRoles::ReadRole});
}

void PaperListModel::setAllRead()
{
    ++m_rowsGeneration;
    relayout([this] {
        for (PaperRow &row : m_rows)
            row.read = true;
    });
}

void PaperListModel::updateAfterMarkChange(qsizetype row, const QList<int> &roles)
{
    // Under the Starred or Unread filter the mark may show or hide the paper.
    if (bool(m_shownRowOf.at(row) >= 0) != passes(row)) {
        relayout([] {});
        return;
    }
    if (m_shownRowOf.at(row) >= 0)
        Q_EMIT dataChanged(index(m_shownRowOf.at(row), 0),
                           index(m_shownRowOf.at(row), ColumnCount - 1), roles);
}

int PaperListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int PaperListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaperListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaperRow &row = m_rows.at(m_shown.at(index.row()));
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
