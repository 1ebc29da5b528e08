#include "itembackground.h"

#include <QApplication>
#include <QStyle>

void paintItemBackground(QPainter *painter, const QStyleOptionViewItem &styledOption)
{
    QStyleOptionViewItem background = styledOption;
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = styledOption.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
}
