#include "render/paperhtml.h"

#include <QTest>

namespace {

PaperRecord paperWith(const QList<PaperSection> &sections)
{
    PaperRecord paper;
    paper.arxivId = QStringLiteral("2401.00001");
    paper.title = QStringLiteral("A <b>Title</b> & More");
    paper.url = QUrl(QStringLiteral("https://arxiv.org/abs/2401.00001"));
    paper.authors = {QStringLiteral("Ann <Lee>")};
    paper.sections = sections;
    paper.appearances = {{QDate(2024, 1, 1), 3, QStringLiteral("a.md")},
                         {QDate(2024, 1, 2), 7, QStringLiteral("b.md")}};
    return paper;
}

} // namespace

class TestPaperHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesEverythingFromTheDigest();
    void rendersSectionsAndHistory();
    void linksBareUrlsWithoutTheKoreanAfterThem();
    void leavesExistingLinksAndCodeAlone();
};

void TestPaperHtml::escapesEverythingFromTheDigest()
{
    const QString html = PaperHtml::render(
        paperWith({{QStringLiteral("L<i>"), QStringLiteral("x <script>alert(1)</script> y")}}));
    QVERIFY(html.contains(QStringLiteral("A &lt;b&gt;Title&lt;/b&gt; &amp; More")));
    QVERIFY(html.contains(QStringLiteral("Ann &lt;Lee&gt;")));
    QVERIFY(html.contains(QStringLiteral("L&lt;i&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
}

void TestPaperHtml::rendersSectionsAndHistory()
{
    const QString html =
        PaperHtml::render(paperWith({{QStringLiteral("What's New"), QStringLiteral("**bold**")},
                                     {QString(), QStringLiteral("first")},
                                     {QString(), QStringLiteral("second")}}));
    QVERIFY(html.contains(QStringLiteral("<strong>bold</strong>")));
    QCOMPARE(html.count(QStringLiteral("<li")), 2);
    QCOMPARE(html.count(QStringLiteral("<ul")), 1);
    QVERIFY(html.contains(QStringLiteral("Votes by day")));
    QVERIFY(html.contains(QStringLiteral("<b>7</b> votes")));
    QVERIFY(html.contains(PaperHtml::starActionUrl().toString()));
}

void TestPaperHtml::linksBareUrlsWithoutTheKoreanAfterThem()
{
    const QString html = PaperHtml::render(paperWith(
        {{QString(),
          QStringLiteral("코드: https://github.com/a/b에서, 또는 (https://x.org/p?q=1&r=2).")}}));
    QVERIFY2(html.contains(QStringLiteral(
                 "<a href=\"https://github.com/a/b\">https://github.com/a/b</a>에서")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral(
                 "<a href=\"https://x.org/p?q=1&amp;r=2\">https://x.org/p?q=1&amp;r=2</a>).")),
             qPrintable(html));
}

void TestPaperHtml::leavesExistingLinksAndCodeAlone()
{
    const QString html = PaperHtml::render(
        paperWith({{QString(), QStringLiteral("[site](https://a.org) and `https://b.org`")}}));
    QCOMPARE(html.count(QStringLiteral("href=\"https://a.org\"")), 1);
    QVERIFY(!html.contains(QStringLiteral("href=\"https://b.org\"")));
}

QTEST_GUILESS_MAIN(TestPaperHtml)
#include "tst_paperhtml.moc"
