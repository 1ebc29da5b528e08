#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The metadata lines of a paper ("Vote: 12", "Authors: A, B and C") and its media links, read
// from plain text the way people write them rather than one exact spelling.
namespace PaperFields {

enum class Kind { Votes, Authors };

struct Field
{
    Kind kind;
    QString value;
};

// "Vote: 3", "Votes - 3", "Upvotes: 3", "Authors: ...", "Author: ..."; nullopt for other lines.
std::optional<Field> parseLine(const QString &line);

struct Votes
{
    std::optional<int> count;
    bool isPlaceholder = false; // "-", "N/A" or nothing: no votes, and nothing to warn about
};
Votes parseVotes(const QString &value);

// Splits on commas, semicolons and a final "and"/"&"; drops "et al.", stray markup, the "+"
// that marks omitted authors, and repeats of a name.
QStringList parseAuthors(const QString &value);

// A link that stands for the paper's video: a video file, or link text that says so.
bool isVideoLink(const QUrl &href, const QString &text);

// A bare video url written as plain text on a line, e.g. "[Watch Video]https://.../a.mp4".
QUrl bareVideoUrl(const QString &line);

} // namespace PaperFields
