#include "stardelegate.h"

#include "itembackground.h"
#include "models/itemroles.h"

#include <QMouseEvent>
#include <QPainter>

StarDelegate::StarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_filled(QStringLiteral(":/icons/star-filled.svg"))
    , m_outline(QStringLiteral(":/icons/star-outline.svg"))
{}

void StarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem styled = option;
    initStyleOption(&styled, index);
    paintItemBackground(painter, styled);

    const bool starred = index.data(ItemRoles::StarredRole).toBool();
    const int side = qMin(option.rect.height() - 4, 18);
    const QRect target(option.rect.center().x() - side / 2, option.rect.center().y() - side / 2,
                       side, side);
    (starred ? m_filled : m_outline).paint(painter, target);
}

QSize StarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {28, qMax(base.height(), 22)};
}

bool StarDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                               const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton &&
            option.rect.contains(mouse->position().toPoint())) {
            Q_EMIT starClicked(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
