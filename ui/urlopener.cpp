#include "urlopener.h"

#include <QCoreApplication>
#include <QDesktopServices>

namespace UrlOpener {

bool isOpenable(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == u"https" || url.scheme() == u"http");
}

bool open(const QUrl &url, QString *why)
{
    if (!isOpenable(url)) {
        if (why)
            *why = QCoreApplication::translate("UrlOpener",
                                               "Refused to open \"%1\": only http and https "
                                               "links are opened.")
                       .arg(url.toDisplayString().left(200));
        return false;
    }
    if (!QDesktopServices::openUrl(url)) {
        if (why)
            *why = QCoreApplication::translate("UrlOpener", "Could not open %1 in the browser.")
                       .arg(url.toDisplayString());
        return false;
    }
    return true;
}

} // namespace UrlOpener
