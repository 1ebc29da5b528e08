#include "mainwindow.h"
#include "support/loopbacknetwork.h"
#include "translations.h"

#include <QApplication>
#include <QListView>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The Korean UI: translations load from the embedded resources and reach menus and models.
class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void koreanMenus();
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

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
