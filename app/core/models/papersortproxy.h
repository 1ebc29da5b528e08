#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

// Filters the paper list (starred, unread, search matches, day); filters combine. Sorting is
// passed on to the list model, which sorts its compact rows far faster than a proxy could.
class PaperSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperSortProxy)

public:
    explicit PaperSortProxy(QObject *parent = nullptr);

    bool starredOnly() const { return m_starredOnly; }
    void setStarredOnly(bool on);
    bool unreadOnly() const { return m_unreadOnly; }
    void setUnreadOnly(bool on);
    // The paper being read stays listed when it stops passing the Starred or Unread filter
    // (it becomes read, say) until another one is chosen: rows must not vanish under the
    // reader's eyes. Search and day still apply.
    void setPinned(const QString &arxivId);
    // Only these papers (search results, a day's papers); nullopt lifts the restriction.
    void setSearchMatches(const std::optional<QSet<QString>> &arxivIds);
    void setDayMatches(const std::optional<QSet<QString>> &arxivIds);
    bool isFiltered() const;

    // Sorting is the model's job (PaperListModel::sort); the proxy keeps its order and filters.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_starredOnly = false;
    bool m_unreadOnly = false;
    QString m_pinned;
    bool m_refilterQueued = false;
    std::optional<QSet<QString>> m_searchMatches;
    std::optional<QSet<QString>> m_dayMatches;
};
