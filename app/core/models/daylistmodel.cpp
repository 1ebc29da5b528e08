#include "daylistmodel.h"

#include "itemroles.h"

#include <QLocale>

DayListModel::DayListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void DayListModel::setDays(QList<QPair<QDate, int>> days, int totalPapers, int weekCount)
{
    // A layout change, not a reset: the chosen day stays chosen when an import adds days, so
    // the paper list is not refiltered twice (once to nothing, once back).
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<QDate> dates;
    dates.reserve(before.size());
    for (const QModelIndex &index : before)
        dates.append(kindAt(index.row()) == Kind::Day ? m_days.at(index.row() - fixedRows).first
                                                      : QDate());
    m_days = std::move(days);
    m_total = totalPapers;
    m_week = weekCount;
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int row = dates.at(i).isValid() ? rowOfDay(dates.at(i)) : before.at(i).row();
        after.append(row >= 0 ? index(row) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

DayListModel::Kind DayListModel::kindAt(int row) const
{
    return row == 0 ? Kind::AllDays : (row == 1 ? Kind::ThisWeek : Kind::Day);
}

std::optional<DayListModel::Range> DayListModel::rangeAt(int row) const
{
    switch (kindAt(row)) {
    case Kind::AllDays:
        return std::nullopt;
    case Kind::ThisWeek:
        return thisWeek();
    case Kind::Day:
        break;
    }
    if (row - fixedRows >= m_days.size())
        return std::nullopt;
    const QDate day = m_days.at(row - fixedRows).first;
    return Range{day, day};
}

int DayListModel::rowOfDay(const QDate &day) const
{
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days.at(i).first == day)
            return i + fixedRows;
    }
    return -1;
}

int DayListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size()) + fixedRows;
}

QVariant DayListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Kind kind = kindAt(row);
    const int count = kind == Kind::AllDays    ? m_total
                      : kind == Kind::ThisWeek ? m_week
                                               : m_days.at(row - fixedRows).second;
    switch (role) {
    case Qt::DisplayRole: {
        QString name;
        if (kind == Kind::AllDays)
            name = tr("All days");
        else if (kind == Kind::ThisWeek)
            name = tr("This week");
        else
            name = QLocale().toString(m_days.at(row - fixedRows).first,
                                      QStringLiteral("ddd d MMM yyyy"));
        return QStringLiteral("%1  ·  %2").arg(name).arg(count);
    }
    case Qt::ToolTipRole:
        return tr("%n paper(s)", nullptr, count);
    case ItemRoles::DateRole:
        return kind == Kind::Day ? QVariant(m_days.at(row - fixedRows).first) : QVariant();
    case Qt::FontRole:
        return {};
    default:
        return {};
    }
}
