#pragma once

#include "import/importjob.h"
#include "library/paperrecord.h"
#include "models/paperlistmodel.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class DayListModel;
class FolderWatcher;
class Library;
class PaperSearch;

// One open library as the window uses it: the GUI thread's connection, the list model kept in
// step with every change, background imports and watched folders. No widgets, so tests drive
// it directly.
class LibraryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryController)

public:
    explicit LibraryController(QString libraryPath, QObject *parent = nullptr);
    ~LibraryController() override;

    bool open();
    bool isOpen() const { return m_library != nullptr; }
    bool isReadOnly() const;
    // True while rows are read on a worker (a big library just opened, or after an import).
    bool isLoading() const { return m_loading; }
    const QString &path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    PaperListModel *model() const { return m_model; }
    DayListModel *days() const { return m_days; }
    PaperSearch *search() const { return m_search; }
    // Papers that appeared within the day navigator's row `row`; nullopt for All days.
    std::optional<QList<qint64>> papersForDayRow(int row);
    ImportJob *importJob() const { return m_importJob; }
    FolderWatcher *folderWatcher() const { return m_watcher; }

    std::optional<PaperRecord> paper(const QString &arxivId);
    QList<PaperRecord> papers(bool starredOnly);
    // Shows the bundled sample when the library has no papers at all.
    bool importSampleIfEmpty();
    void reload();
    // reload() for a small library; a big one is read on a worker and swapped in after.
    void reloadSoon();

    bool setStarred(const QString &arxivId, bool starred);
    bool toggleStar(const QString &arxivId);
    bool setRead(const QString &arxivId, bool read);
    // For a big library the marks are written on a worker: true means started, and a failure
    // arrives as writeFailed().
    bool markAllRead();

    bool importPaths(const QStringList &paths);
    QStringList folders();
    bool addFolder(const QString &folder);
    std::optional<int> removeFolder(const QString &folder);

    static QString samplePath();

Q_SIGNALS:
    void reloaded();
    void paperChanged(const QString &arxivId);
    void importStarted();
    void importProgress(int filesDone, int filesTotal, const QString &file);
    void importFinished(const ImportReport &report);
    void writeFailed(const QString &message);

private:
    struct Snapshot
    {
        bool ok = false;
        PaperListModel::SortedRows rows;
        QList<QPair<QDate, int>> days;
        int weekCount = 0;
    };
    static Snapshot readSnapshot(Library &library, const QDate &weekStart, const QDate &weekEnd,
                                 const PaperListModel::SortedRows &previous);
    void applySnapshot(Snapshot snapshot);
    void finishImport(const ImportReport &report);
    void loadInBackground(const std::function<void()> &then);
    void indexInBackground();
    bool failWrite();

    // Up to this many papers, reading every row takes less than a frame or two.
    static constexpr int loadAtOnceUpTo = 5000;

    QString m_path;
    QString m_lastError;
    std::unique_ptr<Library> m_library;
    PaperListModel *m_model;
    DayListModel *m_days;
    PaperSearch *m_search;
    ImportJob *m_importJob;
    FolderWatcher *m_watcher;
    QStringList m_pendingImports; // asked for while another import ran
    bool m_loading = false;
    // Shared with the background indexer, which may outlive this controller by one batch.
    std::shared_ptr<std::atomic_bool> m_stopIndexing = std::make_shared<std::atomic_bool>(false);
};
