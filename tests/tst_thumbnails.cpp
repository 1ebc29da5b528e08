#include "support/testhttpserver.h"
#include "thumbnails/thumbnaildiskcache.h"
#include "thumbnails/thumbnailloader.h"
#include "workerpools.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

namespace {

qint64 cachedBytes(const QString &directory, QStringList *names = nullptr)
{
    qint64 total = 0;
    QDirIterator it(directory, {QStringLiteral("*.d")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        total += info.size();
        if (names)
            names->append(info.filePath());
    }
    return total;
}

void storeInCache(QNetworkDiskCache &cache, const QUrl &url, const QByteArray &body)
{
    QNetworkCacheMetaData meta;
    meta.setUrl(url);
    meta.setSaveToDisk(true);
    meta.setRawHeaders({{"Content-Type", "image/png"}});
    QIODevice *device = cache.prepare(meta);
    QVERIFY(device);
    device->write(body);
    cache.insert(device);
}

struct Outcome
{
    bool finished = false; // an answer came at all
    bool ready = false;
    ThumbnailLoader::Failure failure = ThumbnailLoader::Failure::None;
    bool isVideo = false;
};

} // namespace

// Every source and failure seen in real digests, against a real HTTP server on 127.0.0.1.
class TestThumbnails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cases_data();
    void cases();
    void videoUsesThePapersOwnThumbnail();
    void sameUrlIsFetchedOnce();
    void selectedComesFirstAndConcurrencyIsBounded();
    void failuresAreRememberedThenRetried();
    void cachedImagesShowWithTheServerGone();
    void loaderCanGoBeforeItsReplies();
    void diskCacheTrimsOldestFilesOnAWorker();
    void diskCacheClearEmptiesAtOnce();
    void diskCacheCountsFilesStoredWhileATrimReports();

private:
    std::unique_ptr<ThumbnailLoader> makeLoader();
    Outcome load(ThumbnailLoader &loader, const QString &id, const QUrl &url,
                 int timeoutMs = 20000);

    TestHttpServer m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestThumbnails::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
    m_server.route(QStringLiteral("/a.png"),
                   {200, "image/png", TestImages::png(400, 225, Qt::red)});
    m_server.route(QStringLiteral("/b.jpg"),
                   {200, "image/jpeg", TestImages::jpeg(1600, 900, Qt::blue)});
    m_server.route(QStringLiteral("/avatar.svg"), {200, "image/svg+xml", TestImages::svg()});
    m_server.route(QStringLiteral("/missing.png"), {404, "text/plain", "no"});
    m_server.route(QStringLiteral("/broken.png"), {500, "text/plain", "oops"});
    TestHttpServer::Response slow{200, "image/png", TestImages::png(10, 10, Qt::green)};
    slow.delayMs = 5000;
    m_server.route(QStringLiteral("/slow.png"), slow);
    TestHttpServer::Response loop{302, "text/plain", {}};
    loop.location = m_server.url(QStringLiteral("/loop.png")).toEncoded();
    m_server.route(QStringLiteral("/loop.png"), loop);
    TestHttpServer::Response huge{200, "image/png", TestImages::png(10, 10, Qt::green)};
    huge.streamBytes = 20 * 1024 * 1024;
    m_server.route(QStringLiteral("/huge.png"), huge);
    TestHttpServer::Response liar{200, "image/png", {}};
    liar.streamBytes = 12 * 1024 * 1024;
    liar.claimedLength = -2; // no Content-Length at all: the cap must hold while streaming
    m_server.route(QStringLiteral("/liar.png"), liar);
    m_server.route(QStringLiteral("/bomb.png"),
                   {200, "image/png", TestImages::pngClaiming(50000, 50000)});
    m_server.route(QStringLiteral("/page.png"),
                   {200, "text/html", "<html><body>Not an image</body></html>"});
    m_server.route(QStringLiteral("/papers/2312.00001.png"),
                   {200, "image/png", TestImages::png(320, 180, Qt::yellow)});
}

void TestThumbnails::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    auto *cache = new ThumbnailDiskCache(m_network.get());
    cache->setCacheDirectory(m_cacheDir.path());
    cache->setMaximumCacheSize(50 * 1024 * 1024);
    m_network->setCache(cache);
}

void TestThumbnails::cleanup()
{
    m_network.reset();
}

std::unique_ptr<ThumbnailLoader> TestThumbnails::makeLoader()
{
    auto loader = std::make_unique<ThumbnailLoader>(m_network.get());
    ThumbnailLoader::Limits limits;
    limits.transferTimeoutMs = 1500;
    limits.maxBodyBytes = 4 * 1024 * 1024;
    loader->setLimits(limits);
    loader->setVideoThumbnailBase(m_server.url(QStringLiteral("/papers/")));
    return loader;
}

