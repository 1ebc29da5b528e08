#include "thumbnaildiskcache.h"

#include "workerpools.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

// Trimming to well below the limit keeps the next trim far away.
constexpr qint64 trimGoalPercent = 80;

} // namespace

ThumbnailDiskCache::ThumbnailDiskCache(QObject *parent)
    : QNetworkDiskCache(parent)
{
    connect(&m_trim, &QFutureWatcher<qint64>::finished, this, &ThumbnailDiskCache::finishTrim);
}

ThumbnailDiskCache::~ThumbnailDiskCache()
{
    m_trim.waitForFinished();
}

void ThumbnailDiskCache::insert(QIODevice *device)
{
    m_expireAnswer = -1;
    QNetworkDiskCache::insert(device); // asks expire(), then adds the file to that answer
    if (m_expireAnswer < 0)
        return; // nothing was stored
    const qint64 stored = qMax<qint64>(0, QNetworkDiskCache::cacheSize() - m_expireAnswer);
    if (m_trimming)
        m_addedDuringTrim += stored;
    if (m_size >= 0)
        m_size += stored;
}

qint64 ThumbnailDiskCache::cacheSize() const
{
    return qMax<qint64>(m_size, 0);
}

qint64 ThumbnailDiskCache::expire()
{
    if (m_clearing)
        return QNetworkDiskCache::expire();
    if (m_size < 0 || m_size >= maximumCacheSize())
        startTrim();
    // While a trim runs, QNetworkDiskCache goes on counting from here.
    m_expireAnswer = qMax<qint64>(m_size, 0);
    return m_expireAnswer;
}

void ThumbnailDiskCache::clear()
{
    m_trim.waitForFinished();
    m_clearing = true;
    QNetworkDiskCache::clear();
    m_clearing = false;
    m_size = 0;
}

void ThumbnailDiskCache::startTrim()
{
    if (m_trimming || cacheDirectory().isEmpty())
        return;
    m_trimming = true;
    m_addedDuringTrim = 0;
    m_trim.setFuture(QtConcurrent::run(WorkerPools::imageDecoding(), &ThumbnailDiskCache::trim,
                                       cacheDirectory(),
                                       maximumCacheSize() * trimGoalPercent / 100));
}

void ThumbnailDiskCache::finishTrim()
{
    m_trimming = false;
    m_size = m_trim.result() + m_addedDuringTrim;
    Q_EMIT trimmed(m_size);
    if (m_size >= maximumCacheSize()) // files came in faster than the trim took them away
        startTrim();
}

qint64 ThumbnailDiskCache::trim(const QString &directory, qint64 goalBytes)
{
    struct Entry
    {
        QDateTime time;
        QString path;
        qint64 size;
    };
    QList<Entry> entries;
    qint64 total = 0;
    QDirIterator it(directory, {QStringLiteral("*.d")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        // Files being written are in "prepared/": QNetworkDiskCache still owns them.
        if (info.path().endsWith(QStringLiteral("/prepared")))
            continue;
        entries.append({info.lastModified(), info.filePath(), info.size()});
        total += info.size();
    }
    if (total < goalBytes)
        return total;
    // Oldest first: a thumbnail is written once, when it is fetched.
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.time < b.time; });
    for (const Entry &entry : std::as_const(entries)) {
        if (total < goalBytes)
            break;
        if (QFile::remove(entry.path))
            total -= entry.size;
    }
    return total;
}
