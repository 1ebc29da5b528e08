#pragma once

#include "library/paperrecord.h"

#include <QSize>
#include <QString>
#include <QUrl>

// The detail pane's page for one paper: safe HTML (digest text is data: raw HTML in it is
// escaped, never rendered) that QTextBrowser's rich-text subset displays well. Colours come
// from the view's style sheet (classes "meta" and "label"), so light and dark themes both work.
namespace PaperHtml {

// With a valid `imageSize`, the page starts with the image resource imageUrl() at that size.
QString render(const PaperRecord &paper, const QSize &imageSize = {});
QUrl imageUrl();

// The detail page's star toggle links here; the window handles it, nothing is opened.
QUrl starActionUrl();
QUrl copyBibtexUrl();

// Text with every character that HTML treats specially escaped.
QString escaped(const QString &text);

} // namespace PaperHtml