Outcome TestThumbnails::load(ThumbnailLoader &loader, const QString &id, const QUrl &url,
                             int timeoutMs)
{
    Outcome outcome;
    bool done = false;
    QMetaObject::Connection a =
        connect(&loader, &ThumbnailLoader::ready, this, [&](const QString &readyId) {
            if (readyId == id) {
                outcome.ready = true;
                done = true;
            }
        });
    QMetaObject::Connection b =
        connect(&loader, &ThumbnailLoader::failed, this,
                [&](const QString &failedId, ThumbnailLoader::Failure failure, bool video) {
                    if (failedId == id) {
                        outcome.failure = failure;
                        outcome.isVideo = video;
                        done = true;
                    }
                });
    loader.request(id, url, ThumbnailLoader::Priority::Selected);
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < timeoutMs)
        QTest::qWait(10);
    outcome.finished = done;
    disconnect(a);
    disconnect(b);
    return outcome;
}

void TestThumbnails::cases_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<int>("failure");
    QTest::addColumn<QSize>("largeSize");
    using F = ThumbnailLoader::Failure;
    QTest::newRow("png") << "/a.png" << true << int(F::None) << QSize(400, 225);
    QTest::newRow("jpeg, scaled down") << "/b.jpg" << true << int(F::None) << QSize(720, 405);
    QTest::newRow("svg avatar") << "/avatar.svg" << true << int(F::None) << QSize(405, 405);
    QTest::newRow("404") << "/missing.png" << false << int(F::Http) << QSize();
    QTest::newRow("500") << "/broken.png" << false << int(F::Http) << QSize();
    QTest::newRow("slower than the timeout") << "/slow.png" << false << int(F::Timeout) << QSize();
    QTest::newRow("redirect loop") << "/loop.png" << false << int(F::Http) << QSize();
    QTest::newRow("body over the cap") << "/huge.png" << false << int(F::TooLarge) << QSize();
    QTest::newRow("body with no length") << "/liar.png" << false << int(F::TooLarge) << QSize();
    QTest::newRow("50000 x 50000 header") << "/bomb.png" << false << int(F::NotAnImage) << QSize();
    QTest::newRow("html") << "/page.png" << false << int(F::NotAnImage) << QSize();
}

void TestThumbnails::cases()
{
    QFETCH(QString, path);
    QFETCH(bool, ready);
    QFETCH(int, failure);
    QFETCH(QSize, largeSize);
    auto loader = makeLoader();
    const QString id = QStringLiteral("case") + path;
    QElapsedTimer clock;
    clock.start();
    const Outcome outcome = load(*loader, id, m_server.url(path));
    QVERIFY2(outcome.finished && clock.elapsed() < 10000, "every case must end in bounded time");
    QCOMPARE(outcome.ready, ready);
    QCOMPARE(int(outcome.failure), failure);
    if (ready) {
        QCOMPARE(loader->largeImage(id).size(), largeSize);
        const QSize small = loader->smallImage(id).size();
        QVERIFY(small.width() <= ThumbnailLoader::smallSize().width());
        QVERIFY(small.height() <= ThumbnailLoader::smallSize().height());
        QVERIFY(!small.isEmpty());
    } else {
        QVERIFY(loader->largeImage(id).isNull());
        QVERIFY(loader->hasFailed(id));
    }
}

void TestThumbnails::videoUsesThePapersOwnThumbnail()
{
    auto loader = makeLoader();
    const QUrl video = m_server.url(QStringLiteral("/clip.mp4"));
    QCOMPARE(loader->imageUrlFor(QStringLiteral("2312.00001"), video),
             m_server.url(QStringLiteral("/papers/2312.00001.png")));
    const Outcome outcome = load(*loader, QStringLiteral("2312.00001"), video);
    QVERIFY(outcome.ready);
    QCOMPARE(m_server.hits(QStringLiteral("/clip.mp4")), 0); // the video itself is never fetched

    // No thumbnail for this paper: the failure says "video" so the view shows a play mark.
    const Outcome missing = load(*loader, QStringLiteral("2312.99999"), video);
    QVERIFY(!missing.ready);
    QVERIFY(missing.isVideo);
}

