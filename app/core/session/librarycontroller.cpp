#include "librarycontroller.h"

#include "import/digestimporter.h"
#include "import/folderwatcher.h"
#include "library/library.h"
#include "models/daylistmodel.h"
#include "models/paperlistmodel.h"
#include "search/papersearch.h"
#include "workerpools.h"

#include <QDir>

#include <QFileInfo>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

LibraryController::LibraryController(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(libraryPath))
    , m_model(new PaperListModel(this))
    , m_days(new DayListModel(this))
    , m_search(new PaperSearch(m_path, this))
    , m_importJob(new ImportJob(m_path, this))
    , m_watcher(new FolderWatcher(this))
{
    connect(m_importJob, &ImportJob::progressChanged, this, &LibraryController::importProgress);
    connect(m_importJob, &ImportJob::finished, this, &LibraryController::finishImport);
    connect(m_watcher, &FolderWatcher::foldersChanged, this, &LibraryController::importPaths);
}

LibraryController::~LibraryController()
{
    m_stopIndexing->store(true);
    // Each file is its own transaction: stopping now keeps every file already read.
    m_importJob->cancel();
    m_importJob->waitForFinished();
}

QString LibraryController::samplePath()
{
    return QStringLiteral(":/sample/sample-digest.md");
}

bool LibraryController::open()
{
    auto library = std::make_unique<Library>(m_path);
    if (!library->open()) {
        m_lastError = library->lastError();
        return false;
    }
    m_library = std::move(library);
    m_watcher->setFolders(m_library->folders());
    // A small library is read before the window paints, at once; a big one after the first
    // paint, so the window is there in the time of an empty one.
    if (!m_library->hasMorePapersThan(loadAtOnceUpTo)) {
        reload();
        indexInBackground();
    } else {
        // The index catch-up waits for the rows: both at once would slow the first paint.
        loadInBackground([this] { indexInBackground(); });
    }
    return true;
}

void LibraryController::indexInBackground()
{
    // Papers an interrupted import or a schema upgrade left out of the search index. A search
    // would index them first; doing it now keeps that first search quick.
    if (m_library->isReadOnly())
        return;
    WorkerPools::longJobs()->start([path = m_path, stop = m_stopIndexing] {
        Library library(path);
        if (library.open())
            library.updateSearchIndex(stop.get());
    });
}

bool LibraryController::isReadOnly() const
{
    return m_library && m_library->isReadOnly();
}

LibraryController::Snapshot
LibraryController::readSnapshot(Library &library, const QDate &weekStart, const QDate &weekEnd,
                                const PaperListModel::SortedRows &previous)
{
    Snapshot snapshot;
    snapshot.rows = PaperListModel::sortedRows(library.paperRows(), previous.sortColumn,
                                               previous.sortOrder, previous);
    snapshot.days = library.dayCounts();
    snapshot.weekCount = int(library.paperIdsBetween(weekStart, weekEnd).size());
    snapshot.ok = true;
    return snapshot;
}

void LibraryController::applySnapshot(Snapshot snapshot)
{
    m_model->setRows(std::move(snapshot.rows));
    m_days->setDays(std::move(snapshot.days), m_model->paperCount(), snapshot.weekCount);
    Q_EMIT reloaded();
}

void LibraryController::reloadSoon()
{
    if (m_model->paperCount() > loadAtOnceUpTo)
        loadInBackground({});
    else
        reload();
}

void LibraryController::reload()
{
    if (!m_library)
        return;
    const DayListModel::Range week = m_days->thisWeek();
    applySnapshot(readSnapshot(*m_library, week.first, week.last, m_model->currentRows()));
}

bool LibraryController::importSampleIfEmpty()
{
    if (!m_library || !m_library->isEmpty() || m_library->isReadOnly())
        return false;
    DigestImporter importer(*m_library);
    const ImportReport report = importer.importFiles({samplePath()});
    reload();
    return report.filesImported == 1;
}

std::optional<PaperRecord> LibraryController::paper(const QString &arxivId)
{
    if (!m_library)
        return std::nullopt;
    std::optional<PaperRecord> record = m_library->paper(arxivId);
    if (!record)
        m_lastError = m_library->lastError();
    return record;
}

QList<PaperRecord> LibraryController::papers(bool starredOnly)
{
    return m_library ? m_library->papers(starredOnly) : QList<PaperRecord>();
}

bool LibraryController::failWrite()
{
    m_lastError = m_library ? m_library->lastError() : QStringLiteral("no library is open");
    Q_EMIT writeFailed(m_lastError);
    return false;
}

