#pragma once

#include <QStyleOptionViewItem>

class QPainter;

// Draws a cell's background (selection, alternating rows, focus) the way the style does,
// without its text or icon, for delegates that paint their own content on top.
void paintItemBackground(QPainter *painter, const QStyleOptionViewItem &styledOption);
