#pragma once

#include <md4c.h>

#include <QList>
#include <QString>

// Markdown written twice in step: with every markup character in the text escaped, and with
// only line-start block markers escaped (how people write it). The plain form is used
// whenever it reads back the same.
class DualMarkdown final
{
public:
    DualMarkdown &operator+=(const QString &structure)
    {
        m_escaped += structure;
        m_plain += structure;
        return *this;
    }
    DualMarkdown &operator+=(QChar structure)
    {
        m_escaped += structure;
        m_plain += structure;
        return *this;
    }
    void appendText(const QString &escaped, const QString &plain)
    {
        m_escaped += escaped;
        m_plain += plain;
    }
    // Markup is identical in both forms, so suffix checks on one hold for the other.
    bool isEmpty() const { return m_escaped.isEmpty(); }
    bool endsWith(QChar c) const { return m_escaped.endsWith(c); }
    bool endsWith(const QString &s) const { return m_escaped.endsWith(s); }
    void chop(qsizetype n)
    {
        m_escaped.chop(n);
        m_plain.chop(n);
    }

    struct Position
    {
        qsizetype escaped = -1;
        qsizetype plain = -1;
    };
    Position position() const { return {m_escaped.size(), m_plain.size()}; }
    const QString &escaped() const { return m_escaped; }
    const QString &plain() const { return m_plain; }

private:
    QString m_escaped;
    QString m_plain;
};

// Writes the md4c events of one container (a list item, a paragraph) back out as canonical
// CommonMark: inline markup, links, code and nested lists survive, and escapes are re-applied
// where the text would otherwise read as markup.
class MarkdownWriter final
{
public:
    void enterBlock(MD_BLOCKTYPE type, const void *detail);
    void leaveBlock(MD_BLOCKTYPE type, const void *detail);
    void enterSpan(MD_SPANTYPE type, const void *detail);
    void leaveSpan(MD_SPANTYPE type, const void *detail);
    void text(MD_TEXTTYPE type, const char *text, unsigned size);

    DualMarkdown::Position position();
    // The markdown from `from` on, in the least-escaped form that reads back the same.
    QString markdown(DualMarkdown::Position from = {0, 0});

private:
    void startLine();
    void separateBlock();
    void appendRaw(const QString &text);
    void flushText();

    static constexpr qsizetype maxIndent = 64;

    struct ListLevel
    {
        bool ordered = false;
        unsigned next = 1;
        char delimiter = '.';
        char bullet = '-';
    };

    DualMarkdown m_out;
    QString m_pendingText; // consecutive text chunks, escaped as one run
    QString m_indent;
    QList<qsizetype> m_indentStack;
    QList<ListLevel> m_lists;
    QList<QString> m_linkTargets;
    QString m_codeSpan;
    bool m_inCodeSpan = false;
    bool m_atLineStart = true;
};

// Attribute text (link href, image src) with entities resolved.
QString attributeText(const MD_ATTRIBUTE &attribute);
