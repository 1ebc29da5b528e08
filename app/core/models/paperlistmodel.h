#pragma once

#include "library/paperrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

// The library's papers as compact rows (no summaries: the detail pane asks the library),
// sorted and filtered here rather than through a QSortFilterProxyModel: at 100,000 rows a proxy
// re-runs filterAcceptsRow through QVariants and rebuilds its mappings on every change, which
// took a tenth of a second each time. Every change (new rows, sort, filter) is one
// layoutChanged that keeps persistent indexes, so the view keeps its current paper and
// selection and lays out only what is on screen.
class PaperListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperListModel)

public:
    enum Column { StarColumn, TitleColumn, VotesColumn, DateColumn, ColumnCount };
    Q_ENUM(Column)

    // Rows sorted and indexed ahead of time (on a worker thread), so swapping them in costs
    // the GUI thread no more than a frame.
    struct SortedRows
    {
        QList<PaperRow> rows;
        QHash<QString, int> rowById;
        std::vector<int> rowByPaperId; // paper id -> row, -1 for none (ids are dense)
        int sortColumn = VotesColumn;
        Qt::SortOrder sortOrder = Qt::DescendingOrder;
    };
    // `previous`: the rows shown now. An unchanged paper's strings are shared with them, so
    // dropping the old rows frees next to nothing: freeing 100,000 rows' strings held the
    // memory allocator for tens of milliseconds, and the GUI thread waited on it.
    static SortedRows sortedRows(QList<PaperRow> rows, int column, Qt::SortOrder order,
                                 const SortedRows &previous);
    static SortedRows sortedRows(QList<PaperRow> rows, int column, Qt::SortOrder order)
    {
        return sortedRows(std::move(rows), column, order, SortedRows());
    }
    // The rows now, shared (not copied), for sortedRows() on a worker.
    SortedRows currentRows() const { return {m_rows, m_rowById, {}, m_sortColumn, m_sortOrder}; }

    explicit PaperListModel(QObject *parent = nullptr);

    void setRows(QList<PaperRow> rows);
    // Re-sorted here only when the user picked another order while the rows were prepared.
    void setRows(SortedRows rows);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Every paper, shown or filtered out.
    int paperCount() const { return int(m_rows.size()); }
    int starredCount() const { return m_starredCount; }
    const PaperRow *rowFor(const QString &arxivId) const;
    // The shown row of a paper; invalid when it is filtered out or unknown.
    QModelIndex indexOf(const QString &arxivId, int column = TitleColumn) const;

    // Filters combine.
    bool starredOnly() const { return m_starredOnly; }
    void setStarredOnly(bool on);
    bool unreadOnly() const { return m_unreadOnly; }
    void setUnreadOnly(bool on);
    // The paper being read stays listed when it stops passing the Starred or Unread filter
    // (it becomes read, say) until another one is chosen: rows must not vanish under the
    // reader's eyes. Search and day still apply.
    void setPinned(const QString &arxivId);
    // Only these papers (search results, a day's papers); nullopt lifts the restriction.
    void setSearchMatches(const std::optional<QList<qint64>> &paperIds);
    void setDayMatches(const std::optional<QList<qint64>> &paperIds);
    bool isFiltered() const;

    // Keeps the rows in step with marks the library already stored.
    void setStarred(const QString &arxivId, bool starred);
    void setRead(const QString &arxivId, bool read);
    void setAllRead();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Sorts the compact rows themselves: comparing plain structs is many times faster than
    // comparing QVariants. Ties fall back the way a reader expects: equal votes by newer day,
    // then by title. Over sortAtOnceUpTo rows, the sorted rows arrive a moment later.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static constexpr qsizetype sortAtOnceUpTo = 20000;
    static void sortRows(QList<PaperRow> &rows, int column, Qt::SortOrder order);

private:
    // Why a row is hidden, besides the Starred and Unread filters.
    enum Exclusion : quint8 { NotASearchMatch = 1, NotOnTheDay = 2 };

    template<typename Change> void relayout(Change change);
    void refilter();
    void markExclusions(const std::optional<QList<qint64>> &matches, Exclusion exclusion);
    bool passes(qsizetype row) const;
    void updateAfterMarkChange(qsizetype row, const QList<int> &roles);
    static void indexRows(const QList<PaperRow> &rows, QHash<QString, int> &rowById,
                          std::vector<int> &rowByPaperId);
    void countStars();
    void refilterQueued();
    void sortInBackground();

    QList<PaperRow> m_rows; // every paper, in the sort order
    QHash<QString, int> m_rowById;
    std::vector<int> m_rowByPaperId;
    std::vector<int> m_shown;        // shown row -> index in m_rows
    std::vector<int> m_shownRowOf;   // index in m_rows -> shown row, or -1
    std::vector<quint8> m_exclusion; // index in m_rows -> Exclusion bits
    int m_sortColumn = VotesColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_starredCount = 0;
    int m_rowsGeneration = 0; // changes with the rows' content (new rows, marks)
    int m_sortRequest = 0;    // the newest sort on a worker

    bool m_starredOnly = false;
    bool m_unreadOnly = false;
    QString m_pinned;
    bool m_refilterQueued = false;
    std::optional<QList<qint64>> m_searchMatches;
    std::optional<QList<qint64>> m_dayMatches;
};
