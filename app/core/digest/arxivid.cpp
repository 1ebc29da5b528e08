#include "arxivid.h"

#include <QRegularExpression>

namespace {

// New scheme since 2007 (4 or 5 digit sequence) and the old archive/number scheme.
const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$)"));
    return pattern;
}

bool isArxivHost(const QString &host)
{
    return host == u"arxiv.org" || host.endsWith(u".arxiv.org");
}

QString idFromPathRest(QString rest)
{
    if (rest.endsWith(u".pdf", Qt::CaseInsensitive))
        rest.chop(4);
    while (rest.endsWith(u'/'))
        rest.chop(1);
    const QRegularExpressionMatch match = idPattern().match(rest);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

namespace ArxivId {

QString fromUrl(const QUrl &url)
{
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return {};
    const QString host = url.host().toLower();
    const QString path = url.path();
    if (isArxivHost(host)) {
        static const QString prefixes[] = {QStringLiteral("/abs/"), QStringLiteral("/pdf/"),
                                           QStringLiteral("/html/")};
        for (const QString &prefix : prefixes) {
            if (path.startsWith(prefix))
                return idFromPathRest(path.mid(prefix.size()));
        }
        return {};
    }
    if (host == u"huggingface.co" || host == u"www.huggingface.co") {
        if (path.startsWith(u"/papers/"))
            return idFromPathRest(path.mid(8));
    }
    return {};
}

bool isValid(const QString &id)
{
    const QRegularExpressionMatch match = idPattern().match(id);
    return match.hasMatch() && match.captured(1) == id;
}

QUrl abstractUrl(const QString &id)
{
    return QUrl(QStringLiteral("https://arxiv.org/abs/") + id);
}

QUrl pdfUrl(const QString &id)
{
    return QUrl(QStringLiteral("https://arxiv.org/pdf/") + id);
}

QUrl huggingFaceUrl(const QString &id)
{
    return QUrl(QStringLiteral("https://huggingface.co/papers/") + id);
}

} // namespace ArxivId
