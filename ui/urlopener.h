#pragma once

#include <QString>
#include <QUrl>

// The one gate through which the app opens links: digest text is data, so only http and
// https ever reach the browser.
namespace UrlOpener {

bool isOpenable(const QUrl &url);

// Opens the url in the browser; on refusal or failure returns false with a message for the
// user in `why`.
bool open(const QUrl &url, QString *why);

} // namespace UrlOpener
