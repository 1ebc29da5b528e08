#include "digest/markdowntext.h"

#include <QTest>

class TestMarkdownText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeEntity_data();
    void decodeEntity();
    void escapeRoundTrip_data();
    void escapeRoundTrip();
    void lineStartEscapesOnlyBlockMarkers_data();
    void lineStartEscapesOnlyBlockMarkers();
    void safeHtmlNeverRendersRawHtml();
    void safeHtmlRendersInlineMarkdown();
};

void TestMarkdownText::decodeEntity_data()
{
    QTest::addColumn<QByteArray>("entity");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("amp") << QByteArray("&amp;") << "&";
    QTest::newRow("lt") << QByteArray("&lt;") << "<";
    QTest::newRow("named") << QByteArray("&eacute;") << QStringLiteral("é");
    QTest::newRow("decimal") << QByteArray("&#233;") << QStringLiteral("é");
    QTest::newRow("hex") << QByteArray("&#x1F600;") << QStringLiteral("😀");
    QTest::newRow("zero") << QByteArray("&#0;") << QString(QChar::ReplacementCharacter);
    QTest::newRow("surrogate") << QByteArray("&#xD800;") << QString(QChar::ReplacementCharacter);
    QTest::newRow("unknown name") << QByteArray("&nosuchentity;") << "&nosuchentity;";
}

void TestMarkdownText::decodeEntity()
{
    QFETCH(QByteArray, entity);
    QFETCH(QString, decoded);
    QCOMPARE(MarkdownText::decodeEntity(entity), decoded);
}

void TestMarkdownText::escapeRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("emphasis chars") << "a *b* _c_ d";
    QTest::newRow("link lookalike") << "[x](https://example.org)";
    QTest::newRow("code") << "use `x` here";
    QTest::newRow("html") << "<b>not bold</b>";
    QTest::newRow("entity lookalike") << "&amp; stays written";
    QTest::newRow("math") << "costs $5 and $6";
    QTest::newRow("backslash") << "C:\\path\\to";
    QTest::newRow("heading") << "# not a heading";
    QTest::newRow("list") << "1. not a list";
    QTest::newRow("quote") << "> not a quote";
    QTest::newRow("snake_case") << "keep snake_case_names";
}

void TestMarkdownText::escapeRoundTrip()
{
    // Escaped text must read back as exactly the same text.
    QFETCH(QString, text);
    QCOMPARE(MarkdownText::toPlainText(MarkdownText::escapeInline(text, true)), text);
}

void TestMarkdownText::lineStartEscapesOnlyBlockMarkers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("decimal number") << "1.58 bits"
                                    << "1.58 bits";
    QTest::newRow("ordered marker") << "1. item"
                                    << "1\\. item";
    QTest::newRow("bullet") << "- item"
                            << "\\- item";
    QTest::newRow("hyphenated") << "-based"
                                << "-based";
    QTest::newRow("heading") << "## title"
                             << "\\## title";
    QTest::newRow("hashtag") << "#tag"
                             << "#tag";
    QTest::newRow("plain") << "모델"
                           << "모델";
}

void TestMarkdownText::lineStartEscapesOnlyBlockMarkers()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(MarkdownText::escapeLineStart(text), escaped);
    QCOMPARE(MarkdownText::toPlainText(escaped), text);
}

void TestMarkdownText::safeHtmlNeverRendersRawHtml()
{
    const QString html = MarkdownText::toSafeHtml(
        QStringLiteral("a <script>alert(1)</script> <img src=x onerror=y>"));
    QVERIFY2(!html.contains(u"<script"), qPrintable(html));
    QVERIFY2(!html.contains(u"<img"), qPrintable(html));
    QVERIFY(html.contains(u"&lt;script&gt;"));
}

void TestMarkdownText::safeHtmlRendersInlineMarkdown()
{
    const QString html = MarkdownText::toSafeHtml(
        QStringLiteral("**bold** *it* `code` [link](https://example.org)"));
    QVERIFY(html.contains(u"<strong>bold</strong>"));
    QVERIFY(html.contains(u"<em>it</em>"));
    QVERIFY(html.contains(u"<code>code</code>"));
    QVERIFY(html.contains(u"<a href=\"https://example.org\">link</a>"));
}

QTEST_GUILESS_MAIN(TestMarkdownText)
#include "tst_markdowntext.moc"
