#include "papersortproxy.h"

#include "itemroles.h"
#include "paperlistmodel.h"

PaperSortProxy::PaperSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

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

void PaperSortProxy::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}