void TestThumbnails::sameUrlIsFetchedOnce()
{
    m_server.route(QStringLiteral("/shared.png"),
                   {200, "image/png", TestImages::png(50, 50, Qt::cyan)});
    auto loader = makeLoader();
    QSignalSpy ready(loader.get(), &ThumbnailLoader::ready);
    const QUrl url = m_server.url(QStringLiteral("/shared.png"));
    loader->request(QStringLiteral("p1"), url, ThumbnailLoader::Priority::Visible);
    loader->request(QStringLiteral("p2"), url, ThumbnailLoader::Priority::Visible);
    loader->request(QStringLiteral("p1"), url, ThumbnailLoader::Priority::Selected);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 10000);
    QCOMPARE(m_server.hits(QStringLiteral("/shared.png")), 1);
}

void TestThumbnails::selectedComesFirstAndConcurrencyIsBounded()
{
    auto loader = makeLoader();
    ThumbnailLoader::Limits limits = loader->limits();
    limits.maxInFlight = 1;
    loader->setLimits(limits);
    QStringList order;
    connect(loader.get(), &ThumbnailLoader::ready, this,
            [&order](const QString &id) { order.append(id); });
    for (int i = 0; i < 5; ++i) {
        const QString path = QStringLiteral("/row%1.png").arg(i);
        m_server.route(path, {200, "image/png", TestImages::png(20 + i, 20, Qt::gray)});
        loader->request(QStringLiteral("row%1").arg(i), m_server.url(path),
                        ThumbnailLoader::Priority::Visible);
    }
    m_server.route(QStringLiteral("/picked.png"),
                   {200, "image/png", TestImages::png(30, 30, Qt::black)});
    loader->request(QStringLiteral("picked"), m_server.url(QStringLiteral("/picked.png")),
                    ThumbnailLoader::Priority::Selected);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 6, 10000);
    // row0 was already on its way; the selected paper goes next, then the newest rows.
    QCOMPARE(order.at(0), QStringLiteral("row0"));
    QCOMPARE(order.at(1), QStringLiteral("picked"));
    QCOMPARE(order.at(2), QStringLiteral("row4"));
}

void TestThumbnails::failuresAreRememberedThenRetried()
{
    auto loader = makeLoader();
    const QUrl url = m_server.url(QStringLiteral("/flaky.png"));
    m_server.route(QStringLiteral("/flaky.png"), {503, "text/plain", "busy"});
    QVERIFY(!load(*loader, QStringLiteral("flaky"), url).ready);
    QCOMPARE(m_server.hits(QStringLiteral("/flaky.png")), 1);
    // Asking again soon does not hammer the host.
    QVERIFY(!load(*loader, QStringLiteral("flaky-2"), url).ready);
    QCOMPARE(m_server.hits(QStringLiteral("/flaky.png")), 1);
    QVERIFY(loader->hasFailed(QStringLiteral("flaky")));
    // A failure is remembered only for the retry period; after it, painting asks again.
    ThumbnailLoader::Limits shortMemory = loader->limits();
    shortMemory.retryFailedAfterSecs = 0;
    loader->setLimits(shortMemory);
    QVERIFY(!loader->hasFailed(QStringLiteral("flaky")));
    loader->setLimits(makeLoader()->limits());
    // The host recovers; Reload (or the network coming back) tries again.
    m_server.route(QStringLiteral("/flaky.png"),
                   {200, "image/png", TestImages::png(40, 40, Qt::magenta)});
    QSignalSpy ready(loader.get(), &ThumbnailLoader::ready);
    loader->reload(QStringLiteral("flaky"), url);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    QCOMPARE(m_server.hits(QStringLiteral("/flaky.png")), 2);
}

void TestThumbnails::cachedImagesShowWithTheServerGone()
{
    {
        auto loader = makeLoader();
        QVERIFY(
            load(*loader, QStringLiteral("cached"), m_server.url(QStringLiteral("/a.png"))).ready);
    }
    m_server.stop();
    // A new network stack and loader on the same disk cache: as after a restart, offline.
    init();
    auto loader = makeLoader();
    QSignalSpy offline(loader.get(), &ThumbnailLoader::offlineChanged);
    const Outcome cached =
        load(*loader, QStringLiteral("cached"), m_server.url(QStringLiteral("/a.png")));
    QVERIFY(cached.ready);
    QCOMPARE(loader->largeImage(QStringLiteral("cached")).size(), QSize(400, 225));
    const Outcome uncached =
        load(*loader, QStringLiteral("never-seen"), m_server.url(QStringLiteral("/never.png")));
    QVERIFY(!uncached.ready);
    QCOMPARE(uncached.failure, ThumbnailLoader::Failure::Network);
    QVERIFY(loader->isOffline());
    QCOMPARE(offline.size(), 1);
    QVERIFY(m_server.start()); // for any test after this one
}

