#pragma once

#include "digest/paper.h"
#include "library/library.h"

#include <QStringList>

#include <atomic>
#include <functional>

struct ImportReport
{
    ImportSummary papers;
    QList<ParseWarning> warnings;
    int filesImported = 0;  // digests whose papers are now in the library
    int filesUnchanged = 0; // digests imported before with the same content
    int filesFailed = 0;    // unreadable files, files that are not digests, failed writes
    bool cancelled = false;
    QString libraryError; // set when the library refused a write

    // Whether anything at all could be read: the command line's exit status.
    bool readAnything() const { return filesImported + filesUnchanged > 0; }
};

// Brings digest files into a library: finds them, parses each and stores each in its own
// transaction, so a bad file costs only itself. Runs on any thread that owns the Library.
class DigestImporter final
{
public:
    using Progress = std::function<void(int filesDone, int filesTotal, const QString &file)>;

    explicit DigestImporter(Library &library);

    // Files as given, and folders searched recursively for *.md (symlinked folders are not
    // followed, so a link loop cannot trap the search). Sorted, duplicates removed.
    static QStringList collectFiles(const QStringList &paths, QList<ParseWarning> *warnings);

    ImportReport importFiles(const QStringList &files, const Progress &progress = {},
                             const std::atomic_bool *cancel = nullptr);

private:
    Library &m_library;
};
