#include "thumbnailloader.h"

#include "workerpools.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct Decoded
{
    QImage small;
    QImage large;
    bool ok = false;
};

QImage fitted(const QImage &image, const QSize &box)
{
    if (image.width() <= box.width() && image.height() <= box.height())
        return image;
    return image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

// Runs on a pool thread: nothing here touches the GUI.
Decoded decodeImage(const QByteArray &bytes, int allocationLimitMb)
{
    Decoded result;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(allocationLimitMb);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return result;
    // Vector images render straight at the size shown.
    if (reader.format() == "svg" || reader.format() == "svgz")
        reader.setScaledSize(size.scaled(ThumbnailLoader::largeSize(), Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return result;
    result.large = fitted(image, ThumbnailLoader::largeSize());
    result.small = fitted(result.large, ThumbnailLoader::smallSize());
    result.ok = true;
    return result;
}

bool isNetworkDown(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return true;
    default:
        return false;
    }
}

} // namespace

ThumbnailLoader::ThumbnailLoader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_videoBase(QStringLiteral("https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/"))
    , m_images(400)
{}

ThumbnailLoader::~ThumbnailLoader()
{
    // Replies belong to the network manager, which may outlive the loader: stop them here.
    const QList<QPointer<QNetworkReply>> replies = m_replies;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

bool ThumbnailLoader::isVideo(const QUrl &url)
{
    static const QRegularExpression video(QStringLiteral(R"(\.(mp4|webm|mov|m4v|ogv|mkv)$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    return video.match(url.path()).hasMatch();
}

QUrl ThumbnailLoader::imageUrlFor(const QString &arxivId, const QUrl &thumbnailUrl) const
{
    if (isVideo(thumbnailUrl))
        return m_videoBase.resolved(QUrl(arxivId + QStringLiteral(".png")));
    return thumbnailUrl;
}

QImage ThumbnailLoader::smallImage(const QString &arxivId) const
{
    const Images *images = m_images.object(arxivId);
    return images ? images->small : QImage();
}

QImage ThumbnailLoader::largeImage(const QString &arxivId) const
{
    const Images *images = m_images.object(arxivId);
    return images ? images->large : QImage();
}

bool ThumbnailLoader::hasFailed(const QString &arxivId) const
{
    // A failure stands only for the retry period: later, the next paint asks again, so a
    // network that comes back brings pictures back without a restart.
    const auto failure = m_failures.constFind(arxivId);
    return failure != m_failures.cend() &&
           failure->at.secsTo(QDateTime::currentDateTimeUtc()) < m_limits.retryFailedAfterSecs;
}

void ThumbnailLoader::request(const QString &arxivId, const QUrl &thumbnailUrl, Priority priority)
{
    if (m_images.contains(arxivId))
        return;
    const QUrl url = imageUrlFor(arxivId, thumbnailUrl);
    const Job job{arxivId, url, isVideo(thumbnailUrl)};
    if (url.scheme() != u"http" && url.scheme() != u"https") {
        fail(job, Failure::NotHttp);
        return;
    }
    // A url that failed lately is not asked again until its time is up (or retryFailed()).
    const auto failedAt = m_failedAt.constFind(url);
    if (failedAt != m_failedAt.cend() &&
        failedAt->secsTo(QDateTime::currentDateTimeUtc()) < m_limits.retryFailedAfterSecs) {
        if (!m_failures.contains(arxivId))
            fail(job, m_offline ? Failure::Network : Failure::Http);
        return;
    }
    if (m_inFlight.contains(url)) {
        QList<Job> &waiting = m_inFlight[url];
        if (std::none_of(waiting.cbegin(), waiting.cend(),
                         [&](const Job &j) { return j.arxivId == arxivId; }))
            waiting.append(job);
        return;
    }
    const auto samePaper = [&](const Job &queued) {
        return queued.arxivId == arxivId;
    };
    m_selectedQueue.removeIf(samePaper);
    m_visibleQueue.removeIf(samePaper);
    QList<Job> &queue = priority == Priority::Selected ? m_selectedQueue : m_visibleQueue;
    queue.append(job);
    while (queue.size() > m_limits.maxQueued)
        queue.removeFirst(); // rows scrolled past long ago
    startNext();
}

void ThumbnailLoader::retryFailed()
{
    m_failedAt.clear();
    m_failures.clear();
}

void ThumbnailLoader::reload(const QString &arxivId, const QUrl &thumbnailUrl)
{
    m_images.remove(arxivId);
    m_failures.remove(arxivId);
    m_failedAt.remove(imageUrlFor(arxivId, thumbnailUrl));
    request(arxivId, thumbnailUrl, Priority::Selected);
}

void ThumbnailLoader::startNext()
{
    while (m_inFlight.size() < m_limits.maxInFlight &&
           !(m_selectedQueue.isEmpty() && m_visibleQueue.isEmpty())) {
        start(m_selectedQueue.isEmpty() ? m_visibleQueue.takeLast() : m_selectedQueue.takeLast());
    }
}

void ThumbnailLoader::start(const Job &job)
{
    if (m_inFlight.contains(job.url)) {
        m_inFlight[job.url].append(job);
        return;
    }
    QNetworkRequest request(job.url);
    request.setTransferTimeout(m_limits.transferTimeoutMs);
    request.setMaximumRedirectsAllowed(m_limits.maxRedirects);
    // Follow redirects, but never from https down to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    // A thumbnail seen once is shown from the disk cache, also offline and when stale.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setRawHeader("Accept", "image/png,image/jpeg,image/webp,image/svg+xml,image/*;q=0.8");
    QNetworkReply *reply = m_network->get(request);
    m_replies.append(reply);
    m_inFlight.insert(job.url, {job});

    // Captures the cap, not the loader: the reply belongs to the network manager and can
    // outlive this object.
    const qint64 cap = m_limits.maxBodyBytes;
    const auto abortIfTooLarge = [reply, cap](qint64 received) {
        if (received > cap) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, abortIfTooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            abortIfTooLarge(length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [abortIfTooLarge](qint64 received, qint64) { abortIfTooLarge(received); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, job] { finishReply(reply, job); });
}

void ThumbnailLoader::finishReply(QNetworkReply *reply, const Job &job)
{
    m_replies.removeAll(reply);
    reply->deleteLater();
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->property("tooLarge").toBool()) {
        fail(job, Failure::TooLarge);
    } else if (error == QNetworkReply::OperationCanceledError) {
        fail(job, Failure::Timeout); // the transfer timeout aborts this way
    } else if (error != QNetworkReply::NoError || (status != 0 && status >= 300)) {
        const bool down = isNetworkDown(error);
        if (down)
            setOffline(true);
        fail(job, down ? Failure::Network : Failure::Http);
    } else {
        // A reply that came (from the network or the cache) says nothing about a dead host.
        if (!reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool())
            setOffline(false);
        decode(job, reply->readAll());
        return;
    }
    startNext();
}

void ThumbnailLoader::decode(const Job &job, const QByteArray &bytes)
{
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        const Decoded decoded = watcher->result();
        if (!decoded.ok) {
            fail(job, Failure::NotAnImage);
        } else {
            const QList<Job> waiting = m_inFlight.take(job.url);
            for (const Job &paper : waiting) {
                m_failures.remove(paper.arxivId);
                m_images.insert(paper.arxivId, new Images{decoded.small, decoded.large},
                                int(1 + decoded.large.sizeInBytes() / (256 * 1024)));
                Q_EMIT ready(paper.arxivId);
            }
        }
        startNext();
    });
    watcher->setFuture(QtConcurrent::run(WorkerPools::imageDecoding(), decodeImage, bytes,
                                         m_limits.allocationLimitMb));
}

void ThumbnailLoader::fail(const Job &job, Failure failure)
{
    QList<Job> waiting = m_inFlight.take(job.url);
    if (waiting.isEmpty())
        waiting.append(job);
    if (failure != Failure::NotHttp)
        m_failedAt.insert(job.url, QDateTime::currentDateTimeUtc());
    for (const Job &paper : waiting) {
        m_failures.insert(paper.arxivId, {failure, QDateTime::currentDateTimeUtc()});
        Q_EMIT failed(paper.arxivId, failure, paper.video);
    }
}

void ThumbnailLoader::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    if (!offline)
        m_failedAt.clear(); // the network is back: earlier failures deserve another try
    Q_EMIT offlineChanged(offline);
}
