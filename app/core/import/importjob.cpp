#include "importjob.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

ImportJob::ImportJob(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
{
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
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
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // The destructor waits for the worker, so `job` outlives every call made with it.
    ImportJob *job = this;
    const auto cancel = m_cancel;
    const QString libraryPath = m_libraryPath;
    m_watcher.setFuture(QtConcurrent::run([job, cancel, libraryPath, paths]() -> ImportReport {
        ImportReport report;
        const QStringList files = DigestImporter::collectFiles(paths, &report.warnings);
        Library library(libraryPath);
        if (!library.open()) {
            report.libraryError = library.lastError();
            report.filesFailed = int(files.size());
            return report;
        }
        DigestImporter importer(library);
        const auto progress = [job](int done, int total, const QString &file) {
            QMetaObject::invokeMethod(
                job, [job, done, total, file] { Q_EMIT job->progressChanged(done, total, file); },
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
    return m_watcher.isRunning();
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
