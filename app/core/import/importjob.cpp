#include "importjob.h"

#include "workerpools.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

ImportJob::ImportJob(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
{
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this, [this] {
        m_busy = false;
        Q_EMIT finished(m_watcher.result());
    });
}

ImportJob::~ImportJob()
{
    cancel();
    waitForFinished();
}

bool ImportJob::start(const QStringList &paths)
{
    if (isRunning())
        return false;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // The destructor waits for the worker, so `job` outlives every call made with it.
    ImportJob *job = this;
    const auto cancel = m_cancel;
    const QString libraryPath = m_libraryPath;
    m_watcher.setFuture(QtConcurrent::run(
        WorkerPools::longJobs(), [job, cancel, libraryPath, paths]() -> ImportReport {
            ImportReport report;
            const QStringList files = DigestImporter::collectFiles(paths, &report.warnings);
            Library library(libraryPath);
            if (!library.open()) {
                report.libraryError = library.lastError();
                report.filesFailed = int(files.size());
                return report;
            }
            DigestImporter importer(library);
            // A few updates a second are plenty: the progress bar and status bar repaint at once
            // (synchronously) on each one, which cost the window frames on folders of small files.
            QElapsedTimer sinceReport;
            const auto progress = [job, &sinceReport](int done, int total, const QString &file) {
                constexpr qint64 reportEveryMs = 100;
                if (sinceReport.isValid() && sinceReport.elapsed() < reportEveryMs && done < total)
                    return;
                sinceReport.start();
                QMetaObject::invokeMethod(
                    job,
                    [job, done, total, file] { Q_EMIT job->progressChanged(done, total, file); },
                    Qt::QueuedConnection);
            };
            ImportReport result = importer.importFiles(files, progress, cancel.get());
            result.warnings = report.warnings + result.warnings;
            return result;
        }));
    return true;
}

bool ImportJob::isRunning() const
{
    // Until its result is delivered, not only until the worker returns: starting another
    // import in between would replace the watcher's future and lose that result.
    return m_busy;
}

void ImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportJob::waitForFinished()
{
    m_watcher.waitForFinished();
}
