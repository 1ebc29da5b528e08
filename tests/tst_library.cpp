#include "digest/digestparser.h"
#include "import/digestimporter.h"
#include "library/library.h"

#include "support/testpaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

ParsedDigest parseText(const QByteArray &markdown, const QString &name = QStringLiteral("test.md"))
{
    return DigestParser::parse(markdown, name);
}

QByteArray digestFor(const QString &day, const QString &title, int votes,
                     const QString &body = QStringLiteral("Body."))
{
    return QStringLiteral("## Daily Papers (%1)\n\n### [%2](https://arxiv.org/abs/2401.00001)\n\n"
                          "Vote: %3\n\nAuthors: A B\n\n- **What's New**: %4\n")
        .arg(day, title)
        .arg(votes)
        .arg(body)
        .toUtf8();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importAndRead();
    void reimportChangesNothing();
    void starsAndReadMarksSurviveReimport();
    void sameFileTwiceThroughImporter();
    void appearancesKeepVoteHistory();
    void olderDigestDoesNotOverrideNewerContent();
    void failedImportLeavesLibraryUnchanged();
    void reopenKeepsEverything();
    void schemaVersionIsSet();
    void notALibraryIsRefusedAndKept();
    void starredOnlyExport();
    void migratesSchema1AndKeepsStars();
    void removingAFolderKeepsStarredPapers();
    void readsOfflineAfterDigestsAreDeleted();
    void markAllRead();

private:
    QString libraryPath() const { return m_dir->filePath(QStringLiteral("library.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLibrary::importAndRead()
{
    Library library(libraryPath());
    QVERIFY2(library.open(), qPrintable(library.lastError()));
    QVERIFY(library.isEmpty());
    const std::optional<ImportSummary> summary =
        library.importDigest(DigestParser::parseFile(TestPaths::fixture("modern.md")));
    QVERIFY(summary);
    QCOMPARE(summary->added, 2);
    QCOMPARE(summary->updated, 0);

    const QList<PaperRow> rows = library.paperRows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).arxivId, QStringLiteral("2412.00001")); // 42 votes before 7
    QCOMPARE(rows.at(0).votes, std::optional<int>(42));
    QCOMPARE(rows.at(0).date, QDate(2024, 12, 27));
    QVERIFY(!rows.at(0).starred);
    QVERIFY(!rows.at(0).read);

    const std::optional<PaperRecord> paper = library.paper(QStringLiteral("2412.00001"));
    QVERIFY(paper);
    QCOMPARE(paper->title, QStringLiteral("Sparse Mixture Routers for Tiny Devices"));
    QCOMPARE(paper->authors.size(), 3);
    QCOMPARE(paper->sections.size(), 3);
    QCOMPARE(paper->sections.at(0).label, QStringLiteral("What's New"));
    QCOMPARE(paper->appearances.size(), 1);
    QCOMPARE(paper->votes(), std::optional<int>(42));
    QVERIFY(paper->thumbnailUrl.isValid());
    QVERIFY(!library.paper(QStringLiteral("0000.00000")));
}

void TestLibrary::reimportChangesNothing()
{
    Library library(libraryPath());
    QVERIFY(library.open());
    const ParsedDigest digest = DigestParser::parseFile(TestPaths::fixture("structure.md"));
    QVERIFY(library.importDigest(digest));
    const QList<PaperRecord> before = library.papers();
    const std::optional<ImportSummary> again = library.importDigest(digest);
    QVERIFY(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->unchanged, 2);
    const QList<PaperRecord> after = library.papers();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).title, before.at(i).title);
        QCOMPARE(after.at(i).sections, before.at(i).sections);
        QCOMPARE(after.at(i).appearances.size(), before.at(i).appearances.size());
    }
}

