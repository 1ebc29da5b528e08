#include "digest/arxivid.h"

#include <QTest>

class TestArxivId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromUrl_data();
    void fromUrl();
    void isValid_data();
    void isValid();
    void links();
};

void TestArxivId::fromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("id");
    QTest::newRow("abs") << "https://arxiv.org/abs/2311.10122"
                         << "2311.10122";
    QTest::newRow("abs version") << "https://arxiv.org/abs/2311.10122v3"
                                 << "2311.10122";
    QTest::newRow("pdf") << "https://arxiv.org/pdf/2311.10122"
                         << "2311.10122";
    QTest::newRow("pdf suffix") << "https://arxiv.org/pdf/2311.10122v2.pdf"
                                << "2311.10122";
    QTest::newRow("http www") << "http://www.arxiv.org/abs/2311.10122"
                              << "2311.10122";
    QTest::newRow("export mirror") << "https://export.arxiv.org/abs/2311.10122"
                                   << "2311.10122";
    QTest::newRow("four digit sequence") << "https://arxiv.org/abs/1706.0376"
                                         << "1706.0376";
    QTest::newRow("old scheme") << "https://arxiv.org/abs/hep-th/9901001v1"
                                << "hep-th/9901001";
    QTest::newRow("old scheme subject") << "https://arxiv.org/abs/math.GT/0309136"
                                        << "math.GT/0309136";
    QTest::newRow("trailing slash") << "https://arxiv.org/abs/2311.10122/"
                                    << "2311.10122";
    QTest::newRow("html") << "https://arxiv.org/html/2311.10122v1"
                          << "2311.10122";
    QTest::newRow("hf papers") << "https://huggingface.co/papers/2311.10122"
                               << "2311.10122";
    QTest::newRow("query kept out") << "https://arxiv.org/abs/2311.10122?context=cs"
                                    << "2311.10122";
    QTest::newRow("other host") << "https://example.com/abs/2311.10122"
                                << "";
    QTest::newRow("lookalike host") << "https://notarxiv.org/abs/2311.10122"
                                    << "";
    QTest::newRow("list page") << "https://arxiv.org/list/cs.CL/recent"
                               << "";
    QTest::newRow("garbage id") << "https://arxiv.org/abs/hello"
                                << "";
    QTest::newRow("javascript") << "javascript:alert(1)"
                                << "";
    QTest::newRow("file") << "file:///arxiv.org/abs/2311.10122"
                          << "";
}

void TestArxivId::fromUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, id);
    QCOMPARE(ArxivId::fromUrl(QUrl(url)), id);
}

void TestArxivId::isValid_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("new") << "2406.12345" << true;
    QTest::newRow("old") << "cs/0112017" << true;
    QTest::newRow("with version") << "2406.12345v2" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("injection") << "2406.12345' OR 1=1" << false;
}

void TestArxivId::isValid()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(ArxivId::isValid(id), valid);
}

void TestArxivId::links()
{
    QCOMPARE(ArxivId::abstractUrl(QStringLiteral("2406.12345")),
             QUrl(QStringLiteral("https://arxiv.org/abs/2406.12345")));
    QCOMPARE(ArxivId::pdfUrl(QStringLiteral("2406.12345")),
             QUrl(QStringLiteral("https://arxiv.org/pdf/2406.12345")));
}

QTEST_GUILESS_MAIN(TestArxivId)
#include "tst_arxivid.moc"
