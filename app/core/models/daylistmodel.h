#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QPair>

#include <optional>

// The day navigator: All days, This week, then every digest day newest first, each with its
// paper count, as the papers site is browsed by day.
class DayListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayListModel)

public:
    enum class Kind { AllDays, ThisWeek, Day };
    struct Range
    {
        QDate first;
        QDate last;
    };

    explicit DayListModel(QObject *parent = nullptr);

    // `days`: digest days with their counts, newest first; `weekCount`: papers of this week.
    void setDays(QList<QPair<QDate, int>> days, int totalPapers, int weekCount);
    // "Today" comes from here so that tests and the week stay put.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    Range thisWeek() const { return {today().addDays(-6), today()}; }

    Kind kindAt(int row) const;
    // The days a row stands for; nullopt for All days.
    std::optional<Range> rangeAt(int row) const;
    int rowOfDay(const QDate &day) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    static constexpr int fixedRows = 2;
    QList<QPair<QDate, int>> m_days;
    int m_total = 0;
    int m_week = 0;
    QDate m_today;
};
