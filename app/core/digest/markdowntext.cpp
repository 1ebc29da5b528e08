#include "markdowntext.h"

#include <md4c-html.h>
#include <md4c.h>

#include <QRegularExpression>

#include <algorithm>

namespace {

bool isEntityAt(const QString &text, qsizetype ampersand)
{
    static const QRegularExpression entity(
        QStringLiteral(R"(\G&(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)"));
    return entity
        .match(text, ampersand, QRegularExpression::NormalMatch,
               QRegularExpression::AnchorAtOffsetMatchOption)
        .hasMatch();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Index of the character that makes a line's start read as a block (heading, quote, list,
// thematic break, setext underline); -1 when the text is safe at the start of a line.
qsizetype blockMarkerAt(const QString &text)
{
    if (text.isEmpty())
        return -1;
    const QChar first = text.at(0);
    const auto spaceOrEndAt = [&text](qsizetype i) {
        return i >= text.size() || text.at(i) == u' ' || text.at(i) == u'\t';
    };
    if (first == u'>')
        return 0;
    if (first == u'#') {
        qsizetype hashes = 0;
        while (hashes < text.size() && text.at(hashes) == u'#')
            ++hashes;
        return hashes <= 6 && spaceOrEndAt(hashes) ? 0 : -1;
    }
    if ((first == u'-' || first == u'+' || first == u'*') && spaceOrEndAt(1))
        return 0;
    // A rule or a setext underline starts with one of these; the expression only checks those.
    const auto firstMark =
        std::find_if_not(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
    if (firstMark != text.cend() && QStringView(u"-*_=").contains(*firstMark)) {
        static const QRegularExpression ruleOrUnderline(
            QStringLiteral(R"(^(?:(?:[-*_]\s*){3,}|=+|-+)$)"));
        if (ruleOrUnderline.match(text.trimmed()).hasMatch())
            return 0;
    }
    qsizetype digits = 0;
    while (digits < text.size() && digits < 10 && text.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits <= 9 && digits < text.size() &&
        (text.at(digits) == u'.' || text.at(digits) == u')') && spaceOrEndAt(digits + 1))
        return digits;
    return -1;
}

void appendHtml(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, size);
}

struct PlainTextSink
{
    QString text;
};

int plainEnterBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *sink = static_cast<PlainTextSink *>(userdata);
    if (type != MD_BLOCK_DOC && !sink->text.isEmpty() && !sink->text.endsWith(u'\n'))
        sink->text += u'\n';
    return 0;
}

int plainSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}

int plainText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *sink = static_cast<PlainTextSink *>(userdata);
    switch (type) {
    case MD_TEXT_NULLCHAR:
        sink->text += QChar::ReplacementCharacter;
        break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        sink->text += u'\n';
        break;
    case MD_TEXT_ENTITY:
        sink->text += MarkdownText::decodeEntity(QByteArrayView(text, size));
        break;
    default:
        sink->text += QString::fromUtf8(text, size);
        break;
    }
    return 0;
}

} // namespace

namespace MarkdownText {

unsigned parserFlags()
{
    return MD_FLAG_LATEXMATHSPANS;
}

QString decodeEntity(QByteArrayView entity)
{
    const QString written = QString::fromUtf8(entity);
    if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';')
        return written;
    if (entity.at(1) == '#') {
        const bool hex = entity.size() > 3 && (entity.at(2) == 'x' || entity.at(2) == 'X');
        bool ok = false;
        const uint code =
            written.mid(hex ? 3 : 2, written.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        // CommonMark: code point 0 and invalid ones become U+FFFD.
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QString(QChar::ReplacementCharacter);
        const char32_t codePoint = code;
        return QString::fromUcs4(&codePoint, 1);
    }
    // Named entities: md4c-html owns the HTML5 entity table; let it resolve the name and
    // unescape the few characters its HTML output escapes again.
    QByteArray html;
    md_html(entity.data(), MD_SIZE(entity.size()), appendHtml, &html, 0, 0);
    QString decoded = QString::fromUtf8(html).trimmed();
    if (decoded.startsWith(u"<p>") && decoded.endsWith(u"</p>"))
        decoded = decoded.mid(3, decoded.size() - 7);
    decoded.replace(u"&quot;"_qs, u"\""_qs)
        .replace(u"&lt;"_qs, u"<"_qs)
        .replace(u"&gt;"_qs, u">"_qs)
        .replace(u"&amp;"_qs, u"&"_qs);
    return decoded.isEmpty() ? written : decoded;
}

QString escapeLineStart(const QString &text)
{
    const qsizetype markerAt = blockMarkerAt(text);
    if (markerAt < 0)
        return text;
    QString out = text;
    out.insert(markerAt, u'\\');
    return out;
}

QString escapeInline(const QString &text, bool atLineStart)
{
    QString out;
    out.reserve(text.size() + 8);
    const qsizetype markerAt = atLineStart ? blockMarkerAt(text) : -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        bool escape = (i == markerAt);
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'[':
        case u']':
        case u'<':
        case u'$':
            escape = true;
            break;
        case u'_': {
            // Intraword underscores never open emphasis; keep snake_case readable.
            const bool wordBefore = i > 0 && isWordChar(text.at(i - 1));
            const bool wordAfter = i + 1 < text.size() && isWordChar(text.at(i + 1));
            escape = escape || !(wordBefore && wordAfter);
            break;
        }
        case u'&':
            escape = escape || isEntityAt(text, i);
            break;
        default:
            break;
        }
        if (escape)
            out += u'\\';
        out += c;
    }
    return out;
}

QString toPlainText(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    PlainTextSink sink;
    MD_PARSER parser{};
    parser.flags = parserFlags();
    parser.enter_block = plainEnterBlock;
    parser.leave_block = [](MD_BLOCKTYPE, void *, void *) {
        return 0;
    };
    parser.enter_span = plainSpan;
    parser.leave_span = plainSpan;
    parser.text = plainText;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &sink);
    return sink.text.trimmed();
}

QString toSafeHtml(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    QByteArray html;
    md_html(utf8.constData(), MD_SIZE(utf8.size()), appendHtml, &html,
            parserFlags() | MD_FLAG_NOHTML, MD_HTML_FLAG_SKIP_UTF8_BOM);
    return QString::fromUtf8(html);
}

} // namespace MarkdownText
