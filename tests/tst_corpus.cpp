#include "digest/digestparser.h"
#include "digest/markdowntext.h"

#include "support/testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// Reads every real digest in ../shared/corpus (when it is there) and checks every paper
// against what the file itself says, line by line.
class TestCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFile_data();
    void everyFile();
    void wholeCorpus();

private:
    QStringList m_files;
};

void TestCorpus::initTestCase()
{
    const QString corpus = TestPaths::corpus();
    if (!QDir(corpus).exists())
        QSKIP("../shared/corpus is not here; the corpus checks need it");
    QDirIterator it(corpus, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        m_files.append(it.next());
    m_files.sort();
    QVERIFY(!m_files.isEmpty());
}

void TestCorpus::everyFile_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &file : std::as_const(m_files))
        QTest::newRow(qPrintable(QDir(TestPaths::corpus()).relativeFilePath(file))) << file;
}

void TestCorpus::everyFile()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const ParsedDigest digest = DigestParser::parse(bytes, path);
    QVERIFY(digest.isDigest());

    // What the file says, read independently of md4c: headings, labels, vote lines.
    static const QRegularExpression heading(QStringLiteral(R"(^### \[(.*)\]\((\S+)\)\s*$)"));
    static const QRegularExpression day(
        QStringLiteral(R"(^## Daily Papers \((\d{4}-\d{2}-\d{2})\))"));
    static const QRegularExpression label(QStringLiteral(R"(^- \*\*\*?([^*]+?)\*?\*\*\*?:)"));
    static const QRegularExpression vote(QStringLiteral(R"(^Vote: (\d+)\s*$)"));
    static const QRegularExpression authorsLine(QStringLiteral(R"(^Authors: (.*)$)"));
    struct Expected
    {
        int line = 0;
        QDate date;
        QStringList labels;
        std::optional<int> votes;
        QStringList authors;
    };
    QList<Expected> expected;
    QDate currentDay;
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (const auto m = day.match(line); m.hasMatch())
            currentDay = QDate::fromString(m.captured(1), Qt::ISODate);
        else if (heading.match(line).hasMatch())
            expected.append({i + 1, currentDay, {}, std::nullopt, {}});
        else if (const auto m = label.match(line); m.hasMatch() && !expected.isEmpty())
            expected.last().labels.append(m.captured(1));
        else if (const auto m = vote.match(line); m.hasMatch() && !expected.isEmpty())
            expected.last().votes = m.captured(1).toInt();
        else if (const auto m = authorsLine.match(line); m.hasMatch() && !expected.isEmpty()) {
            // The corpus writes "A, B, +, C" with "+" for omitted names and echoes some names.
            for (const QString &name : m.captured(1).split(QStringLiteral(", "))) {
                const QString trimmed = name.trimmed();
                if (!trimmed.isEmpty() && trimmed != u"+" &&
                    !expected.last().authors.contains(trimmed))
                    expected.last().authors.append(trimmed);
            }
        }
    }

    QCOMPARE(digest.papers.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const ParsedPaper &paper = digest.papers.at(i);
        const Expected &want = expected.at(i);
        const QByteArray where = QStringLiteral("%1:%2").arg(path).arg(want.line).toUtf8();
        QCOMPARE(paper.line, want.line);
        QVERIFY2(!paper.arxivId.isEmpty(), where.constData());
        QVERIFY2(!paper.title.isEmpty(), where.constData());
        QCOMPARE(paper.date, want.date);
        QVERIFY2(!paper.sections.isEmpty(), where.constData());
        QCOMPARE(paper.votes, want.votes);
        QCOMPARE(paper.authors, want.authors);
        QStringList labels;
        for (const PaperSection &section : paper.sections) {
            QVERIFY2(!section.text.trimmed().isEmpty(), where.constData());
            if (!section.label.isEmpty())
                labels.append(section.label);
        }
        QCOMPARE(labels, want.labels);
    }
}

void TestCorpus::wholeCorpus()
{
    // Across all files: every heading is one paper, and the ids are the papers' own.
    int headings = 0;
    QSet<QString> ids;
    int papers = 0;
    for (const QString &path : std::as_const(m_files)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        headings += int(bytes.count("\n### [")) + (bytes.startsWith("### [") ? 1 : 0);
        const ParsedDigest digest = DigestParser::parse(bytes, path);
        papers += int(digest.papers.size());
        for (const ParsedPaper &paper : digest.papers) {
            ids.insert(paper.arxivId);
            QVERIFY(paper.url.toString().contains(paper.arxivId));
        }
    }
    QCOMPARE(papers, headings);
    QVERIFY(ids.size() <= papers);
    qInfo("%d files, %d papers, %d distinct arXiv ids", int(m_files.size()), papers,
          int(ids.size()));
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
