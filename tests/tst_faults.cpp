#include "digest/digestparser.h"
#include "library/library.h"
#include "support/syntheticdigests.h"

#include "support/testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool runQuietly(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

QString integrityOf(const QString &path)
{
    QString result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}

} // namespace

// The ways a library is threatened from outside, each against a real SQLite file: none may
// cost a star.
class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void killedDuringImport();
    void twoProcessesShareOneLibrary();
    void diskFullDuringImport();
    void readOnlyLibrary();
    void libraryPathIsAFolder();
    void foreignSqliteFileIsRefused();

private:
    QString libraryPath() const { return m_dir->filePath(QStringLiteral("lib.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFaults::killedDuringImport()
{
    {
        Library library(libraryPath());
        QVERIFY(library.open());
        QVERIFY(library.importDigest(DigestParser::parseFile(TestPaths::fixture("modern.md"))));
        QVERIFY(
            library.setStarred({QStringLiteral("2412.00001"), QStringLiteral("2412.00002")}, true));
    }
    SyntheticDigests::Options options;
    options.days = 400;
    options.papersPerDay = 25;
    const QString digests = m_dir->filePath(QStringLiteral("digests"));
    QCOMPARE(SyntheticDigests::writeTree(digests, options), 10000);

    QProcess import;
    import.start(QStringLiteral(DAILYPAPERS_EXECUTABLE),
                 {QStringLiteral("import"), QStringLiteral("--library"), libraryPath(), digests});
    QVERIFY(import.waitForStarted());
    // Kill it once some files have landed, well before the end.
    int landed = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000 && import.state() == QProcess::Running) {
        QTest::qWait(20);
        Library probe(libraryPath());
        if (probe.open() && (landed = probe.paperCount()) > 200)
            break;
    }
    QVERIFY2(import.state() == QProcess::Running, "the import finished before it could be killed");
    QVERIFY(::kill(pid_t(import.processId()), SIGKILL) == 0);
    QVERIFY(import.waitForFinished(10000));
    QCOMPARE(import.exitStatus(), QProcess::CrashExit);

    QCOMPARE(integrityOf(libraryPath()), QStringLiteral("ok"));
    Library library(libraryPath());
    QVERIFY2(library.open(), qPrintable(library.lastError()));
    const int papers = library.paperCount();
    QVERIFY(papers > 2 && papers < 10002);
    // Every file is one transaction: only whole days landed.
    QCOMPARE((papers - 2) % options.papersPerDay, 0);
    QVERIFY(library.paper(QStringLiteral("2412.00001"))->starred);
    QVERIFY(library.paper(QStringLiteral("2412.00002"))->starred);
    QCOMPARE(library.papers(true).size(), 2);

    // And the next import picks up where the killed one stopped.
    QProcess resume;
    resume.start(QStringLiteral(DAILYPAPERS_EXECUTABLE),
                 {QStringLiteral("import"), QStringLiteral("--library"), library.path(), digests});
    QVERIFY(resume.waitForFinished(120000));
    QCOMPARE(resume.exitCode(), 0);
    QCOMPARE(library.paperCount(), 10002);
}

void TestFaults::twoProcessesShareOneLibrary()
{
    {
        Library library(libraryPath());
        QVERIFY(library.open());
    }
    SyntheticDigests::Options options;
    options.days = 40;
    options.papersPerDay = 25;
    const QString digests = m_dir->filePath(QStringLiteral("digests"));
    QCOMPARE(SyntheticDigests::writeTree(digests, options), 1000);

    // One process imports while another stars papers one by one: no write may be lost and
    // neither may fail with "database is locked".
    QProcess import;
    import.start(QStringLiteral(DAILYPAPERS_EXECUTABLE),
                 {QStringLiteral("import"), QStringLiteral("--library"), libraryPath(), digests});
    QStringList starred;
    for (int i = 0; i < 40; ++i) {
        const QString id = QStringLiteral("2401.%1").arg(90000 + i);
        starred.append(id);
        QProcess star;
        star.start(QStringLiteral(DAILYPAPERS_EXECUTABLE),
                   {QStringLiteral("star"), QStringLiteral("--library"), libraryPath(), id});
        QVERIFY(star.waitForFinished(30000));
        QVERIFY2(star.exitCode() == 0, star.readAllStandardError().constData());
    }
    QVERIFY(import.waitForFinished(120000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());

    Library library(libraryPath());
    QVERIFY(library.open());
    QCOMPARE(library.paperCount(), 1000);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stars"));
    db.setDatabaseName(library.path());
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM stars")) && q.next());
    QCOMPARE(q.value(0).toInt(), 40);
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("stars"));
}

void TestFaults::diskFullDuringImport()
{
    // A real full disk: a 2 MiB tmpfs, mounted for the test (CI runs as root).
    const QString mountPoint = m_dir->filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mountPoint));
    const bool mounted =
        ::geteuid() == 0 &&
        runQuietly(QStringLiteral("mount"),
                   {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=2m"), QStringLiteral("tmpfs"), mountPoint});
    const auto unmount = qScopeGuard([&] {
        if (mounted)
            runQuietly(QStringLiteral("umount"), {mountPoint});
    });
    if (!mounted)
        QSKIP("cannot mount a small tmpfs here (mounting needs root)");
    const QString path = QDir(mountPoint).filePath(QStringLiteral("lib.sqlite"));
    {
        Library library(path);
        QVERIFY(library.open());
        QVERIFY(library.importDigest(DigestParser::parseFile(TestPaths::fixture("modern.md"))));
        QVERIFY(library.setStarred({QStringLiteral("2412.00001")}, true));
    }
    SyntheticDigests::Options options;
    options.days = 1;
    options.papersPerDay = 3000; // several MiB: more than the disk holds
    const QByteArray big = SyntheticDigests::digestForDay(options, 0);
    Library library(path);
    QVERIFY(library.open());
    const std::optional<ImportSummary> summary =
        library.importDigest(DigestParser::parse(big, QStringLiteral("big.md")));
    QVERIFY(!summary);
    QVERIFY2(library.lastError().contains(QStringLiteral("disk is full")),
             qPrintable(library.lastError()));
    QCOMPARE(library.paperCount(), 2);
    QVERIFY(library.paper(QStringLiteral("2412.00001"))->starred);
    // Stars still work once there is room again for a tiny write.
    QVERIFY(library.setStarred({QStringLiteral("2412.00001")}, true));
}

void TestFaults::readOnlyLibrary()
{
    {
        Library library(libraryPath());
        QVERIFY(library.open());
        QVERIFY(library.importDigest(DigestParser::parseFile(TestPaths::fixture("modern.md"))));
        QVERIFY(library.setStarred({QStringLiteral("2412.00001")}, true));
    }
    // Root ignores permission bits; the immutable attribute holds even for root.
    const bool immutable =
        ::geteuid() == 0
            ? runQuietly(QStringLiteral("chattr"), {QStringLiteral("+i"), libraryPath()})
            : QFile::setPermissions(libraryPath(), QFile::ReadOwner | QFile::ReadUser);
    if (!immutable)
        QSKIP("cannot make the library read-only on this file system");
    const auto restore = qScopeGuard([this] {
        runQuietly(QStringLiteral("chattr"), {QStringLiteral("-i"), libraryPath()});
        QFile::setPermissions(libraryPath(), QFile::ReadOwner | QFile::WriteOwner);
    });
    const QByteArray before = fileBytes(libraryPath());

    Library library(libraryPath());
    QVERIFY2(library.open(), qPrintable(library.lastError()));
    QVERIFY(library.isReadOnly());
    QCOMPARE(library.paperCount(), 2);
    QVERIFY(library.paper(QStringLiteral("2412.00001"))->starred);
    QVERIFY(!library.setStarred({QStringLiteral("2412.00002")}, true));
    QVERIFY(library.lastError().contains(QStringLiteral("read-only")));
    QVERIFY(!library.importDigest(DigestParser::parseFile(TestPaths::fixture("votes.md"))));
    QCOMPARE(fileBytes(libraryPath()), before);
}

void TestFaults::libraryPathIsAFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("a-folder"));
    QVERIFY(QDir().mkpath(folder));
    Library library(folder);
    QVERIFY(!library.open());
    QVERIFY(!library.lastError().isEmpty());
    QVERIFY(QFileInfo(folder).isDir());
}

void TestFaults::foreignSqliteFileIsRefused()
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(libraryPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.org')")));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = fileBytes(libraryPath());
    Library library(libraryPath());
    QVERIFY(!library.open());
    QVERIFY(library.lastError().contains(QStringLiteral("another program")));
    QCOMPARE(fileBytes(libraryPath()), before);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
