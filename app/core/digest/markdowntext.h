#pragma once

#include <QByteArrayView>
#include <QString>

// Small markdown helpers shared by the parser, the exporters and the detail pane.
namespace MarkdownText {

// The md4c dialect every part of the app parses digests with: CommonMark plus $math$ spans,
// so LaTeX in titles is kept as written instead of turning "_" or "*" into emphasis. Bare
// urls stay text: md4c's permissive autolinks would swallow the Korean word after a url.
unsigned parserFlags();

// Decodes one HTML entity as md4c reports it ("&amp;", "&#233;", "&eacute;"); an unknown
// entity stays as written.
QString decodeEntity(QByteArrayView entity);

// Backslash-escapes what would otherwise be read as markup; `atLineStart` also guards
// block markers (#, >, -, +, 1.) that would start a heading, quote or list.
QString escapeInline(const QString &text, bool atLineStart);

// Escapes only what would make `text` start a block when it begins a line.
QString escapeLineStart(const QString &text);

// Renders markdown to plain text: markup dropped, escapes and entities resolved.
QString toPlainText(const QString &markdown);

// Renders markdown to HTML with every raw HTML tag shown as text, never as markup.
QString toSafeHtml(const QString &markdown);

} // namespace MarkdownText
