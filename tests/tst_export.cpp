#include "digest/digestparser.h"
#include "export/bibtexexport.h"
#include "export/exporter.h"
#include "export/markdownexport.h"
#include "library/library.h"

#include "support/testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

PaperRecord record(const QString &id, const QString &title, const QStringList &authors)
{
    PaperRecord paper;
    paper.arxivId = id;
    paper.title = title;
    paper.url = QUrl(QStringLiteral("https://arxiv.org/abs/") + id);
    paper.authors = authors;
    paper.appearances.append({QDate(2024, 1, 2), 5, QStringLiteral("x.md")});
    return paper;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void markdownReadsBackAsTheSamePapers_data();
    void markdownReadsBackAsTheSamePapers();
    void bibtexEntry();
    void bibtexEscapesButKeepsMath();
    void bibtexYear_data();
    void bibtexYear();
    void formatNames();
    void writeFileIsAtomic();
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExport::markdownReadsBackAsTheSamePapers_data()
{
    QTest::addColumn<QString>("source");
    const QStringList fixtures{QStringLiteral("modern.md"), QStringLiteral("early.md"),
                               QStringLiteral("video.md"),  QStringLiteral("votes.md"),
                               QStringLiteral("titles.md"), QStringLiteral("structure.md")};
    for (const QString &name : fixtures)
        QTest::newRow(qPrintable(name)) << name;
    const QString corpus = TestPaths::corpus();
    if (QDir(corpus).exists())
        QTest::newRow("corpus") << corpus;
}

void TestExport::markdownReadsBackAsTheSamePapers()
{
    // Export -> parse -> compare: the digest format written is the format the app reads.
    QFETCH(QString, source);
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(library.open());
    const QString path =
        source.contains(u'/') ? source : TestPaths::fixture(source.toUtf8().constData());
    QStringList files{path};
    if (QFileInfo(path).isDir()) {
        files.clear();
        QDirIterator it(path, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    for (const QString &file : files)
        QVERIFY(library.importDigest(DigestParser::parseFile(file)));
    const QList<PaperRecord> papers = library.papers();

    const ParsedDigest reread =
        DigestParser::parse(MarkdownExport::toDigest(papers).toUtf8(), QStringLiteral("export.md"));
    QCOMPARE(reread.papers.size(), papers.size());
    QHash<QString, ParsedPaper> byId;
    for (const ParsedPaper &paper : reread.papers)
        byId.insert(paper.arxivId, paper);
    for (const PaperRecord &paper : papers) {
        QVERIFY(byId.contains(paper.arxivId));
        const ParsedPaper &back = byId.value(paper.arxivId);
        QCOMPARE(back.title, paper.title);
        QCOMPARE(back.url, paper.url);
        QCOMPARE(back.date, paper.latestDate());
        QCOMPARE(back.votes, paper.votes());
        QCOMPARE(back.authors, paper.authors);
        QCOMPARE(back.thumbnailUrl, paper.thumbnailUrl);
        QCOMPARE(back.sections, paper.sections);
    }
}

void TestExport::bibtexEntry()
{
    const QString entry = BibtexExport::entry(
        record(QStringLiteral("2311.10122"), QStringLiteral("Video-LLaVA: Learning"),
               {QStringLiteral("Bin Lin"), QStringLiteral("Yang Ye")}));
    QCOMPARE(entry, QStringLiteral("@misc{arxiv:2311.10122,\n"
                                   "  title = {{Video-LLaVA: Learning}},\n"
                                   "  author = {Bin Lin and Yang Ye},\n"
                                   "  year = {2023},\n"
                                   "  eprint = {2311.10122},\n"
                                   "  archivePrefix = {arXiv},\n"
                                   "  url = {https://arxiv.org/abs/2311.10122}\n"
                                   "}\n"));
}

void TestExport::bibtexEscapesButKeepsMath()
{
    const QString entry = BibtexExport::entry(record(
        QStringLiteral("2401.00001"), QStringLiteral("M$^{2}$UGen & 50% of #1_x {unbalanced"), {}));
    QVERIFY2(entry.contains(
                 QStringLiteral("title = {{M$^{2}$UGen \\& 50\\% of \\#1\\_x \\{unbalanced}}")),
             qPrintable(entry));
    QVERIFY(!entry.contains(QStringLiteral("author =")));
}

void TestExport::bibtexYear_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("year");
    QTest::newRow("2023") << "2311.10122" << 2023;
    QTest::newRow("2007") << "0704.0001" << 2007;
    QTest::newRow("old 1999") << "hep-th/9901001" << 1999;
    QTest::newRow("old 2003") << "math.GT/0309136" << 2003;
}

void TestExport::bibtexYear()
{
    QFETCH(QString, id);
    QFETCH(int, year);
    QCOMPARE(BibtexExport::yearOf(id), year);
}

void TestExport::formatNames()
{
    QCOMPARE(Exporter::formatFromName(QStringLiteral("json")), Exporter::Format::Json);
    QCOMPARE(Exporter::formatFromName(QStringLiteral("Markdown")), Exporter::Format::Markdown);
    QCOMPARE(Exporter::formatFromName(QStringLiteral("bib")), Exporter::Format::Bibtex);
    QVERIFY(!Exporter::formatFromName(QStringLiteral("yaml")));
    const QByteArray json = Exporter::render(
        Exporter::Format::Json, {record(QStringLiteral("2401.00001"), QStringLiteral("T"), {})});
    QCOMPARE(QJsonDocument::fromJson(json).array().size(), 1);
}

void TestExport::writeFileIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QString error;
    QVERIFY(Exporter::writeFile(path, "[]", &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("[]"));
    QVERIFY(
        !Exporter::writeFile(dir.filePath(QStringLiteral("missing/dir/out.json")), "[]", &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
