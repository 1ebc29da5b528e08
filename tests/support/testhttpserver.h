#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A small HTTP/1.1 server on 127.0.0.1 for tests: each path answers with a fixed response, a
// redirect, or a response that is slow or larger than it should be. Never leaves the machine.
class TestHttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        Response(int status = 200, QByteArray contentType = "application/octet-stream",
                 QByteArray body = {})
            : status(status)
            , contentType(std::move(contentType))
            , body(std::move(body))
        {}

        int status = 200;
        QByteArray contentType = "application/octet-stream";
        QByteArray body;
        QByteArray location;       // for redirects
        int delayMs = 0;           // wait before answering (slower than a timeout)
        qint64 claimedLength = -1; // a Content-Length other than the body's; -2: none
        qint64 streamBytes = 0;    // send this many filler bytes after the body
    };

    explicit TestHttpServer(QObject *parent = nullptr);

    bool start();
    void stop();
    QUrl url(const QString &path) const;
    void route(const QString &path, const Response &response) { m_routes.insert(path, response); }
    // The answer for every path without a route of its own (404 unless set).
    void setFallback(const Response &response) { m_fallback = response; }
    int hits(const QString &path) const { return m_hits.value(path); }

private:
    void serve(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const QString &path);

    QTcpServer m_server;
    quint16 m_port = 0;
    QHash<QString, Response> m_routes;
    Response m_fallback{404, "text/plain", "not found"};
    QHash<QString, int> m_hits;
};

// Test images made on the spot.
namespace TestImages {
QByteArray png(int width, int height, Qt::GlobalColor color);
QByteArray jpeg(int width, int height, Qt::GlobalColor color);
QByteArray svg();
// A valid PNG header that claims width x height pixels, with no real pixel data behind it.
QByteArray pngClaiming(quint32 width, quint32 height);
} // namespace TestImages