void TestLibrary::starsAndReadMarksSurviveReimport()
{
    Library library(libraryPath());
    QVERIFY(library.open());
    QVERIFY(library.importDigest(
        parseText(digestFor(QStringLiteral("2024-01-10"), QStringLiteral("First"), 3))));
    QVERIFY(library.setStarred({QStringLiteral("2401.00001")}, true));
    QVERIFY(library.setRead({QStringLiteral("2401.00001")}, true));

    // The digest changes: new votes and new text. User data stays.
    const std::optional<ImportSummary> summary = library.importDigest(
        parseText(digestFor(QStringLiteral("2024-01-10"), QStringLiteral("First, revised"), 8)));
    QVERIFY(summary);
    QCOMPARE(summary->updated, 1);
    const std::optional<PaperRecord> paper = library.paper(QStringLiteral("2401.00001"));
    QVERIFY(paper);
    QCOMPARE(paper->title, QStringLiteral("First, revised"));
    QCOMPARE(paper->votes(), std::optional<int>(8));
    QVERIFY(paper->starred);
    QVERIFY(paper->read);

    QVERIFY(library.setStarred({QStringLiteral("2401.00001")}, false));
    QVERIFY(!library.paper(QStringLiteral("2401.00001"))->starred);
}

void TestLibrary::sameFileTwiceThroughImporter()
{
    Library library(libraryPath());
    QVERIFY(library.open());
    DigestImporter importer(library);
    const QStringList files =
        DigestImporter::collectFiles({QStringLiteral(DAILYPAPERS_FIXTURES_DIR)}, nullptr);
    QCOMPARE(files.size(), 7);
    const ImportReport first = importer.importFiles(files);
    QCOMPARE(first.filesImported, 6);
    QCOMPARE(first.filesFailed, 1); // not-a-digest.md
    QVERIFY(first.papers.added > 0);
    const int papers = library.paperCount();

    const ImportReport second = importer.importFiles(files);
    QCOMPARE(second.filesImported, 0);
    QCOMPARE(second.filesUnchanged, 6);
    QCOMPARE(second.papers.added, 0);
    QCOMPARE(second.papers.updated, 0);
    QCOMPARE(library.paperCount(), papers);
}

void TestLibrary::appearancesKeepVoteHistory()
{
    Library library(libraryPath());
    QVERIFY(library.open());
    QVERIFY(library.importDigest(DigestParser::parseFile(TestPaths::fixture("structure.md"))));
    const std::optional<PaperRecord> paper = library.paper(QStringLiteral("2404.00001"));
    QVERIFY(paper);
    QCOMPARE(paper->appearances.size(), 2);
    QCOMPARE(paper->appearances.at(0).date, QDate(2024, 4, 1));
    QCOMPARE(paper->appearances.at(0).votes, std::optional<int>(5));
    QCOMPARE(paper->appearances.at(1).date, QDate(2024, 4, 2));
    QCOMPARE(paper->appearances.at(1).votes, std::optional<int>(9));
    QCOMPARE(paper->votes(), std::optional<int>(9));
    QCOMPARE(library.paperRows().at(0).votes, std::optional<int>(9));
    QCOMPARE(library.paperRows().at(0).date, QDate(2024, 4, 2));
}

void TestLibrary::olderDigestDoesNotOverrideNewerContent()
{
    Library library(libraryPath());
    QVERIFY(library.open());
    QVERIFY(library.importDigest(
        parseText(digestFor(QStringLiteral("2024-01-11"), QStringLiteral("Newer title"), 20),
                  QStringLiteral("new.md"))));
    const std::optional<ImportSummary> older = library.importDigest(
        parseText(digestFor(QStringLiteral("2024-01-10"), QStringLiteral("Older title"), 2),
                  QStringLiteral("old.md")));
    QVERIFY(older);
    QCOMPARE(older->updated, 1); // a new appearance
    const std::optional<PaperRecord> paper = library.paper(QStringLiteral("2401.00001"));
    QCOMPARE(paper->title, QStringLiteral("Newer title"));
    QCOMPARE(paper->votes(), std::optional<int>(20));
    QCOMPARE(paper->appearances.size(), 2);
    QCOMPARE(paper->appearances.at(0).sourceFile, QStringLiteral("old.md"));
}

