#pragma once

#include <QString>

// Simple LaTeX in titles ("M$^{2}$UGen", "$\sim$20 Seconds", "PanGu-$\pi$") shown as Unicode
// text. Only for display: search and exports keep what the digest wrote.
namespace LatexText {

QString toUnicode(const QString &text);

} // namespace LatexText
