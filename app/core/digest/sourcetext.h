#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A digest's bytes made ready for md4c: UTF-8 without a byte order mark, with a map from byte
// offsets to line numbers for warnings.
class SourceText final
{
public:
    // Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; invalid UTF-8 is repaired
    // with U+FFFD and reported. Binary data is refused.
    static SourceText fromBytes(const QByteArray &bytes);

    bool isText() const { return m_isText; }
    const QByteArray &utf8() const { return m_utf8; }
    // Why the text was refused or repaired; empty when it was clean.
    const QString &problem() const { return m_problem; }

    // 1-based line of a pointer into utf8(); 0 for pointers outside it.
    int lineOf(const char *position) const;

private:
    QByteArray m_utf8;
    QString m_problem;
    QList<qsizetype> m_lineStarts;
    bool m_isText = true;
};
