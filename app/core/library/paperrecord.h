#pragma once

#include "digest/paper.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// One line of the paper list: small enough to keep 100,000 of them in memory.
struct PaperRow
{
    QString arxivId;
    QString title;
    QDate date; // the newest digest day the paper appeared on
    std::optional<int> votes;
    bool starred = false;
    bool read = false;
    QUrl thumbnailUrl;
    qint64 paperId = 0; // the library's key for the paper
};

struct Appearance
{
    QDate date;
    std::optional<int> votes;
    QString sourceFile;
};

// Everything the library knows about one paper, for the detail pane and exports.
struct PaperRecord
{
    QString arxivId;
    QString title;
    QUrl url;
    QUrl thumbnailUrl;
    QStringList authors;
    QList<PaperSection> sections;
    QList<Appearance> appearances; // oldest first
    bool starred = false;
    bool read = false;

    QDate latestDate() const { return appearances.isEmpty() ? QDate() : appearances.last().date; }
    std::optional<int> votes() const
    {
        return appearances.isEmpty() ? std::nullopt : appearances.last().votes;
    }
};
