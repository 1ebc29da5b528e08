#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(DAILYPAPERS_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString fixtures()
{
    return QStringLiteral(DAILYPAPERS_FIXTURES_DIR);
}

QJsonObject findPaper(const QJsonArray &papers, const QString &id)
{
    for (const QJsonValue &value : papers) {
        if (value.toObject().value(QStringLiteral("arxiv_id")).toString() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

// The command line, run as a user runs it: the real executable, real files, a real library.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importThenExportJson();
    void importIsIdempotent();
    void nothingReadableFails();
    void missingPathWarns();
    void corpusRoundTrip();
    void badArguments();
    void starUnstarAndStarredExports();
    void onlyImportCreatesALibrary();
    void helpNeedsNoDisplay();
    void searchPrintsMatches();

private:
    QString library() const { return m_dir->filePath(QStringLiteral("lib.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::importThenExportJson()
{
    const Run import =
        runCli({QStringLiteral("import"), QStringLiteral("--library"), library(), fixtures()});
    QCOMPARE(import.exitCode, 0);
    QVERIFY2(import.out.contains(QStringLiteral("Read 6 of 7 files")), qPrintable(import.out));
    QVERIFY(import.err.contains(QStringLiteral("not-a-digest.md: not a daily papers digest")));
    QVERIFY(import.err.contains(
        QStringLiteral("structure.md:18: paper \"Not on arXiv\" has no arXiv link")));

    const Run exported = runCli({QStringLiteral("export"), QStringLiteral("--library"), library(),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(exported.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(exported.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray papers = document.array();
    QCOMPARE(papers.size(), 19); // 20 papers read; one of them appears on two days

    const QJsonObject modern = findPaper(papers, QStringLiteral("2412.00001"));
    QCOMPARE(modern.value(QStringLiteral("title")).toString(),
             QStringLiteral("Sparse Mixture Routers for Tiny Devices"));
    QCOMPARE(modern.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://arxiv.org/abs/2412.00001"));
    QCOMPARE(modern.value(QStringLiteral("dates")).toArray(),
             QJsonArray{QStringLiteral("2024-12-27")});
    QCOMPARE(modern.value(QStringLiteral("votes")).toInt(), 42);
    QCOMPARE(modern.value(QStringLiteral("authors")).toArray().size(), 3);
    QVERIFY(modern.value(QStringLiteral("thumbnail_url"))
                .toString()
                .endsWith(QStringLiteral("2412.00001.png")));
    const QJsonArray sections = modern.value(QStringLiteral("sections")).toArray();
    QCOMPARE(sections.size(), 3);
    QCOMPARE(sections.at(0).toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("What's New"));
    QCOMPARE(modern.value(QStringLiteral("starred")).toBool(true), false);
    QCOMPARE(modern.value(QStringLiteral("read")).toBool(true), false);

    const QJsonObject twoDays = findPaper(papers, QStringLiteral("2404.00001"));
    QCOMPARE(twoDays.value(QStringLiteral("dates")).toArray(),
             (QJsonArray{QStringLiteral("2024-04-01"), QStringLiteral("2024-04-02")}));
    QCOMPARE(twoDays.value(QStringLiteral("votes")).toInt(), 9);

    const QJsonObject noVotes = findPaper(papers, QStringLiteral("2403.00001"));
    QVERIFY(noVotes.value(QStringLiteral("votes")).isNull());
    const QJsonObject noThumbnail = findPaper(papers, QStringLiteral("2311.00001"));
    QVERIFY(noThumbnail.value(QStringLiteral("thumbnail_url")).isNull());
    QCOMPARE(noThumbnail.value(QStringLiteral("authors")).toArray().size(), 0);
}

void TestCli::importIsIdempotent()
{
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--library"), library(), fixtures()})
                 .exitCode,
             0);
    const Run first = runCli({QStringLiteral("export"), QStringLiteral("--library"), library()});
    const Run again =
        runCli({QStringLiteral("import"), QStringLiteral("--library"), library(), fixtures()});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("0 papers added, 0 updated")),
             qPrintable(again.out));
    const Run second = runCli({QStringLiteral("export"), QStringLiteral("--library"), library()});
    QCOMPARE(second.out, first.out);
}

void TestCli::nothingReadableFails()
{
    const Run run = runCli({QStringLiteral("import"), QStringLiteral("--library"), library(),
                            fixtures() + QStringLiteral("/not-a-digest.md")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("no digest could be read")));
}

void TestCli::missingPathWarns()
{
    const Run run = runCli({QStringLiteral("import"), QStringLiteral("--library"), library(),
                            fixtures() + QStringLiteral("/modern.md"),
                            m_dir->filePath(QStringLiteral("missing.md"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains(QStringLiteral("missing.md: no such file or folder")));
}

void TestCli::corpusRoundTrip()
{
    const QString corpus = TestPaths::corpus();
    if (!QDir(corpus).exists())
        QSKIP("../shared/corpus is not here");
    const Run import =
        runCli({QStringLiteral("import"), QStringLiteral("--library"), library(), corpus});
    QCOMPARE(import.exitCode, 0);
    QVERIFY2(import.out.contains(QStringLiteral("Read 139 of 139 files")), qPrintable(import.out));
    const Run exported = runCli({QStringLiteral("export"), QStringLiteral("--library"), library(),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(exported.exitCode, 0);
    const QJsonArray papers = QJsonDocument::fromJson(exported.out.toUtf8()).array();
    QCOMPARE(papers.size(), 1669);
    for (const QJsonValue &value : papers) {
        const QJsonObject paper = value.toObject();
        QVERIFY(!paper.value(QStringLiteral("arxiv_id")).toString().isEmpty());
        QVERIFY(!paper.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!paper.value(QStringLiteral("dates")).toArray().isEmpty());
        QVERIFY(!paper.value(QStringLiteral("sections")).toArray().isEmpty());
    }
}

void TestCli::badArguments()
{
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--library"), library()}).exitCode,
             2);
    const Run unknownFormat =
        runCli({QStringLiteral("export"), QStringLiteral("--library"), library(),
                QStringLiteral("--format"), QStringLiteral("yaml")});
    QCOMPARE(unknownFormat.exitCode, 2);
    QVERIFY(unknownFormat.err.contains(QStringLiteral("unknown format")));
}

void TestCli::starUnstarAndStarredExports()
{
    const QString lib = library();
    const auto cli = [&lib](QStringList arguments) {
        arguments.insert(1, QStringLiteral("--library"));
        arguments.insert(2, lib);
        return runCli(arguments);
    };
    QCOMPARE(cli({QStringLiteral("import"), fixtures() + QStringLiteral("/modern.md")}).exitCode,
             0);
    const Run star = cli({QStringLiteral("star"), QStringLiteral("2412.00002"),
                          QStringLiteral("https://arxiv.org/abs/2412.00001v2")});
    QCOMPARE(star.exitCode, 0);
    QVERIFY(star.out.contains(QStringLiteral("Starred 2 papers")));

    Run json = cli({QStringLiteral("export"), QStringLiteral("--starred")});
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 2);
    QCOMPARE(cli({QStringLiteral("unstar"), QStringLiteral("2412.00001")}).exitCode, 0);
    json = cli({QStringLiteral("export"), QStringLiteral("--starred"), QStringLiteral("--format"),
                QStringLiteral("json")});
    const QJsonArray starred = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(starred.size(), 1);
    QCOMPARE(starred.at(0).toObject().value(QStringLiteral("arxiv_id")).toString(),
             QStringLiteral("2412.00002"));
    QVERIFY(starred.at(0).toObject().value(QStringLiteral("starred")).toBool());

    const Run bib = cli({QStringLiteral("export"), QStringLiteral("--starred"),
                         QStringLiteral("--format"), QStringLiteral("bibtex")});
    QCOMPARE(bib.exitCode, 0);
    QVERIFY(bib.out.startsWith(QStringLiteral("@misc{arxiv:2412.00002,")));
    QVERIFY(bib.out.contains(QStringLiteral("archivePrefix = {arXiv}")));

    const QString markdownPath = m_dir->filePath(QStringLiteral("starred.md"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("markdown"),
                  QStringLiteral("--output"), markdownPath})
                 .exitCode,
             0);
    // The markdown export is a digest the app reads back.
    QTemporaryDir other;
    const Run reimport = runCli({QStringLiteral("import"), QStringLiteral("--library"),
                                 other.filePath(QStringLiteral("b.sqlite")), markdownPath});
    QCOMPARE(reimport.exitCode, 0);
    QVERIFY2(reimport.out.contains(QStringLiteral("2 papers added")), qPrintable(reimport.out));

    const Run unknown = cli({QStringLiteral("star"), QStringLiteral("2499.99999")});
    QCOMPARE(unknown.exitCode, 0);
    QVERIFY(unknown.err.contains(QStringLiteral("not in the library yet")));
    QCOMPARE(cli({QStringLiteral("star"), QStringLiteral("not-an-id")}).exitCode, 2);
}

void TestCli::onlyImportCreatesALibrary()
{
    const QString typo = m_dir->filePath(QStringLiteral("typo.sqlite"));
    for (const QString &command : {QStringLiteral("export"), QStringLiteral("star")}) {
        const Run run =
            runCli({command, QStringLiteral("--library"), typo, QStringLiteral("2401.00001")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("there is no library at")));
        QVERIFY(!QFileInfo::exists(typo));
    }
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--library"), typo}).exitCode, 2);
    QVERIFY(!QFileInfo::exists(typo));
}

void TestCli::helpNeedsNoDisplay()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DAILYPAPERS_EXECUTABLE), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("import [--library FILE] PATH..."));
}

void TestCli::searchPrintsMatches()
{
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--library"), library(), fixtures()})
                 .exitCode,
             0);
    const Run korean = runCli({QStringLiteral("search"), QStringLiteral("--library"), library(),
                               QStringLiteral("라우터")});
    QCOMPARE(korean.exitCode, 0);
    QCOMPARE(korean.out,
             QStringLiteral("2412.00001\t42\tSparse Mixture Routers for Tiny Devices\n"));
    const Run several = runCli({QStringLiteral("search"), QStringLiteral("--library"), library(),
                                QStringLiteral("votes")});
    QCOMPARE(several.exitCode, 0);
    const QStringList lines = several.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 4);
    QVERIFY(lines.first().startsWith(QStringLiteral("2403.00003\t1234\t"))); // most votes first
    const Run none = runCli({QStringLiteral("search"), QStringLiteral("--library"), library(),
                             QStringLiteral("zzzqqq")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
