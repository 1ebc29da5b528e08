#pragma once

#include "digestimporter.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

// Runs a DigestImporter on a worker thread with its own library connection, reporting
// progress and the result as signals on the thread that started it.
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    explicit ImportJob(QString libraryPath, QObject *parent = nullptr);
    ~ImportJob() override;

    // Starts importing; false while an import runs or its result is still on its way.
    bool start(const QStringList &paths);
    bool isRunning() const;
    void cancel();
    // Blocks until the running import ends (used at shutdown and by tests).
    void waitForFinished();

Q_SIGNALS:
    void progressChanged(int filesDone, int filesTotal, const QString &file);
    void finished(const ImportReport &report);

private:
    QString m_libraryPath;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<ImportReport> m_watcher;
    bool m_busy = false;
};
