#pragma once

#include "paper.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Reads daily-papers digests: md4c turns the markdown into events, and the parser keeps the
// papers found under "## Daily Papers (YYYY-MM-DD)" sections. Nothing in a digest stops a
// parse: whatever cannot be read becomes a warning with its file and line.
class DigestParser final
{
public:
    // Larger files are refused with a warning rather than read into memory.
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
    // Real digests hold tens of papers a day; past this a file is hostile, not a digest.
    static constexpr int MaxPapersPerFile = 20000;

    static ParsedDigest parse(const QByteArray &bytes, const QString &sourceName);
    static ParsedDigest parseFile(const QString &path);

    // The file's bytes, or nullopt with the reason in `problem` (unreadable, too large).
    static std::optional<QByteArray> readFile(const QString &path, ParseWarning &problem);
};