void TestLibrary::failedImportLeavesLibraryUnchanged()
{
    Library library(libraryPath());
    QVERIFY(library.open());
    QVERIFY(library.importDigest(DigestParser::parseFile(TestPaths::fixture("modern.md"))));
    QVERIFY(library.setStarred({QStringLiteral("2412.00001")}, true));
    {
        // A real SQLite failure in the middle of a file: a trigger refuses one section.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        db.setDatabaseName(libraryPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TRIGGER refuse BEFORE INSERT ON paper_sections WHEN NEW.body LIKE '%BREAK%' "
            "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));

    const QByteArray markdown = "## Daily Papers (2024-05-01)\n\n"
                                "### [Fine](https://arxiv.org/abs/2405.00001)\n\n- Fine.\n\n"
                                "### [Also fine](https://arxiv.org/abs/2405.00002)\n\n- Fine.\n\n"
                                "### [Breaks](https://arxiv.org/abs/2405.00003)\n\n- BREAK here.\n";
    QVERIFY(!library.importDigest(parseText(markdown)));
    QVERIFY(library.lastError().contains(QStringLiteral("injected failure")));
    QCOMPARE(library.paperCount(), 2);
    QVERIFY(!library.paper(QStringLiteral("2405.00001")));
    QVERIFY(library.paper(QStringLiteral("2412.00001"))->starred);
}

void TestLibrary::reopenKeepsEverything()
{
    {
        Library library(libraryPath());
        QVERIFY(library.open());
        QVERIFY(library.importDigest(DigestParser::parseFile(TestPaths::fixture("video.md"))));
        QVERIFY(library.setStarred({QStringLiteral("2312.00002")}, true));
    }
    Library reopened(libraryPath());
    QVERIFY(reopened.open());
    QCOMPARE(reopened.paperCount(), 4);
    QVERIFY(reopened.paper(QStringLiteral("2312.00002"))->starred);
    QCOMPARE(reopened.paper(QStringLiteral("2312.00001"))->thumbnailUrl.fileName(),
             QStringLiteral("clip-one.mp4"));
}

void TestLibrary::schemaVersionIsSet()
{
    Library library(libraryPath());
    QVERIFY(library.open());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
    db.setDatabaseName(libraryPath());
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

void TestLibrary::notALibraryIsRefusedAndKept()
{
    const QByteArray junk =
        QByteArray("This is not an SQLite database, it is a note.\n").repeated(200);
    {
        QFile file(libraryPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(junk);
    }
    Library library(libraryPath());
    QVERIFY(!library.open());
    QVERIFY2(library.lastError().contains(QStringLiteral("damaged or not a Daily Papers library")),
             qPrintable(library.lastError()));
    QCOMPARE(fileBytes(libraryPath()), junk);
}

void TestLibrary::starredOnlyExport()
{
    Library library(libraryPath());
    QVERIFY(library.open());
    QVERIFY(library.importDigest(DigestParser::parseFile(TestPaths::fixture("votes.md"))));
    QVERIFY(library.setStarred({QStringLiteral("2403.00003")}, true));
    const QList<PaperRecord> starred = library.papers(true);
    QCOMPARE(starred.size(), 1);
    QCOMPARE(starred.at(0).arxivId, QStringLiteral("2403.00003"));
    QCOMPARE(starred.at(0).votes(), std::optional<int>(1234));
    QCOMPARE(library.papers().size(), 5);
}

void TestLibrary::migratesSchema1AndKeepsStars()
{
    // A library as the first release wrote it: schema 1 only, a paper and a star.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(libraryPath());
        QVERIFY(db.open());
        QFile script(QStringLiteral(":/migrations/001_initial.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QSqlQuery q(db);
        QString sql;
        for (const QString &line : QString::fromUtf8(script.readAll()).split(u'\n')) {
            if (line.trimmed().startsWith(QStringLiteral("--")))
                continue;
            sql += line + u'\n';
            if (line.trimmed().endsWith(u';')) {
                QVERIFY2(q.exec(sql), qPrintable(sql));
                sql.clear();
            }
        }
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO papers (arxiv_id, title, url, content_day, content_hash, latest_day, "
            "latest_votes) VALUES ('2401.00009', 'Old', 'https://arxiv.org/abs/2401.00009', "
            "'2024-01-01', 'x', '2024-01-01', 3)")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO appearances VALUES (1, '2024-01-01', 3, 'old.md')")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO stars VALUES ('2401.00009', '2024-01-02T00:00:00Z')")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO stars VALUES ('2401.77777', '2024-01-02T00:00:00Z')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    Library library(libraryPath());
    QVERIFY2(library.open(), qPrintable(library.lastError()));
    QVERIFY(library.paper(QStringLiteral("2401.00009"))->starred);
    QVERIFY(library.addFolder(QStringLiteral("/tmp/digests"))); // a table of schema 2
    QCOMPARE(library.folders(), QStringList{QStringLiteral("/tmp/digests")});
    // A star on a paper the library has not seen yet is user data too: still there.
    QVERIFY(library.setStarred({QStringLiteral("2401.77777")}, true));
    QCOMPARE(library.papers(true).size(), 1);
}

void TestLibrary::removingAFolderKeepsStarredPapers()
{
    QTemporaryDir digests;
    QVERIFY(QFile::copy(TestPaths::fixture("modern.md"), digests.filePath(QStringLiteral("a.md"))));
    QVERIFY(QFile::copy(TestPaths::fixture("votes.md"), digests.filePath(QStringLiteral("b.md"))));
    Library library(libraryPath());
    QVERIFY(library.open());
    QVERIFY(
        library.importDigest(DigestParser::parseFile(TestPaths::fixture("early.md")))); // elsewhere
    QVERIFY(library.addFolder(digests.path()));
    DigestImporter importer(library);
    QCOMPARE(
        importer.importFiles(DigestImporter::collectFiles({digests.path()}, nullptr)).filesImported,
        2);
    QCOMPARE(library.paperCount(), 9);
    QVERIFY(library.setStarred({QStringLiteral("2403.00003")}, true));

    const std::optional<int> removed = library.removeFolder(digests.path());
    QVERIFY2(removed, qPrintable(library.lastError()));
    QCOMPARE(*removed, 6);
    QCOMPARE(library.paperCount(), 3);
    QVERIFY(library.paper(QStringLiteral("2403.00003"))->starred);
    QCOMPARE(library.paper(QStringLiteral("2403.00003"))->votes(), std::optional<int>(1234));
    QVERIFY(library.paper(QStringLiteral("2311.00001")));
    QVERIFY(library.folders().isEmpty());
}

void TestLibrary::readsOfflineAfterDigestsAreDeleted()
{
    {
        QTemporaryDir digests;
        QVERIFY(
            QFile::copy(TestPaths::fixture("modern.md"), digests.filePath(QStringLiteral("a.md"))));
        Library library(libraryPath());
        QVERIFY(library.open());
        DigestImporter importer(library);
        QCOMPARE(importer.importFiles({digests.filePath(QStringLiteral("a.md"))}).filesImported, 1);
        QVERIFY(library.setStarred({QStringLiteral("2412.00002")}, true));
        QVERIFY(library.setRead({QStringLiteral("2412.00001")}, true));
    } // the digest folder is gone now
    Library library(libraryPath());
    QVERIFY(library.open());
    QCOMPARE(library.paperCount(), 2);
    const std::optional<PaperRecord> paper = library.paper(QStringLiteral("2412.00001"));
    QCOMPARE(paper->sections.size(), 3);
    QVERIFY(paper->read);
    QVERIFY(library.paper(QStringLiteral("2412.00002"))->starred);
}

void TestLibrary::markAllRead()
{
    Library library(libraryPath());
    QVERIFY(library.open());
    QVERIFY(library.importDigest(DigestParser::parseFile(TestPaths::fixture("votes.md"))));
    QVERIFY(library.setAllRead());
    for (const PaperRow &row : library.paperRows())
        QVERIFY(row.read);
    QVERIFY(library.setRead({QStringLiteral("2403.00001")}, false));
    QCOMPARE(library.paperRows().size(), 5);
    QVERIFY(!library.paper(QStringLiteral("2403.00001"))->read);
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
