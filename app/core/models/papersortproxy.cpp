#include "papersortproxy.h"

#include "itemroles.h"
#include "paperlistmodel.h"

#include <QDate>

namespace {

// Negative, zero or positive like strcmp; titles compare in reverse so that a descending
// sort (the default) still lists equal papers A to Z.
int compareVotes(const QModelIndex &a, const QModelIndex &b)
{
    const QVariant left = a.data(ItemRoles::VotesRole);
    const QVariant right = b.data(ItemRoles::VotesRole);
    const int l = left.isValid() ? left.toInt() : -1;
    const int r = right.isValid() ? right.toInt() : -1;
    return l < r ? -1 : (l > r ? 1 : 0);
}

int compareDates(const QModelIndex &a, const QModelIndex &b)
{
    const QDate l = a.data(ItemRoles::DateRole).toDate();
    const QDate r = b.data(ItemRoles::DateRole).toDate();
    return l < r ? -1 : (l > r ? 1 : 0);
}

int compareTitles(const QModelIndex &a, const QModelIndex &b)
{
    return QString::localeAwareCompare(a.data(ItemRoles::TitleRole).toString(),
                                       b.data(ItemRoles::TitleRole).toString());
}

int compareStars(const QModelIndex &a, const QModelIndex &b)
{
    return int(a.data(ItemRoles::StarredRole).toBool()) -
           int(b.data(ItemRoles::StarredRole).toBool());
}

} // namespace

PaperSortProxy::PaperSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::SortRole);
}

void PaperSortProxy::setStarredOnly(bool on)
{
    if (m_starredOnly == on)
        return;
    m_starredOnly = on;
    invalidateRowsFilter();
}

void PaperSortProxy::setUnreadOnly(bool on)
{
    if (m_unreadOnly == on)
        return;
    m_unreadOnly = on;
    invalidateRowsFilter();
}

void PaperSortProxy::setPinned(const QString &arxivId)
{
    if (m_pinned == arxivId)
        return;
    m_pinned = arxivId;
    // The pin changes while a view reacts to this proxy's own row changes; refiltering right
    // then would re-enter the proxy mid-update. Coalesce and refilter once control returns.
    if (!isFiltered() || m_refilterQueued)
        return;
    m_refilterQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_refilterQueued = false;
            invalidateRowsFilter();
        },
        Qt::QueuedConnection);
}

bool PaperSortProxy::isFiltered() const
{
    return m_starredOnly || m_unreadOnly || m_searchMatches || m_dayMatches;
}

void PaperSortProxy::setSearchMatches(const std::optional<QSet<QString>> &arxivIds)
{
    m_searchMatches = arxivIds;
    invalidateRowsFilter();
}

void PaperSortProxy::setDayMatches(const std::optional<QSet<QString>> &arxivIds)
{
    m_dayMatches = arxivIds;
    invalidateRowsFilter();
}

bool PaperSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString id = index.data(ItemRoles::ArxivIdRole).toString();
    if (m_searchMatches && !m_searchMatches->contains(id))
        return false;
    if (m_dayMatches && !m_dayMatches->contains(id))
        return false;
    if (!m_pinned.isEmpty() && id == m_pinned)
        return true;
    if (m_starredOnly && !index.data(ItemRoles::StarredRole).toBool())
        return false;
    if (m_unreadOnly && index.data(ItemRoles::ReadRole).toBool())
        return false;
    return true;
}

bool PaperSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    int order = 0;
    switch (left.column()) {
    case PaperListModel::TitleColumn:
        // Title order has no natural "descending first"; ties are rare, use the id.
        order = compareTitles(left, right);
        if (order == 0)
            order = left.data(ItemRoles::ArxivIdRole)
                        .toString()
                        .compare(right.data(ItemRoles::ArxivIdRole).toString());
        return order < 0;
    case PaperListModel::DateColumn:
        order = compareDates(left, right);
        if (order == 0)
            order = compareVotes(left, right);
        break;
    case PaperListModel::StarColumn:
        order = compareStars(left, right);
        if (order == 0)
            order = compareVotes(left, right);
        if (order == 0)
            order = compareDates(left, right);
        break;
    default:
        order = compareVotes(left, right);
        if (order == 0)
            order = compareDates(left, right);
        break;
    }
    if (order == 0)
        order = -compareTitles(left, right);
    return order < 0;
}
