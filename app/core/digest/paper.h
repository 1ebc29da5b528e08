#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// One top-level bullet of a paper's summary. `text` is canonical markdown (inline markup and
// nested lists kept) so the detail pane can render it and exports can write it back.
struct PaperSection
{
    QString label;
    QString text;

    friend bool operator==(const PaperSection &a, const PaperSection &b)
    {
        return a.label == b.label && a.text == b.text;
    }
};

// A paper as one digest day presents it.
struct ParsedPaper
{
    QString arxivId;
    QString title;
    QUrl url;
    QDate date;
    std::optional<int> votes;
    QStringList authors;
    QUrl thumbnailUrl;
    QList<PaperSection> sections;
    int line = 0; // line of the paper's heading in its file
};

struct ParseWarning
{
    QString file;
    int line = 0; // 0 when the warning is about the whole file
    QString message;

    QString toString() const;
};

struct ParsedDigest
{
    QString sourceFile;
    QList<QDate> days;
    QList<ParsedPaper> papers;
    QList<ParseWarning> warnings;

    // A file counts as a digest when it has at least one "Daily Papers (date)" section.
    bool isDigest() const { return !days.isEmpty(); }
};
