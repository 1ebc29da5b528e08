#pragma once

#include <QSortFilterProxyModel>

// Sorts the paper list by any column with the ties a reader expects: equal votes fall back
// to the newer day, then to the title.
class PaperSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperSortProxy)

public:
    explicit PaperSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
