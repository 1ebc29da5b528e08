#include "digest/digestparser.h"
#include "import/digestimporter.h"
#include "library/library.h"
#include "support/testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray onePaper(const QByteArray &title = "A Paper")
{
    return "## Daily Papers (2024-05-01)\n\n### [" + title +
           "](https://arxiv.org/abs/2405.00001)\n\nVote: 3\n\nAuthors: A B\n\n- **What's New**: "
           "Text.\n";
}

bool mentions(const ImportReport &report, const QString &fragment)
{
    for (const ParseWarning &warning : report.warnings) {
        if (warning.message.contains(fragment))
            return true;
    }
    return false;
}

} // namespace

// Files from the internet, each rejected (or read) with a clear message, in bounded time, never
// crashing, and never changing the library when rejected.
class TestHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void rejected_data();
    void rejected();
    void bomAndCrlfImportNormally();
    void utf16WithBomImports();
    void invalidUtf8ImportsWithAWarning();
    void oneTenMegabyteLine();
    void aMillionHeadings();
    void listsNestedTenThousandDeep();
    void unterminatedCodeFence();
    void symlinkLoopInAFolder();
    void fileDisappearsBeforeItIsRead();
    void rawHtmlAndSchemesStayData();
    void fuzzFindingsStayFixed_data();
    void fuzzFindingsStayFixed();

private:
    ImportReport importOne(const QString &path);
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestHostile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHostile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = std::make_unique<Library>(path(QStringLiteral("lib.sqlite")));
    QVERIFY(m_library->open());
    QVERIFY(m_library->importDigest(
        DigestParser::parse(onePaper("Already Here"), QStringLiteral("seed.md"))));
    QVERIFY(m_library->setStarred({QStringLiteral("2405.00001")}, true));
}

ImportReport TestHostile::importOne(const QString &file)
{
    DigestImporter importer(*m_library);
    QElapsedTimer clock;
    clock.start();
    ImportReport report =
        importer.importFiles(DigestImporter::collectFiles({file}, &report.warnings));
    // Bounded time: generous for a slow CI machine, far below a hang.
    [&] {
        QVERIFY2(clock.elapsed() < 60000, qPrintable(file));
    }();
    return report;
}

void TestHostile::rejected_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("sparseSize");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty file") << QByteArray() << qint64(0) << "not a daily papers digest";
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 29);
    QTest::newRow("png renamed .md")
        << png + QByteArray(512, '\x7f') << qint64(0) << "not a text file";
    QTest::newRow("200 MB file") << QByteArray() << qint64(200) * 1024 * 1024 << "too large";
    QTest::newRow("notes, not a digest")
        << QByteArray("# Notes\n\n- one\n- two\n") << qint64(0) << "not a daily papers digest";
}

void TestHostile::rejected()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, sparseSize);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("hostile.md"));
    QVERIFY(writeFile(file, content));
    if (sparseSize > 0) {
        QFile sparse(file);
        QVERIFY(sparse.resize(sparseSize)); // a hole on disk: size without the bytes
    }
    const QList<PaperRecord> before = m_library->papers();
    const ImportReport report = importOne(file);
    QCOMPARE(report.filesImported, 0);
    QCOMPARE(report.filesFailed, 1);
    QVERIFY2(
        mentions(report, message),
        qPrintable(report.warnings.isEmpty() ? QString() : report.warnings.first().toString()));
    QCOMPARE(report.warnings.first().file, file);
    const QList<PaperRecord> after = m_library->papers();
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.first().title, QStringLiteral("Already Here"));
    QVERIFY(after.first().starred);
}

void TestHostile::bomAndCrlfImportNormally()
{
    QByteArray content = "\xEF\xBB\xBF" + onePaper("With BOM");
    content.replace("\n", "\r\n");
    QVERIFY(writeFile(path(QStringLiteral("bom.md")), content));
    const ImportReport report = importOne(path(QStringLiteral("bom.md")));
    QCOMPARE(report.filesImported, 1);
    QVERIFY(report.warnings.isEmpty());
    const std::optional<PaperRecord> paper = m_library->paper(QStringLiteral("2405.00001"));
    QCOMPARE(paper->title, QStringLiteral("With BOM"));
    QCOMPARE(paper->sections.first().text, QStringLiteral("Text."));
    QVERIFY(paper->starred);
}

void TestHostile::utf16WithBomImports()
{
    const QString text = QString::fromUtf8(onePaper("UTF-16 제목"));
    QByteArray bytes("\xFF\xFE", 2);
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QVERIFY(writeFile(path(QStringLiteral("utf16.md")), bytes));
    QCOMPARE(importOne(path(QStringLiteral("utf16.md"))).filesImported, 1);
    QCOMPARE(m_library->paper(QStringLiteral("2405.00001"))->title, QStringLiteral("UTF-16 제목"));
}

void TestHostile::invalidUtf8ImportsWithAWarning()
{
    QVERIFY(writeFile(path(QStringLiteral("bad.md")), onePaper("Bad \xC3\x28 Bytes")));
    const ImportReport report = importOne(path(QStringLiteral("bad.md")));
    QCOMPARE(report.filesImported, 1);
    QVERIFY(mentions(report, QStringLiteral("not valid UTF-8")));
    QCOMPARE(report.warnings.first().line, 3);
}

void TestHostile::oneTenMegabyteLine()
{
    const QByteArray line(10 * 1024 * 1024, 'x');
    QVERIFY(writeFile(path(QStringLiteral("long.md")), onePaper() + "- " + line + "\n"));
    const ImportReport report = importOne(path(QStringLiteral("long.md")));
    QCOMPARE(report.filesImported, 1);
    QCOMPARE(m_library->paper(QStringLiteral("2405.00001"))->sections.size(), 2);
}

