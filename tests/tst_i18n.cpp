#include "mainwindow.h"
#include "preferencesdialog.h"
#include "support/loopbacknetwork.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The Korean UI: translations load from the embedded resources and reach menus and models.
class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void koreanMenus();
    void preferencesAreKept();
};

void TestI18n::koreanMenus()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QStringLiteral("ko"));
    QTemporaryDir dir;
    LoopbackNetwork network;
    MainWindow window(dir.filePath(QStringLiteral("lib.sqlite")), &network);
    window.show();
    QVERIFY(window.openLibrary());
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QVERIFY2(menus.contains(QStringLiteral("파일(&F)")), qPrintable(menus.join(u',')));
    QVERIFY(menus.contains(QStringLiteral("논문(&P)")));
    QVERIFY(window.dayList()->model()->index(0, 0).data().toString().startsWith(
        QStringLiteral("전체 날짜")));
}

void TestI18n::preferencesAreKept()
{
    QSettings().clear();
    PreferencesDialog dialog(QStringLiteral("/tmp/some/library.sqlite"));
    const QList<QComboBox *> boxes = dialog.findChildren<QComboBox *>();
    QCOMPARE(boxes.size(), 2);
    QComboBox *language = boxes.at(0);
    QComboBox *thumbnails = boxes.at(1);
    auto *cache = dialog.findChild<QSpinBox *>();
    auto *newest = dialog.findChild<QCheckBox *>();
    QVERIFY(language && cache && newest);
    QCOMPARE(language->currentData().toString(), QString()); // follows the system by default
    language->setCurrentIndex(language->findData(QStringLiteral("ko")));
    cache->setValue(64);
    newest->setChecked(true);
    thumbnails->setCurrentIndex(thumbnails->findData(0));
    dialog.accept();
    QSettings settings;
    QCOMPARE(settings.value(Translations::languageSetting()).toString(), QStringLiteral("ko"));
    QCOMPARE(PreferencesDialog::cacheBytes(), qint64(64) * 1024 * 1024);
    QVERIFY(settings.value(PreferencesDialog::startOnNewestDaySetting()).toBool());
    QCOMPARE(PreferencesDialog::listThumbnailHeight(), 0);
    QCOMPARE(settings.value(MainWindow::libraryPathSetting()).toString(),
             QStringLiteral("/tmp/some/library.sqlite"));

    // Opening on the newest day picks it in the navigator.
    QTemporaryDir dir;
    LoopbackNetwork network;
    MainWindow window(dir.filePath(QStringLiteral("lib.sqlite")), &network);
    window.show();
    QVERIFY(window.openLibrary());
    QCOMPARE(window.dayList()->currentIndex().row(), 2);
    // No thumbnails: compact rows.
    QVERIFY(window.paperList()->visualRect(window.paperList()->model()->index(0, 1)).height() < 30);
    settings.clear();
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
