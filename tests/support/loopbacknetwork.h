#pragma once

#include <QNetworkAccessManager>

// A network stack for tests that can only reach 127.0.0.1: any other host is sent to a closed
// local port and fails at once, so no test ever reaches the internet.
class LoopbackNetwork final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int refused() const { return m_refused; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        if (request.url().host() == u"127.0.0.1")
            return QNetworkAccessManager::createRequest(op, request, outgoingData);
        ++m_refused;
        QNetworkRequest refused(request);
        refused.setUrl(QUrl(QStringLiteral("http://127.0.0.1:9/refused")));
        return QNetworkAccessManager::createRequest(op, refused, outgoingData);
    }

private:
    int m_refused = 0;
};