bool LibraryController::setStarred(const QString &arxivId, bool starred)
{
    if (!m_library || !m_library->setStarred({arxivId}, starred))
        return failWrite();
    m_model->setStarred(arxivId, starred);
    Q_EMIT paperChanged(arxivId);
    return true;
}

bool LibraryController::toggleStar(const QString &arxivId)
{
    const PaperRow *row = m_model->rowFor(arxivId);
    return row && setStarred(arxivId, !row->starred);
}

bool LibraryController::setRead(const QString &arxivId, bool read)
{
    if (!m_library || !m_library->setRead({arxivId}, read))
        return failWrite();
    m_model->setRead(arxivId, read);
    Q_EMIT paperChanged(arxivId);
    return true;
}

bool LibraryController::markAllRead()
{
    if (!m_library)
        return failWrite();
    // The rows change in place: reading 100,000 of them again would hold up the window.
    const auto markRows = [this] {
        m_model->setAllRead();
        Q_EMIT reloaded();
    };
    if (m_model->paperCount() <= loadAtOnceUpTo) {
        if (!m_library->setAllRead())
            return failWrite();
        markRows();
        return true;
    }
    // Writing 100,000 read marks takes half a second: on a worker with its own connection; the
    // rows turn read once the marks are stored, and a failure is reported like any other.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, markRows] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            m_lastError = error;
            Q_EMIT writeFailed(error);
            return;
        }
        markRows();
    });
    watcher->setFuture(QtConcurrent::run(WorkerPools::longJobs(), [path = m_path] {
        Library library(path);
        if (!library.open() || !library.setAllRead())
            return library.lastError();
        return QString();
    }));
    return true;
}

bool LibraryController::importPaths(const QStringList &paths)
{
    if (paths.isEmpty() || !m_library)
        return false;
    if (m_importJob->isRunning()) {
        for (const QString &path : paths) {
            if (!m_pendingImports.contains(path))
                m_pendingImports.append(path);
        }
        return true;
    }
    if (!m_importJob->start(paths))
        return false;
    Q_EMIT importStarted();
    return true;
}

void LibraryController::finishImport(const ImportReport &report)
{
    loadInBackground([this, report] {
        Q_EMIT importFinished(report);
        if (!m_pendingImports.isEmpty())
            importPaths(std::exchange(m_pendingImports, {}));
    });
}

void LibraryController::loadInBackground(const std::function<void()> &then)
{
    // Reading 100,000 rows takes longer than a frame: do it on a worker with its own
    // connection, and hand the rows to the model in one step.
    const QString path = m_path;
    const DayListModel::Range week = m_days->thisWeek();
    // The rows now, in the order now: shared with the worker, not copied.
    const PaperListModel::SortedRows previous = m_model->currentRows();
    m_loading = true;
    auto *watcher = new QFutureWatcher<Snapshot>(this);
    connect(watcher, &QFutureWatcher<Snapshot>::finished, this, [this, watcher, then] {
        watcher->deleteLater();
        m_loading = false;
        Snapshot snapshot = watcher->result();
        if (snapshot.ok)
            applySnapshot(std::move(snapshot));
        else
            reload();
        if (then)
            then();
    });
    watcher->setFuture(QtConcurrent::run(WorkerPools::longJobs(), [path, week, previous] {
        Library library(path);
        if (!library.open())
            return Snapshot{};
        // Sorted and indexed here too: the GUI thread only swaps the rows in.
        return readSnapshot(library, week.first, week.last, previous);
    }));
}

std::optional<QList<qint64>> LibraryController::papersForDayRow(int row)
{
    const std::optional<DayListModel::Range> range = m_days->rangeAt(row);
    if (!range || !m_library)
        return std::nullopt;
    return m_library->paperIdsBetween(range->first, range->last);
}

QStringList LibraryController::folders()
{
    return m_library ? m_library->folders() : QStringList();
}

bool LibraryController::addFolder(const QString &folder)
{
    const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (!m_library || !m_library->addFolder(path))
        return failWrite();
    m_watcher->setFolders(m_library->folders());
    return importPaths({path});
}

std::optional<int> LibraryController::removeFolder(const QString &folder)
{
    if (!m_library)
        return std::nullopt;
    const std::optional<int> removed = m_library->removeFolder(folder);
    if (!removed) {
        failWrite();
        return std::nullopt;
    }
    m_watcher->setFolders(m_library->folders());
    reloadSoon();
    return removed;
}
