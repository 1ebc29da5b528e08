#pragma once

#include "library/paperrecord.h"

#include <QAbstractTableModel>
#include <QHash>

// The library's papers as compact rows (no summaries: the detail pane asks the library), in
// the library's default order: most votes first, then newest, then title.
class PaperListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperListModel)

public:
    enum Column { StarColumn, TitleColumn, VotesColumn, DateColumn, ColumnCount };
    Q_ENUM(Column)

    explicit PaperListModel(QObject *parent = nullptr);

    // `sorted`: the rows are already in sortColumn()/sortOrder() (sorted on a worker thread).
    void setRows(QList<PaperRow> rows, bool sorted = false);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    static void sortRows(QList<PaperRow> &rows, int column, Qt::SortOrder order);
    const PaperRow *rowFor(const QString &arxivId) const;
    int starredCount() const { return m_starredCount; }
    QModelIndex indexOf(const QString &arxivId, int column = TitleColumn) const;

    // Keeps the rows in step with marks the library already stored.
    void setStarred(const QString &arxivId, bool starred);
    void setRead(const QString &arxivId, bool read);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Sorts the rows themselves: comparing plain structs is many times faster than a proxy
    // comparing QVariants, which matters at 100,000 rows. Ties fall back the way a reader
    // expects: equal votes by newer day, then by title.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void emitRowChanged(int row, const QList<int> &roles);

    void sortRows();
    void indexRows();

    QList<PaperRow> m_rows;
    int m_sortColumn = VotesColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QHash<QString, int> m_rowById;
    int m_starredCount = 0;
};
