#include "markdownwriter.h"

#include "markdowntext.h"

namespace {

QString linkDestination(const QString &href)
{
    const bool needsBrackets =
        href.isEmpty() || href.contains(u' ') || href.contains(u'(') || href.contains(u')');
    if (!needsBrackets)
        return href;
    QString escaped = href;
    escaped.replace(u'<', QStringLiteral("%3C")).replace(u'>', QStringLiteral("%3E"));
    return u'<' + escaped + u'>';
}

QString codeSpan(const QString &code)
{
    // The fence must be longer than any backtick run inside the code.
    int longestRun = 0;
    int run = 0;
    for (const QChar c : code) {
        run = (c == u'`') ? run + 1 : 0;
        longestRun = qMax(longestRun, run);
    }
    const QString fence(longestRun + 1, u'`');
    const bool pad = code.startsWith(u'`') || code.endsWith(u'`') ||
                     (code.startsWith(u' ') && code.endsWith(u' ') && !code.trimmed().isEmpty());
    return pad ? QString(fence + u' ' + code + u' ' + fence) : QString(fence + code + fence);
}

} // namespace

QString attributeText(const MD_ATTRIBUTE &attribute)
{
    // md4c leaves an absent attribute (a fence with no info string) without offsets.
    if (attribute.size == 0 || !attribute.substr_offsets || !attribute.substr_types)
        return {};
    QString result;
    for (unsigned i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET begin = attribute.substr_offsets[i];
        const MD_OFFSET end = attribute.substr_offsets[i + 1];
        const QByteArrayView piece(attribute.text + begin, end - begin);
        switch (attribute.substr_types[i]) {
        case MD_TEXT_ENTITY:
            result += MarkdownText::decodeEntity(piece);
            break;
        case MD_TEXT_NULLCHAR:
            result += QChar::ReplacementCharacter;
            break;
        default:
            result += QString::fromUtf8(piece);
            break;
        }
    }
    return result;
}

DualMarkdown::Position MarkdownWriter::position()
{
    flushText();
    return m_out.position();
}

QString MarkdownWriter::markdown(DualMarkdown::Position from)
{
    flushText();
    const QString escaped = m_out.escaped().mid(from.escaped);
    const QString plain = m_out.plain().mid(from.plain);
    if (plain == escaped || MarkdownText::toPlainText(plain) == MarkdownText::toPlainText(escaped))
        return plain;
    return escaped;
}

void MarkdownWriter::flushText()
{
    if (m_pendingText.isEmpty())
        return;
    const QString text = m_pendingText;
    m_pendingText.clear();
    const bool lineStart = m_atLineStart;
    m_out.appendText(MarkdownText::escapeInline(text, lineStart),
                     lineStart ? MarkdownText::escapeLineStart(text) : text);
    m_atLineStart = lineStart && text.trimmed().isEmpty();
}

void MarkdownWriter::startLine()
{
    if (!m_out.isEmpty()) {
        m_out += u'\n';
        m_out += m_indent;
    }
    m_atLineStart = true;
}

void MarkdownWriter::separateBlock()
{
    if (!m_out.isEmpty()) {
        m_out += u'\n';
        startLine();
    }
}

void MarkdownWriter::appendRaw(const QString &text)
{
    // Verbatim text (code blocks, raw HTML) keeps its lines, each under the current indent.
    QString indented = text;
    if (!m_indent.isEmpty())
        indented.replace(u'\n', u'\n' + m_indent);
    m_out += indented;
    m_atLineStart = m_out.endsWith(u'\n');
}

void MarkdownWriter::enterBlock(MD_BLOCKTYPE type, const void *detail)
{
    flushText();
    switch (type) {
    case MD_BLOCK_UL: {
        const auto *ul = static_cast<const MD_BLOCK_UL_DETAIL *>(detail);
        m_lists.append({false, 1, '.', ul->mark == '*' || ul->mark == '+' ? ul->mark : '-'});
        break;
    }
    case MD_BLOCK_OL: {
        const auto *ol = static_cast<const MD_BLOCK_OL_DETAIL *>(detail);
        m_lists.append({true, ol->start, ol->mark_delimiter == ')' ? ')' : '.', '-'});
        break;
    }
    case MD_BLOCK_LI: {
        startLine();
        QString marker;
        if (!m_lists.isEmpty() && m_lists.last().ordered) {
            ListLevel &level = m_lists.last();
            marker = QString::number(level.next++) + QLatin1Char(level.delimiter) + u' ';
        } else {
            marker = QLatin1Char(m_lists.isEmpty() ? '-' : m_lists.last().bullet) + u' ';
        }
        m_out += marker;
        m_indentStack.append(m_indent.size());
        // Deeper than any summary nests, lists stop indenting: a hostile file nesting 10,000
        // levels would otherwise cost memory by the square of its depth.
        if (m_indent.size() < maxIndent)
            m_indent += QString(marker.size(), u' ');
        m_atLineStart = false;
        break;
    }
    case MD_BLOCK_QUOTE:
        separateBlock();
        m_indentStack.append(m_indent.size());
        if (m_indent.size() < maxIndent)
            m_indent += QStringLiteral("> ");
        m_out += QStringLiteral("> ");
        break;
    case MD_BLOCK_CODE: {
        separateBlock();
        const auto *code = static_cast<const MD_BLOCK_CODE_DETAIL *>(detail);
        m_out += QStringLiteral("```") + attributeText(code->info).simplified();
        startLine();
        break;
    }
    case MD_BLOCK_HR:
        separateBlock();
        m_out += QStringLiteral("* * *");
        break;
    case MD_BLOCK_P:
    case MD_BLOCK_H:
    case MD_BLOCK_HTML:
        // A paragraph directly after a list marker belongs on the marker's line.
        if (!m_out.isEmpty() && !m_out.endsWith(u' '))
            separateBlock();
        break;
    default:
        break;
    }
}

