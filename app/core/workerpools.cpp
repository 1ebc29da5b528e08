#include "workerpools.h"

#include <QThread>
#include <QThreadPool>

namespace {

class SizedPool final : public QThreadPool
{
public:
    explicit SizedPool(int maxThreads) { setMaxThreadCount(maxThreads); }
};

// An import and a library read may overlap; more would only compete for the disk.
Q_GLOBAL_STATIC(SizedPool, longJobPool, 2)
Q_GLOBAL_STATIC(SizedPool, imageDecodingPool, qMax(2, QThread::idealThreadCount()))

} // namespace

QThreadPool *WorkerPools::longJobs()
{
    return longJobPool();
}

QThreadPool *WorkerPools::imageDecoding()
{
    return imageDecodingPool();
}
