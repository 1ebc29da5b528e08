#pragma once

#include "database.h"
#include "digest/paper.h"
#include "paperrecord.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

struct ImportSummary
{
    int added = 0;              // papers new to the library
    int updated = 0;            // known papers with a new appearance or changed content
    int unchanged = 0;          // papers exactly as the library had them
    bool fileUnchanged = false; // the same bytes were imported before: nothing was read

    ImportSummary &operator+=(const ImportSummary &other);
};

// The papers of one library file and the user's marks on them. Every method runs on the
// thread that created the object, with its own connection.
class Library final
{
    Q_DISABLE_COPY_MOVE(Library)

public:
    explicit Library(const QString &path);

    bool open();
    const QString &lastError() const { return m_db.lastError(); }
    const QString &path() const { return m_db.path(); }
    bool isReadOnly() const { return m_db.isReadOnly(); }

    // Stores one parsed digest in one transaction; on failure the library is as it was.
    std::optional<ImportSummary> importDigest(const ParsedDigest &digest,
                                              const QByteArray &contentHash = {});
    // True when this exact content of the file was imported before.
    bool isAlreadyImported(const QString &sourceFile, const QByteArray &contentHash);

    bool isEmpty();
    bool hasMorePapersThan(int count);
    int paperCount();
    QList<PaperRow> paperRows();
    std::optional<PaperRecord> paper(const QString &arxivId);
    QList<PaperRecord> papers(bool starredOnly = false);

    // Indexes the papers that imports changed since the last update; search() does it too.
    // `cancel` stops it between batches; what is left stays pending.
    bool updateSearchIndex(const std::atomic_bool *cancel = nullptr);
    // Papers whose title, authors or summary contain every term (SearchText rules).
    std::optional<QStringList> search(const QString &query);
    // The same, as paper ids (the index's own keys: no lookup of arXiv ids).
    std::optional<QList<qint64>> searchPaperIds(const QString &query);
    // Digest days with their paper counts, newest first.
    QList<QPair<QDate, int>> dayCounts();
    // Papers that appeared on any day from `first` to `last`, inclusive.
    QStringList papersBetween(const QDate &first, const QDate &last);
    QList<qint64> paperIdsBetween(const QDate &first, const QDate &last);

    bool setStarred(const QStringList &arxivIds, bool starred);
    bool setRead(const QStringList &arxivIds, bool read);
    bool setAllRead();
    // Which of `arxivIds` the library knows as papers.
    QStringList knownPapers(const QStringList &arxivIds);

    // Folders imported recursively and watched for new or changed digests.
    QStringList folders();
    bool addFolder(const QString &path);
    // Forgets the folder and the papers that came only from it, except starred ones.
    // Returns how many papers were removed, or nullopt on failure.
    std::optional<int> removeFolder(const QString &path);

private:
    enum class Change { Added, Updated, Unchanged, Failed };
    Change storePaper(const ParsedPaper &paper, const QString &sourceFile);
    bool replaceContent(qint64 paperId, const ParsedPaper &paper);
    bool refreshLatest(qint64 paperId);
    bool markForSearch(qint64 paperId);
    bool indexBatch(); // the papers in temp.search_batch, inside the caller's transaction
    // The index's trigrams that start with a two-character `prefix`.
    std::optional<QStringList> trigramsStartingWith(const QString &prefix);
    // Calls `take` with each match's paper id or arXiv id; false if the query failed.
    bool searchMatches(const QString &query, bool paperIds,
                       const std::function<void(const QVariant &)> &take);
    bool runMaintenance();
    bool rebuildSearchIndex();
    bool loadDetails(PaperRecord &record, qint64 paperId);
    bool setMark(const QString &table, const QString &timeColumn, const QStringList &arxivIds,
                 bool on);

    Database m_db;
};
