#include "sourcetext.h"

#include <QStringDecoder>

#include <algorithm>

namespace {

bool looksBinary(const QByteArray &bytes)
{
    // A NUL in the first block marks a binary file (image, archive); text never has one.
    return bytes.left(8192).contains('\0');
}

// Offset of the first byte that does not belong to a valid UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char lead = data[i];
        int length = 0;
        char32_t minimum = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        char32_t code = lead & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (data[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

int lineAtOffset(const QByteArray &bytes, qsizetype offset)
{
    return int(std::count(bytes.cbegin(), bytes.cbegin() + offset, '\n')) + 1;
}

} // namespace

SourceText SourceText::fromBytes(const QByteArray &bytes)
{
    SourceText source;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                            : QStringDecoder::Utf16BE);
        const QString text = decoder.decode(bytes.mid(2));
        source.m_utf8 = text.toUtf8();
        if (decoder.hasError())
            source.m_problems.append({0, QStringLiteral("the UTF-16 text has invalid characters")});
    } else if (looksBinary(bytes)) {
        source.m_isText = false;
        source.m_problems.append({0, QStringLiteral("not a text file")});
        return source;
    } else {
        const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        // An owned, NUL-terminated copy: the caller's bytes may be raw, unterminated data.
        source.m_utf8 = QByteArray(bytes.constData() + bom, bytes.size() - bom);
        const qsizetype invalid = firstInvalidUtf8(source.m_utf8);
        if (invalid >= 0) {
            source.m_problems.append(
                {lineAtOffset(source.m_utf8, invalid),
                 QStringLiteral("not valid UTF-8; unreadable bytes were replaced")});
            source.m_utf8 = QStringDecoder(QStringDecoder::Utf8)
                                .decode(source.m_utf8)
                                .
                                operator QString()
                                .toUtf8();
        }
    }
    source.indexLines();
    return source;
}

void SourceText::indexLines()
{
    m_lineStarts.clear();
    m_lineStarts.append(0);
    const char *data = m_utf8.constData();
    for (qsizetype i = 0; i < m_utf8.size(); ++i) {
        if (data[i] == '\n')
            m_lineStarts.append(i + 1);
    }
}

int SourceText::lineOf(const char *position) const
{
    const char *begin = m_utf8.constData();
    if (position < begin || position >= begin + m_utf8.size())
        return 0;
    const qsizetype offset = position - begin;
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    return int(next - m_lineStarts.cbegin());
}

void SourceText::escapeLine(int line)
{
    if (line < 1 || line > m_lineStarts.size())
        return;
    qsizetype at = m_lineStarts.at(line - 1);
    while (at < m_utf8.size() && (m_utf8.at(at) == ' ' || m_utf8.at(at) == '\t'))
        ++at;
    m_utf8.insert(at, '\\');
    indexLines();
}
