#include "digest/digestparser.h"
#include "digest/markdowntext.h"
#include "import/digestimporter.h"
#include "library/library.h"
#include "search/searchtext.h"
#include "support/rawsql.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

// The plain substring search the index must agree with, over the same text.
QSet<QString> bruteForce(const QList<PaperRecord> &papers, const QString &query)
{
    const QStringList terms = SearchText::terms(query);
    QSet<QString> found;
    for (const PaperRecord &paper : papers) {
        QString text = paper.title + u'\n' + paper.authors.join(QStringLiteral(", "));
        for (const PaperSection &section : paper.sections)
            text += u'\n' + section.label + u' ' + MarkdownText::toPlainText(section.text);
        bool all = true;
        for (const QString &term : terms)
            all = all && text.contains(term, Qt::CaseInsensitive);
        if (all)
            found.insert(paper.arxivId);
    }
    return found;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void terms_data();
    void terms();
    void fixtures_data();
    void fixtures();
    void corpusEqualsBruteForce_data();
    void corpusEqualsBruteForce();
    void indexFollowsReimportAndRemoval();
    void olderLibraryGetsAnIndex();
    void schema3IndexIsRebuiltAfterOpen();
    void emptyQueryMatchesEverything();
    void days();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_fixtures;
    std::unique_ptr<Library> m_corpus;
    QList<PaperRecord> m_corpusPapers;
};

void TestSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixtures = std::make_unique<Library>(m_dir.filePath(QStringLiteral("fixtures.sqlite")));
    QVERIFY(m_fixtures->open());
    DigestImporter importer(*m_fixtures);
    QVERIFY(importer.importFiles(DigestImporter::collectFiles({TestPaths::fixtures()}, nullptr))
                .filesImported > 0);

    if (QDir(TestPaths::corpus()).exists()) {
        m_corpus = std::make_unique<Library>(m_dir.filePath(QStringLiteral("corpus.sqlite")));
        QVERIFY(m_corpus->open());
        DigestImporter corpusImporter(*m_corpus);
        QCOMPARE(
            corpusImporter.importFiles(DigestImporter::collectFiles({TestPaths::corpus()}, nullptr))
                .filesFailed,
            0);
        m_corpusPapers = m_corpus->papers();
    }
}

void TestSearch::terms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("words") << "Video  Model"
                           << QStringList{QStringLiteral("video"), QStringLiteral("model")};
    QTest::newRow("phrase") << "\"Large Language\" model"
                            << QStringList{QStringLiteral("large language"),
                                           QStringLiteral("model")};
    QTest::newRow("unclosed quote") << "\"open ended" << QStringList{QStringLiteral("open ended")};
    QTest::newRow("korean") << "언어 모델"
                            << QStringList{QStringLiteral("언어"), QStringLiteral("모델")};
    QTest::newRow("empty") << "   " << QStringList{};
    QTest::newRow("duplicates") << "a a" << QStringList{QStringLiteral("a")};
}

void TestSearch::terms()
{
    QFETCH(QString, query);
    QFETCH(QStringList, terms);
    QCOMPARE(SearchText::terms(query), terms);
}

void TestSearch::fixtures_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("korean substring") << "라우터" << QStringList{QStringLiteral("2412.00001")};
    QTest::newRow("korean inside word") << "전문가" << QStringList{QStringLiteral("2412.00001")};
    QTest::newRow("one korean char") << "둘" << QStringList{QStringLiteral("2311.00001")};
    QTest::newRow("english any case")
        << "SPARSE mixture" << QStringList{QStringLiteral("2412.00001")};
    QTest::newRow("author") << "grace hopper" << QStringList{QStringLiteral("2412.00001")};
    QTest::newRow("label") << "benchmark details" << QStringList{QStringLiteral("2412.00002")};
    QTest::newRow("phrase") << "\"plain bold label\"" << QStringList{QStringLiteral("2412.00002")};
    QTest::newRow("phrase is not words") << "\"label plain\"" << QStringList{};
    QTest::newRow("all words must match") << "sparse turing" << QStringList{};
    QTest::newRow("two chars") << "30" << QStringList{QStringLiteral("2412.00001")};
    QTest::newRow("markup is not text") << "**희소" << QStringList{};
    QTest::newRow("code text") << "top-k" << QStringList{QStringLiteral("2412.00001")};
    QTest::newRow("sql-looking") << "x' OR 1=1 --" << QStringList{};
}

void TestSearch::fixtures()
{
    QFETCH(QString, query);
    QFETCH(QStringList, ids);
    const std::optional<QStringList> found = m_fixtures->search(query);
    QVERIFY2(found, qPrintable(m_fixtures->lastError()));
    QCOMPARE(toSet(*found), toSet(ids));
    QCOMPARE(toSet(*found), bruteForce(m_fixtures->papers(), query));
}

void TestSearch::corpusEqualsBruteForce_data()
{
    QTest::addColumn<QString>("query");
    const QStringList queries{QStringLiteral("모델"),
                              QStringLiteral("언어모델"),
                              QStringLiteral("모델을"),
                              QStringLiteral("비디오 생성"),
                              QStringLiteral("\"대규모 언어 모델\""),
                              QStringLiteral("강화"),
                              QStringLiteral("학"),
                              QStringLiteral("의"),
                              QStringLiteral("diffusion"),
                              QStringLiteral("DIFFUSION model"),
                              QStringLiteral("LLM"),
                              QStringLiteral("ai"),
                              QStringLiteral("x"),
                              QStringLiteral("3D"),
                              QStringLiteral("\"text-to-image\""),
                              QStringLiteral("GPT-4"),
                              QStringLiteral("Transformer 효율"),
                              QStringLiteral("zzzqqq"),
                              QStringLiteral("$"),
                              QStringLiteral("(")};
    for (const QString &query : queries)
        QTest::newRow(qPrintable(query)) << query;
}