void TestHostile::aMillionHeadings()
{
    QByteArray content = "## Daily Papers (2024-01-01)\n\n";
    content.reserve(52 * 1000 * 1000);
    for (int i = 0; i < 1000000; ++i)
        content += "### [H" + QByteArray::number(i) + "](https://arxiv.org/abs/2401." +
                   QByteArray::number(10000 + i % 90000) + ")\n";
    QVERIFY(writeFile(path(QStringLiteral("million.md")), content));
    const ImportReport report = importOne(path(QStringLiteral("million.md")));
    QVERIFY(mentions(report, QStringLiteral("more than 20000 papers")));
    QVERIFY(m_library->paperCount() <= DigestParser::MaxPapersPerFile + 1);
}

void TestHostile::listsNestedTenThousandDeep()
{
    // "- - - x" nests a list in each item on one line: 10,000 levels in 20 KB. Indented
    // lines nest too, but 10,000 levels of them would be a 100 MB file (refused as too large).
    QByteArray nested = onePaper() + "- " + QByteArray("- ").repeated(10000) + "deep\n";
    for (int depth = 0; depth < 2000; ++depth)
        nested += QByteArray(2 * (depth + 1), ' ') + "- level\n";
    QVERIFY(writeFile(path(QStringLiteral("deep.md")), nested));
    const ImportReport report = importOne(path(QStringLiteral("deep.md")));
    QCOMPARE(report.filesImported, 1);
    // Flattened past a sane depth, so the text stays linear in size.
    const std::optional<PaperRecord> paper = m_library->paper(QStringLiteral("2405.00001"));
    qsizetype total = 0;
    for (const PaperSection &section : paper->sections)
        total += section.text.size();
    QVERIFY2(total < 2 * 1024 * 1024, qPrintable(QString::number(total)));
}

void TestHostile::unterminatedCodeFence()
{
    QByteArray content =
        onePaper() +
        "\n```\n\n### [Second](https://arxiv.org/abs/2405.00002)\n\n- After the fence.\n";
    QVERIFY(writeFile(path(QStringLiteral("fence.md")), content));
    const ImportReport report = importOne(path(QStringLiteral("fence.md")));
    QCOMPARE(report.filesImported, 1);
    QVERIFY(mentions(report, QStringLiteral("never closed")));
    QVERIFY(m_library->paper(QStringLiteral("2405.00002")));
}

void TestHostile::symlinkLoopInAFolder()
{
    const QString folder = path(QStringLiteral("tree"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
    QVERIFY(writeFile(folder + QStringLiteral("/sub/a.md"), onePaper("In The Tree")));
    QVERIFY(QFile::link(folder, folder + QStringLiteral("/sub/loop")));
    const QStringList files = DigestImporter::collectFiles({folder}, nullptr);
    QCOMPARE(files, QStringList{folder + QStringLiteral("/sub/a.md")});
    QCOMPARE(importOne(folder).filesImported, 1);
}

void TestHostile::fileDisappearsBeforeItIsRead()
{
    QVERIFY(writeFile(path(QStringLiteral("gone.md")), onePaper()));
    QVERIFY(writeFile(path(QStringLiteral("kept.md")), onePaper("Kept")));
    const QStringList files = DigestImporter::collectFiles(
        {path(QStringLiteral("gone.md")), path(QStringLiteral("kept.md"))}, nullptr);
    QVERIFY(QFile::remove(path(QStringLiteral("gone.md"))));
    DigestImporter importer(*m_library);
    const ImportReport report = importer.importFiles(files);
    QCOMPARE(report.filesFailed, 1);
    QCOMPARE(report.filesImported, 1);
    QVERIFY(mentions(report, QStringLiteral("cannot read")));
    QCOMPARE(m_library->paper(QStringLiteral("2405.00001"))->title, QStringLiteral("Kept"));
}

void TestHostile::rawHtmlAndSchemesStayData()
{
    const QByteArray content =
        "## Daily Papers (2024-05-02)\n\n"
        "### [<img src=x onerror=alert(1)>](https://arxiv.org/abs/2405.00003)\n\n"
        "![](file:///etc/passwd)\n\n"
        "- See [this](javascript:alert(1)) and ![pixel](https://tracker.example/p.gif).\n";
    QVERIFY(writeFile(path(QStringLiteral("html.md")), content));
    const ImportReport report = importOne(path(QStringLiteral("html.md")));
    QCOMPARE(report.filesImported, 1);
    const std::optional<PaperRecord> paper = m_library->paper(QStringLiteral("2405.00003"));
    QCOMPARE(paper->title, QStringLiteral("<img src=x onerror=alert(1)>"));
    // Neither the file url nor the summary's image becomes the thumbnail.
    QVERIFY(paper->thumbnailUrl.isEmpty());
    QVERIFY(mentions(report, QStringLiteral("only http and https")));
}

void TestHostile::fuzzFindingsStayFixed_data()
{
    QTest::addColumn<QString>("file");
    const QString folder = QStringLiteral(DAILYPAPERS_SOURCE_DIR "/tests/fuzz-regressions");
    QDirIterator it(folder, QDir::Files);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!file.endsWith(QStringLiteral(".gitkeep")))
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }
}

void TestHostile::fuzzFindingsStayFixed()
{
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const ParsedDigest digest = DigestParser::parse(input.readAll(), file);
    for (const ParsedPaper &paper : digest.papers)
        QVERIFY(!paper.arxivId.isEmpty());
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
