#pragma once

#include <QFutureWatcher>
#include <QNetworkDiskCache>

// The thumbnails' disk cache, trimmed on a worker thread. QNetworkDiskCache::expire() walks and
// stats every cached file on the thread that stores a reply (the GUI thread): with thousands of
// thumbnails cached, each time the cache filled up the window froze for 200 ms.
class ThumbnailDiskCache final : public QNetworkDiskCache
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailDiskCache)

public:
    explicit ThumbnailDiskCache(QObject *parent = nullptr);
    ~ThumbnailDiskCache() override;

    void insert(QIODevice *device) override;
    qint64 cacheSize() const override;
    // Removes every file at once: the user asked for it, so it is worth the wait.
    void clear() override;

Q_SIGNALS:
    // A trim on the worker ended; the cache now holds about `bytes`.
    void trimmed(qint64 bytes);

protected:
    qint64 expire() override;

private:
    // Removes the oldest cached files in `directory` until they take less than `goalBytes`;
    // returns the bytes left. Runs on a worker.
    static qint64 trim(const QString &directory, qint64 goalBytes);
    void startTrim();
    void finishTrim();

    qint64 m_size = -1; // our running count; unknown until the first trim
    // Until its result is taken, not only until the worker returns: files stored in between
    // must still be added to that result.
    bool m_trimming = false;
    qint64 m_addedDuringTrim = 0; // stored while a trim ran: it may not have seen them
    qint64 m_expireAnswer = -1;   // what expire() last told QNetworkDiskCache
    bool m_clearing = false;
    QFutureWatcher<qint64> m_trim;
};