void TestThumbnails::loaderCanGoBeforeItsReplies()
{
    // The network manager outlives the loader (a window closes, the app goes on): replies in
    // flight must not call into the loader afterwards.
    TestHttpServer::Response big{200, "image/png", TestImages::png(10, 10, Qt::green)};
    big.streamBytes = 2 * 1024 * 1024;
    big.delayMs = 100;
    m_server.route(QStringLiteral("/late.png"), big);
    auto loader = makeLoader();
    loader->request(QStringLiteral("late"), m_server.url(QStringLiteral("/late.png")),
                    ThumbnailLoader::Priority::Selected);
    QTest::qWait(50);
    loader.reset();
    QTest::qWait(500); // events for the aborted reply are delivered and ignored
    QVERIFY(m_network);
}

void TestThumbnails::diskCacheTrimsOldestFilesOnAWorker()
{
    QTemporaryDir directory;
    ThumbnailDiskCache cache;
    cache.setCacheDirectory(directory.path());
    constexpr qint64 limit = 256 * 1024;
    cache.setMaximumCacheSize(limit);
    QSignalSpy trimmed(&cache, &ThumbnailDiskCache::trimmed);
    const QByteArray body(8 * 1024, 'x');
    const auto urlOf = [](int batch, int i) {
        return QUrl(QStringLiteral("http://127.0.0.1/%1/%2.png").arg(batch).arg(i));
    };
    // Three batches of 20 files, each about 60% of the limit: the cache overflows twice.
    for (int batch = 0; batch < 3; ++batch) {
        for (int i = 0; i < 20; ++i)
            storeInCache(cache, urlOf(batch, i), body);
        QTest::qWait(30); // distinct file times between batches
    }
    QTRY_VERIFY(!trimmed.isEmpty());
    QTRY_VERIFY(cachedBytes(directory.path()) < limit);
    // The newest batch is all there; the oldest went first.
    for (int i = 0; i < 20; ++i) {
        std::unique_ptr<QIODevice> data(cache.data(urlOf(2, i)));
        QVERIFY2(data, qPrintable(urlOf(2, i).toString()));
        QCOMPARE(data->readAll().size(), body.size());
    }
    std::unique_ptr<QIODevice> oldest(cache.data(urlOf(0, 0)));
    QVERIFY(!oldest);
    // The running count follows the files (it may count a file twice while a trim runs).
    QTRY_VERIFY2(cache.cacheSize() >= cachedBytes(directory.path()),
                 qPrintable(QStringLiteral("counted %1, on disk %2, trims %3")
                                .arg(cache.cacheSize())
                                .arg(cachedBytes(directory.path()))
                                .arg(trimmed.size())));
    QVERIFY(cache.cacheSize() < 2 * limit);
}

void TestThumbnails::diskCacheCountsFilesStoredWhileATrimReports()
{
    // The worker has finished but its result has not reached the cache yet: files stored in
    // that gap must still be counted.
    QTemporaryDir directory;
    ThumbnailDiskCache cache;
    cache.setCacheDirectory(directory.path());
    QSignalSpy trimmed(&cache, &ThumbnailDiskCache::trimmed);
    storeInCache(cache, QUrl(QStringLiteral("http://127.0.0.1/first.png")), QByteArray(4096, 'a'));
    WorkerPools::imageDecoding()->waitForDone(); // the first trim (a measure) is done
    for (int i = 0; i < 10; ++i)
        storeInCache(cache, QUrl(QStringLiteral("http://127.0.0.1/%1.png").arg(i)),
                     QByteArray(4096, 'b'));
    QTRY_COMPARE(trimmed.size(), 1);
    QVERIFY2(cache.cacheSize() >= cachedBytes(directory.path()),
             qPrintable(QStringLiteral("counted %1, on disk %2")
                            .arg(cache.cacheSize())
                            .arg(cachedBytes(directory.path()))));
}

void TestThumbnails::diskCacheClearEmptiesAtOnce()
{
    QTemporaryDir directory;
    ThumbnailDiskCache cache;
    cache.setCacheDirectory(directory.path());
    for (int i = 0; i < 10; ++i)
        storeInCache(cache, QUrl(QStringLiteral("http://127.0.0.1/%1.png").arg(i)),
                     QByteArray(4096, 'y'));
    QVERIFY(cachedBytes(directory.path()) > 0);
    cache.clear();
    QCOMPARE(cachedBytes(directory.path()), 0);
    QCOMPARE(cache.cacheSize(), 0);
}

QTEST_GUILESS_MAIN(TestThumbnails)
#include "tst_thumbnails.moc"
