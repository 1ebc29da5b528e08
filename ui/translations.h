#pragma once

#include <QString>
#include <QStringList>

// The UI language: the system's by default, or the one chosen in Preferences ("en", "ko").
namespace Translations {

QString languageSetting(); // QSettings key; empty value means "follow the system"
QStringList availableLanguages();
// Installs the app's and Qt's own translations for `language` (empty: the system locale).
void install(const QString &language);

} // namespace Translations
