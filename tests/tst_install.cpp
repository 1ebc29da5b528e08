#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

} // namespace

// `cmake --install` into a temporary prefix gives a tree a desktop expects, and the desktop
// metadata passes the freedesktop and AppStream validators.
class TestInstall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void installedTree();
    void desktopFileValidates();
    void metainfoValidates();

private:
    QTemporaryDir m_prefix;
};

void TestInstall::initTestCase()
{
    const Run install = run(QStringLiteral("cmake"),
                            {QStringLiteral("--install"), QStringLiteral(DAILYPAPERS_BINARY_DIR),
                             QStringLiteral("--prefix"), m_prefix.path()});
    QVERIFY2(install.exitCode == 0, qPrintable(install.output));
}

void TestInstall::installedTree()
{
    const QDir prefix(m_prefix.path());
    for (const char *path :
         {"bin/dailypapers", "share/applications/org.dailypapers.DailyPapers.desktop",
          "share/metainfo/org.dailypapers.DailyPapers.metainfo.xml",
          "share/icons/hicolor/scalable/apps/org.dailypapers.DailyPapers.svg",
          "share/dailypapers/translations/dailypapers_ko.qm"})
        QVERIFY2(QFileInfo::exists(prefix.filePath(QLatin1String(path))), path);
    QVERIFY(QFileInfo(prefix.filePath(QStringLiteral("bin/dailypapers"))).isExecutable());
    const Run version =
        run(prefix.filePath(QStringLiteral("bin/dailypapers")), {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.output.startsWith(QStringLiteral("dailypapers ")));
}

void TestInstall::desktopFileValidates()
{
    const QString validator =
        QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (scripts/dev.sh test installs it)");
    const Run check = run(
        validator,
        {QDir(m_prefix.path())
             .filePath(QStringLiteral("share/applications/org.dailypapers.DailyPapers.desktop"))});
    QVERIFY2(check.exitCode == 0 && check.output.trimmed().isEmpty(), qPrintable(check.output));
}

void TestInstall::metainfoValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (validator.isEmpty())
        QSKIP("appstreamcli is not installed (scripts/dev.sh test installs it)");
    const Run check = run(
        validator,
        {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
         QDir(m_prefix.path())
             .filePath(QStringLiteral("share/metainfo/org.dailypapers.DailyPapers.metainfo.xml"))});
    QVERIFY2(check.exitCode == 0, qPrintable(check.output));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
