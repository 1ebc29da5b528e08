#include "sourcetext.h"

#include <QStringDecoder>

#include <algorithm>

namespace {

bool looksBinary(const QByteArray &bytes)
{
    // A NUL in the first block marks a binary file (image, archive); text never has one.
    return bytes.left(8192).contains('\0');
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
            source.m_problem = QStringLiteral("the UTF-16 text has invalid characters");
    } else if (looksBinary(bytes)) {
        source.m_isText = false;
        source.m_problem = QStringLiteral("not a text file");
        return source;
    } else {
        const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        source.m_utf8 = bytes.mid(bom);
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(source.m_utf8);
        if (decoder.hasError()) {
            source.m_utf8 = text.toUtf8();
            source.m_problem =
                QStringLiteral("the file is not valid UTF-8; unreadable bytes were replaced");
        }
    }
    source.m_lineStarts.append(0);
    const char *data = source.m_utf8.constData();
    for (qsizetype i = 0; i < source.m_utf8.size(); ++i) {
        if (data[i] == '\n')
            source.m_lineStarts.append(i + 1);
    }
    return source;
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