void MarkdownWriter::leaveBlock(MD_BLOCKTYPE type, const void *)
{
    flushText();
    switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        if (!m_lists.isEmpty())
            m_lists.removeLast();
        break;
    case MD_BLOCK_LI:
    case MD_BLOCK_QUOTE:
        if (!m_indentStack.isEmpty())
            m_indent.truncate(m_indentStack.takeLast());
        break;
    case MD_BLOCK_CODE:
        // The code's last newline was followed by the indent already; close on that line.
        if (m_out.endsWith(u'\n' + m_indent))
            m_out.chop(m_indent.size());
        if (!m_out.endsWith(u'\n'))
            m_out += u'\n';
        m_out += m_indent + QStringLiteral("```");
        break;
    case MD_BLOCK_HTML:
        while (m_out.endsWith(u'\n'))
            m_out.chop(1);
        break;
    default:
        break;
    }
}

void MarkdownWriter::enterSpan(MD_SPANTYPE type, const void *detail)
{
    flushText();
    m_atLineStart = false;
    switch (type) {
    case MD_SPAN_EM:
        m_out += u'*';
        break;
    case MD_SPAN_STRONG:
        m_out += QStringLiteral("**");
        break;
    case MD_SPAN_DEL:
        m_out += QStringLiteral("~~");
        break;
    case MD_SPAN_A:
        m_out += u'[';
        m_linkTargets.append(attributeText(static_cast<const MD_SPAN_A_DETAIL *>(detail)->href));
        break;
    case MD_SPAN_IMG:
        m_out += QStringLiteral("![");
        m_linkTargets.append(attributeText(static_cast<const MD_SPAN_IMG_DETAIL *>(detail)->src));
        break;
    case MD_SPAN_CODE:
        m_inCodeSpan = true;
        m_codeSpan.clear();
        break;
    case MD_SPAN_LATEXMATH:
        m_out += u'$';
        break;
    case MD_SPAN_LATEXMATH_DISPLAY:
        m_out += QStringLiteral("$$");
        break;
    default:
        break;
    }
}

void MarkdownWriter::leaveSpan(MD_SPANTYPE type, const void *)
{
    flushText();
    switch (type) {
    case MD_SPAN_EM:
        m_out += u'*';
        break;
    case MD_SPAN_STRONG:
        m_out += QStringLiteral("**");
        break;
    case MD_SPAN_DEL:
        m_out += QStringLiteral("~~");
        break;
    case MD_SPAN_A:
    case MD_SPAN_IMG:
        m_out += QStringLiteral("](") +
                 linkDestination(m_linkTargets.isEmpty() ? QString() : m_linkTargets.takeLast()) +
                 u')';
        break;
    case MD_SPAN_CODE:
        m_inCodeSpan = false;
        m_out += codeSpan(m_codeSpan);
        break;
    case MD_SPAN_LATEXMATH:
        m_out += u'$';
        break;
    case MD_SPAN_LATEXMATH_DISPLAY:
        m_out += QStringLiteral("$$");
        break;
    default:
        break;
    }
}

void MarkdownWriter::text(MD_TEXTTYPE type, const char *text, unsigned size)
{
    const QByteArrayView bytes(text, size);
    if (m_inCodeSpan) {
        m_codeSpan += type == MD_TEXT_SOFTBR ? QStringLiteral(" ") : QString::fromUtf8(bytes);
        return;
    }
    switch (type) {
    case MD_TEXT_NORMAL:
        m_pendingText += QString::fromUtf8(bytes);
        return;
    default:
        break;
    }
    flushText();
    switch (type) {
    case MD_TEXT_NORMAL:
        break;
    case MD_TEXT_NULLCHAR:
        m_out += QChar::ReplacementCharacter;
        m_atLineStart = false;
        break;
    case MD_TEXT_BR:
        m_out += u'\\';
        startLine();
        break;
    case MD_TEXT_SOFTBR:
        startLine();
        break;
    case MD_TEXT_CODE:
    case MD_TEXT_HTML:
        appendRaw(QString::fromUtf8(bytes));
        break;
    case MD_TEXT_ENTITY:
    case MD_TEXT_LATEXMATH:
        m_out += QString::fromUtf8(bytes);
        m_atLineStart = false;
        break;
    }
}
