#pragma once

#include <QCache>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Fetches paper thumbnails: only http(s), a few at a time, bounded in time, redirects and
// size, through the manager's disk cache (offline reading), decoded off the GUI thread with an
// allocation limit. A video link stands for the paper's own thumbnail image.
class ThumbnailLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailLoader)

public:
    enum class Priority { Visible, Selected };
    enum class Failure { None, NotHttp, Network, Http, TooLarge, NotAnImage, Timeout };
    Q_ENUM(Failure)

    struct Limits
    {
        int maxInFlight = 4;
        int transferTimeoutMs = 15000;
        int maxRedirects = 3;
        qint64 maxBodyBytes = 8 * 1024 * 1024;
        int allocationLimitMb = 128;
        int retryFailedAfterSecs = 600;
        int maxQueued = 64; // scrolling past thousands of rows must not queue thousands
    };

    // `network` is owned by the caller and should carry a QNetworkDiskCache for offline use.
    explicit ThumbnailLoader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    // Where papers' own thumbnails live, for papers that link a video instead.
    void setVideoThumbnailBase(const QUrl &base) { m_videoBase = base; }

    // The url fetched for a paper's thumbnail url: videos map to the paper's own image.
    QUrl imageUrlFor(const QString &arxivId, const QUrl &thumbnailUrl) const;
    static bool isVideo(const QUrl &url);

    // Asks for a paper's thumbnail; answers come as ready() or failed(). Already decoded
    // images answer at once from memory.
    void request(const QString &arxivId, const QUrl &thumbnailUrl, Priority priority);
    // Forgets remembered failures so the next request tries the network again.
    void retryFailed();
    void reload(const QString &arxivId, const QUrl &thumbnailUrl);

    // Decoded images kept in memory, small for list rows and large for the detail pane.
    QImage smallImage(const QString &arxivId) const;
    QImage largeImage(const QString &arxivId) const;
    bool hasFailed(const QString &arxivId) const;
    bool isOffline() const { return m_offline; }

    static QSize smallSize() { return {96, 54}; }
    static QSize largeSize() { return {720, 405}; }

Q_SIGNALS:
    void ready(const QString &arxivId);
    void failed(const QString &arxivId, ThumbnailLoader::Failure failure, bool isVideo);
    void offlineChanged(bool offline);

private:
    struct Job
    {
        QString arxivId;
        QUrl url;
        bool video = false;
    };
    struct Images
    {
        QImage small;
        QImage large;
    };

    void startNext();
    void start(const Job &job);
    void finishReply(QNetworkReply *reply, const Job &job);
    void decode(const Job &job, const QByteArray &bytes);
    void fail(const Job &job, Failure failure);
    void setOffline(bool offline);

    QNetworkAccessManager *m_network;
    Limits m_limits;
    QUrl m_videoBase;
    // Served newest first: the selected paper, then the rows the user sees now.
    QList<Job> m_selectedQueue;
    QList<Job> m_visibleQueue;
    QHash<QUrl, QList<Job>> m_inFlight; // url -> papers waiting for it
    QHash<QUrl, QDateTime> m_failedAt;
    QList<QPointer<QNetworkReply>> m_replies; // in flight, to stop when the loader goes
    struct FailedAt
    {
        Failure failure = Failure::None;
        QDateTime at;
    };
    QHash<QString, FailedAt> m_failures; // by paper
    QCache<QString, Images> m_images;
    bool m_offline = false;
};
