#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

// Preferences kept in QSettings: UI language, thumbnail cache size, opening on the newest day,
// and which library file to use. Language and library apply from the next start.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(const QString &currentLibrary, QWidget *parent = nullptr);

    static QString cacheSizeSetting();
    static QString startOnNewestDaySetting();
    static QString listThumbnailSetting();
    static int listThumbnailHeight(); // from the settings, with the default
    static qint64 cacheBytes();       // from the settings, with the default

    void accept() override;

private:
    void chooseLibrary();

    QComboBox *m_language;
    QSpinBox *m_cacheMb;
    QComboBox *m_thumbnails;
    QCheckBox *m_newestDay;
    QLabel *m_library;
    QString m_libraryPath;
};
