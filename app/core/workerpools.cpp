#include "workerpools.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

namespace {

// Owned by the application object, so its threads are joined when the application ends, not
// after Qt's own statics are gone (a static pool's threads outlived QThreadStorage).
QThreadPool *pool(QPointer<QThreadPool> &slot, int maxThreads)
{
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    if (!slot) {
        slot = new QThreadPool(QCoreApplication::instance());
        slot->setMaxThreadCount(maxThreads);
    }
    return slot;
}

} // namespace

QThreadPool *WorkerPools::longJobs()
{
    // An import and a library read may overlap; more would only compete for the disk.
    static QPointer<QThreadPool> slot;
    return pool(slot, 2);
}

QThreadPool *WorkerPools::imageDecoding()
{
    static QPointer<QThreadPool> slot;
    return pool(slot, qMax(2, QThread::idealThreadCount()));
}
