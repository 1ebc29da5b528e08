#include "digest/digestparser.h"
#include "import/folderwatcher.h"
#include "library/library.h"
#include "models/itemroles.h"
#include "models/paperlistmodel.h"
#include "session/librarycontroller.h"

#include "support/rawsql.h"
#include "support/syntheticdigests.h"
#include "support/testpaths.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

namespace {} // namespace

class TestLibraryController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sampleOnlyWhenEmpty();
    void starsAndReadMarksReachModelAndDisk();
    void importRunsInBackgroundAndReloads();
    void backgroundWorkLeavesTheGlobalPoolFree();
    void searchIndexCatchesUpInTheBackground();
    void watchedFolderImportsNewAndChangedDigests();
    void removingFolderKeepsStars();
    void bigLibraryWritesAndReloadsOnAWorker();
    void writeFailureIsReported();

private:
    QString libraryPath() const { return m_dir->filePath(QStringLiteral("lib.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLibraryController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLibraryController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestLibraryController::sampleOnlyWhenEmpty()
{
    LibraryController controller(libraryPath());
    QAbstractItemModelTester tester(controller.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(controller.open());
    QVERIFY(controller.importSampleIfEmpty());
    QCOMPARE(controller.model()->rowCount(), 6);
    QVERIFY(!controller.importSampleIfEmpty()); // not twice
    QCOMPARE(controller.model()->rowCount(), 6);
}

void TestLibraryController::starsAndReadMarksReachModelAndDisk()
{
    {
        LibraryController controller(libraryPath());
        QVERIFY(controller.open());
        QVERIFY(controller.importSampleIfEmpty());
        QSignalSpy changed(&controller, &LibraryController::paperChanged);
        QVERIFY(controller.toggleStar(QStringLiteral("1810.04805")));
        QVERIFY(controller.setRead(QStringLiteral("1810.04805"), true));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(controller.model()->starredCount(), 1);
        QVERIFY(controller.model()->rowFor(QStringLiteral("1810.04805"))->read);
        QVERIFY(controller.markAllRead());
        QVERIFY(controller.model()->rowFor(QStringLiteral("1706.03762"))->read);
    }
    LibraryController reopened(libraryPath());
    QVERIFY(reopened.open());
    QVERIFY(reopened.model()->rowFor(QStringLiteral("1810.04805"))->starred);
    QVERIFY(reopened.model()->rowFor(QStringLiteral("2005.14165"))->read);
}

void TestLibraryController::importRunsInBackgroundAndReloads()
{
    LibraryController controller(libraryPath());
    QVERIFY(controller.open());
    QSignalSpy finished(&controller, &LibraryController::importFinished);
    QSignalSpy reloaded(&controller, &LibraryController::reloaded);
    QVERIFY(controller.importPaths({TestPaths::fixture("modern.md")}));
    QVERIFY(controller.importPaths({TestPaths::fixture("votes.md")})); // queued behind the first
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(controller.model()->rowCount(), 7);
    QVERIFY(reloaded.size() >= 2);
}

void TestLibraryController::backgroundWorkLeavesTheGlobalPoolFree()
{
    // Qt's raster engine lends big paints to the global pool and waits for them on the GUI
    // thread, so an import or library read sitting there froze the window. With the global
    // pool's only thread held, an import and the reload after it must still finish.
    QThreadPool *global = QThreadPool::globalInstance();
    const int threads = global->maxThreadCount();
    global->setMaxThreadCount(1);
    QSemaphore held;
    global->start([&held] { held.acquire(); });

    LibraryController controller(libraryPath());
    QVERIFY(controller.open());
    QSignalSpy finished(&controller, &LibraryController::importFinished);
    QVERIFY(controller.importPaths({TestPaths::fixture("modern.md")}));
    const bool done = finished.wait(20000);
    held.release();
    global->waitForDone();
    global->setMaxThreadCount(threads);
    QVERIFY(done);
    QVERIFY(controller.model()->paperCount() > 0);
}

void TestLibraryController::searchIndexCatchesUpInTheBackground()
{
    // Papers stored but not yet indexed (an import cut short) are indexed after opening,
    // without waiting for a search and without holding up the window.
    {
        Library library(libraryPath());
        QVERIFY(library.open());
        QVERIFY(library.importDigest(DigestParser::parseFile(TestPaths::fixture("modern.md"))));
    }
    const auto pending = [this] {
        return rawSql(libraryPath(), QStringLiteral("SELECT COUNT(*) FROM search_pending"))
            .value_or(-1)
            .toInt();
    };
    QVERIFY(pending() > 0);
    LibraryController controller(libraryPath());
    QVERIFY(controller.open());
    QTRY_COMPARE(pending(), 0);
}

void TestLibraryController::watchedFolderImportsNewAndChangedDigests()
{
    QTemporaryDir folder;
    QVERIFY(QFile::copy(TestPaths::fixture("modern.md"), folder.filePath(QStringLiteral("a.md"))));
    LibraryController controller(libraryPath());
    QVERIFY(controller.open());
    controller.folderWatcher()->setQuietPeriod(100);
    QSignalSpy finished(&controller, &LibraryController::importFinished);
    QVERIFY(controller.addFolder(folder.path()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(controller.model()->rowCount(), 2);
    QCOMPARE(controller.folders(), QStringList{folder.path()});

    // A new digest appears in a new subfolder.
    QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("2024/03")));
    QVERIFY(QFile::copy(TestPaths::fixture("votes.md"),
                        folder.filePath(QStringLiteral("2024/03/01.md"))));
    QTRY_COMPARE_WITH_TIMEOUT(controller.model()->rowCount(), 7, 30000);

    // An existing digest is edited in place.
    {
        QFile file(folder.filePath(QStringLiteral("a.md")));
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n### [Appended Paper](https://arxiv.org/abs/2412.00009)\n\n- Added later.\n");
    }
    QTRY_COMPARE_WITH_TIMEOUT(controller.model()->rowCount(), 8, 30000);
}

void TestLibraryController::removingFolderKeepsStars()
{
    QTemporaryDir folder;
    QVERIFY(QFile::copy(TestPaths::fixture("modern.md"), folder.filePath(QStringLiteral("a.md"))));
    LibraryController controller(libraryPath());
    QVERIFY(controller.open());
    QSignalSpy finished(&controller, &LibraryController::importFinished);
    QVERIFY(controller.addFolder(folder.path()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(controller.setStarred(QStringLiteral("2412.00002"), true));
    const std::optional<int> removed = controller.removeFolder(folder.path());
    QCOMPARE(removed, std::optional<int>(1));
    QCOMPARE(controller.model()->rowCount(), 1);
    QVERIFY(controller.model()->rowFor(QStringLiteral("2412.00002"))->starred);
    QVERIFY(controller.folders().isEmpty());
    QVERIFY(controller.folderWatcher()->folders().isEmpty());
}

void TestLibraryController::bigLibraryWritesAndReloadsOnAWorker()
{
    // Past LibraryController's read-at-once size, marking all read and removing a folder work
    // on a worker; the rows change when the work is done.
    QTemporaryDir folder;
    SyntheticDigests::Options options;
    options.days = 171;
    options.papersPerDay = 30; // 5,130 papers
    QVERIFY(SyntheticDigests::writeTree(folder.path(), options) > 5000);
    LibraryController controller(libraryPath());
    QVERIFY(controller.open());
    QSignalSpy finished(&controller, &LibraryController::importFinished);
    QVERIFY(controller.addFolder(folder.path()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    PaperListModel *model = controller.model();
    QVERIFY(model->paperCount() > 5000);
    const QString someId = model->index(0, 0).data(ItemRoles::ArxivIdRole).toString();
    QVERIFY(!model->rowFor(someId)->read);

    QVERIFY(controller.markAllRead());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowFor(someId)->read, 30000);
    for (int row = 0; row < model->rowCount(); row += 97)
        QVERIFY(model->index(row, 0).data(ItemRoles::ReadRole).toBool());
    {
        Library library(libraryPath());
        QVERIFY(library.open());
        QVERIFY(library.paper(someId)->read);
    }

    // The folder's papers go, except the starred one.
    QVERIFY(controller.setStarred(someId, true));
    const int papers = model->paperCount();
    QCOMPARE(controller.removeFolder(folder.path()), std::optional<int>(papers - 1));
    QTRY_COMPARE_WITH_TIMEOUT(model->paperCount(), 1, 30000);
    QVERIFY(model->rowFor(someId)->starred);
    QVERIFY(model->rowFor(someId)->read);
}

void TestLibraryController::writeFailureIsReported()
{
    LibraryController controller(libraryPath());
    QVERIFY(controller.open());
    QVERIFY(controller.importSampleIfEmpty());
    // A real SQLite refusal: a trigger rejects every new star.
    QVERIFY(
        rawSql(libraryPath(), QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON stars BEGIN "
                                             "SELECT RAISE(ABORT, 'no stars today'); END")));
    QSignalSpy failed(&controller, &LibraryController::writeFailed);
    QVERIFY(!controller.toggleStar(QStringLiteral("1706.03762")));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("no stars today")));
    // The model does not claim a star the library does not have.
    QVERIFY(!controller.model()->rowFor(QStringLiteral("1706.03762"))->starred);
}

QTEST_GUILESS_MAIN(TestLibraryController)
#include "tst_librarycontroller.moc"