void TestSearch::corpusEqualsBruteForce()
{
    if (!m_corpus)
        QSKIP("../shared/corpus is not here");
    QFETCH(QString, query);
    const std::optional<QStringList> found = m_corpus->search(query);
    QVERIFY(found);
    QCOMPARE(toSet(*found), bruteForce(m_corpusPapers, query));
}

void TestSearch::indexFollowsReimportAndRemoval()
{
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("a.md"));
    const auto write = [&file](const QByteArray &body) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("## Daily Papers (2024-02-01)\n\n### "
                  "[Searchable](https://arxiv.org/abs/2402.00001)\n\n- " +
                  body + "\n");
    };
    Library library(m_dir.filePath(QStringLiteral("follow.sqlite")));
    QVERIFY(library.open());
    QVERIFY(library.addFolder(folder.path()));
    DigestImporter importer(library);
    write("첫 번째 내용");
    QCOMPARE(importer.importFiles({file}).filesImported, 1);
    QCOMPARE(*library.search(QStringLiteral("첫 번째")), QStringList{QStringLiteral("2402.00001")});
    write("두 번째 내용");
    QCOMPARE(importer.importFiles({file}).filesImported, 1);
    QVERIFY(library.search(QStringLiteral("첫 번째"))->isEmpty());
    QCOMPARE(library.search(QStringLiteral("두 번째"))->size(), 1);
    QVERIFY(library.removeFolder(folder.path()));
    QVERIFY(library.search(QStringLiteral("두 번째"))->isEmpty());
}

void TestSearch::olderLibraryGetsAnIndex()
{
    // A schema-2 library (before search existed) is indexed when it is opened.
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    {
        Library library(path);
        QVERIFY(library.open());
        QVERIFY(library.importDigest(
            DigestParser::parseFile(TestPaths::fixtures() + QStringLiteral("/modern.md"))));
        QVERIFY(library.setStarred({QStringLiteral("2412.00001")}, true));
    }
    QVERIFY(rawSql(path, QStringLiteral("DROP TABLE paper_search")));
    QVERIFY(rawSql(path, QStringLiteral("DROP TABLE maintenance")));
    QVERIFY(rawSql(path, QStringLiteral("DROP TABLE search_pending")));
    QVERIFY(rawSql(path, QStringLiteral("PRAGMA user_version = 2")));
    Library library(path);
    QVERIFY2(library.open(), qPrintable(library.lastError()));
    QCOMPARE(*library.search(QStringLiteral("라우터")), QStringList{QStringLiteral("2412.00001")});
    QVERIFY(library.paper(QStringLiteral("2412.00001"))->starred);
}

void TestSearch::schema3IndexIsRebuiltAfterOpen()
{
    // Schema 4 rebuilt the index with positions. Opening only marks the papers (open() runs on
    // the window's thread); the index fills before the first search answers.
    const QString path = m_dir.filePath(QStringLiteral("schema3.sqlite"));
    {
        Library library(path);
        QVERIFY(library.open());
        QVERIFY(library.importDigest(
            DigestParser::parseFile(TestPaths::fixtures() + QStringLiteral("/modern.md"))));
        QVERIFY(library.updateSearchIndex());
    }
    const auto sql = [&path](const QString &statement) {
        return rawSql(path, statement).value_or(QVariant());
    };
    sql(QStringLiteral("DROP TABLE paper_search"));
    sql(QStringLiteral("CREATE VIRTUAL TABLE paper_search USING fts5(content, tokenize = "
                       "'trigram case_sensitive 1', detail = none)"));
    sql(QStringLiteral("PRAGMA user_version = 3"));

    Library library(path);
    QVERIFY2(library.open(), qPrintable(library.lastError()));
    QVERIFY(sql(QStringLiteral("SELECT COUNT(*) FROM search_pending")).toInt() > 0);
    QCOMPARE(*library.search(QStringLiteral("라우터")), QStringList{QStringLiteral("2412.00001")});
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM search_pending")).toInt(), 0);
    QCOMPARE(sql(QStringLiteral("PRAGMA user_version")).toInt(), 4);
}

void TestSearch::emptyQueryMatchesEverything()
{
    QCOMPARE(m_fixtures->search(QStringLiteral("  \"\" "))->size(), m_fixtures->paperCount());
}

void TestSearch::days()
{
    const QList<QPair<QDate, int>> days = m_fixtures->dayCounts();
    QVERIFY(!days.isEmpty());
    QCOMPARE(days.first().first, QDate(2024, 12, 27));
    QCOMPARE(days.first().second, 2);
    for (int i = 1; i < days.size(); ++i)
        QVERIFY(days.at(i - 1).first > days.at(i).first);
    QCOMPARE(toSet(m_fixtures->papersBetween(QDate(2024, 4, 1), QDate(2024, 4, 2))),
             toSet({QStringLiteral("2404.00001")}));
    QCOMPARE(m_fixtures->papersBetween(QDate(2024, 4, 2), QDate(2024, 4, 2)).size(), 1);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
