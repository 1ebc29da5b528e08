#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A digest's bytes made ready for md4c: UTF-8 without a byte order mark, with a map from byte
// offsets to line numbers for warnings.
class SourceText final
{
public:
    struct Problem
    {
        int line = 0; // 0: the whole file
        QString message;
    };

    // Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; invalid UTF-8 is repaired
    // with U+FFFD and reported. Binary data is refused.
    static SourceText fromBytes(const QByteArray &bytes);

    bool isText() const { return m_isText; }
    const QByteArray &utf8() const { return m_utf8; }
    // Why the text was refused or repaired; empty when it was clean.
    const QList<Problem> &problems() const { return m_problems; }

    // 1-based line of a pointer into utf8(); 0 for pointers outside it.
    int lineOf(const char *position) const;

    // Backslash-escapes the first character of a line (after its indentation), so that, for
    // example, a code fence that is never closed reads as text.
    void escapeLine(int line);

private:
    void indexLines();

    QByteArray m_utf8;
    QList<Problem> m_problems;
    QList<qsizetype> m_lineStarts;
    bool m_isText = true;
};
