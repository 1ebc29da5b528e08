#include "digest/digestparser.h"
#include "digest/markdowntext.h"

#include <QTest>

namespace {

ParsedDigest parseFixture(const char *name)
{
    return DigestParser::parseFile(QStringLiteral(DAILYPAPERS_FIXTURES_DIR "/") +
                                   QLatin1String(name));
}

ParsedDigest parseText(const QByteArray &markdown)
{
    return DigestParser::parse(markdown, QStringLiteral("inline.md"));
}

const ParsedPaper *findPaper(const ParsedDigest &digest, const QString &id)
{
    for (const ParsedPaper &paper : digest.papers) {
        if (paper.arxivId == id)
            return &paper;
    }
    return nullptr;
}

bool hasWarning(const ParsedDigest &digest, int line, const QString &fragment)
{
    for (const ParseWarning &warning : digest.warnings) {
        if ((line < 0 || warning.line == line) && warning.message.contains(fragment))
            return true;
    }
    return false;
}

QString dumpWarnings(const ParsedDigest &digest)
{
    QStringList lines;
    for (const ParseWarning &warning : digest.warnings)
        lines.append(warning.toString());
    return lines.join(u'\n');
}

} // namespace

class TestDigestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modernFormat();
    void plainBoldLabels();
    void earlyFormatWithNestedLists();
    void videoInsteadOfImage();
    void votes();
    void titles();
    void structureAndWarnings();
    void subHeadingSections();
    void authorsVariants_data();
    void authorsVariants();
    void notADigest();
    void binaryFileIsRefused();
    void bomAndCrlf();
    void utf16WithBom();
    void invalidUtf8IsRepaired();
    void sectionMarkdownRoundTrips();
    void duplicatePaperOnOneDay();
    void unsafeMediaSchemesAreDropped();
    void unclosedFenceIsReadAsText();
    void closedFenceStaysCode();
    void warningsAreCapped();
    void bareUrlsStayAsWritten();
    void manyPapersInOneFile();
};

void TestDigestParser::modernFormat()
{
    const ParsedDigest digest = parseFixture("modern.md");
    QVERIFY(digest.isDigest());
    QCOMPARE(digest.days, QList<QDate>{QDate(2024, 12, 27)});
    QCOMPARE(digest.papers.size(), 2);
    QVERIFY2(digest.warnings.isEmpty(), qPrintable(dumpWarnings(digest)));

    const ParsedPaper &paper = digest.papers.at(0);
    QCOMPARE(paper.arxivId, QStringLiteral("2412.00001"));
    QCOMPARE(paper.title, QStringLiteral("Sparse Mixture Routers for Tiny Devices"));
    QCOMPARE(paper.url, QUrl(QStringLiteral("https://arxiv.org/abs/2412.00001")));
    QCOMPARE(paper.date, QDate(2024, 12, 27));
    QCOMPARE(paper.votes, std::optional<int>(42));
    QCOMPARE(paper.authors,
             (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Charles Babbage"),
                          QStringLiteral("Grace Hopper")}));
    QCOMPARE(paper.thumbnailUrl,
             QUrl(QStringLiteral(
                 "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2412.00001.png")));
    QCOMPARE(paper.line, 3);
    QCOMPARE(paper.sections.size(), 3);
    QCOMPARE(paper.sections.at(0).label, QStringLiteral("What's New"));
    QCOMPARE(paper.sections.at(0).text,
             QStringLiteral("작은 기기에서 동작하는 **희소 전문가 라우터**를 제안합니다."));
    QCOMPARE(paper.sections.at(1).label, QStringLiteral("Technical Details"));
    QCOMPARE(paper.sections.at(1).text,
             QStringLiteral("라우터는 `top-k` 선택을 *근사*하며, 자세한 내용은 "
                            "[부록](https://example.org/appendix)을 참고하세요."));
    QCOMPARE(paper.sections.at(2).label, QStringLiteral("Performance Highlights"));
    QCOMPARE(paper.sections.at(2).text, QStringLiteral("지연 시간이 30% 줄었습니다."));
}

void TestDigestParser::plainBoldLabels()
{
    const ParsedDigest digest = parseFixture("modern.md");
    const ParsedPaper *paper = findPaper(digest, QStringLiteral("2412.00002"));
    QVERIFY(paper);
    QCOMPARE(paper->sections.size(), 3);
    QCOMPARE(
        paper->sections.at(0),
        (PaperSection{QStringLiteral("What's New"),
                      QStringLiteral("A plain bold label, as the mid-2024 digests write it.")}));
    QCOMPARE(paper->sections.at(1),
             (PaperSection{QStringLiteral("Technical Details"),
                           QStringLiteral("The colon sits inside the bold here.")}));
    QCOMPARE(paper->sections.at(2).label, QStringLiteral("Benchmark Details"));
}

void TestDigestParser::earlyFormatWithNestedLists()
{
    const ParsedDigest digest = parseFixture("early.md");
    QCOMPARE(digest.papers.size(), 2);
    const ParsedPaper &first = digest.papers.at(0);
    QCOMPARE(first.votes, std::nullopt);
    QVERIFY(first.authors.isEmpty());
    QVERIFY(first.thumbnailUrl.isEmpty());
    QCOMPARE(first.sections.size(), 3);
    for (const PaperSection &section : first.sections)
        QVERIFY(section.label.isEmpty());
    QCOMPARE(
        first.sections.at(1).text,
        QStringLiteral("이 글머리표에는 하위 목록이 있습니다:\n- (1) 첫째 항목\n- (2) 둘째 항목"));
    QCOMPARE(first.sections.at(2).text, QStringLiteral("이 글머리표는\n다음 줄로 이어집니다."));

    // A heading directly after a list, with no blank line, still starts the next paper.
    const ParsedPaper &second = digest.papers.at(1);
    QCOMPARE(second.title, QStringLiteral("A Heading Right After a List"));
    QCOMPARE(second.sections.size(), 2);
    QCOMPARE(second.sections.at(0).text, QStringLiteral("Numbered lists are sections too."));
}

void TestDigestParser::videoInsteadOfImage()
{
    const ParsedDigest digest = parseFixture("video.md");
    QCOMPARE(digest.papers.size(), 4);
    QCOMPARE(digest.papers.at(0).thumbnailUrl,
             QUrl(QStringLiteral(
                 "https://cdn-uploads.huggingface.co/production/uploads/abc/clip-one.mp4")));
    QCOMPARE(digest.papers.at(1).thumbnailUrl,
             QUrl(QStringLiteral(
                 "https://cdn-uploads.huggingface.co/production/uploads/abc/clip-two.mp4")));
    QCOMPARE(digest.papers.at(2).thumbnailUrl,
             QUrl(QStringLiteral("https://huggingface.co/avatars/0123456789abcdef.svg")));
    QCOMPARE(digest.papers.at(3).thumbnailUrl,
             QUrl(QStringLiteral(
                 "https://cdn-uploads.huggingface.co/production/uploads/abc/clip-four.mp4")));
    // Media lines and raw HTML are not summary sections.
    for (const ParsedPaper &paper : digest.papers)
        QCOMPARE(paper.sections.size(), 1);
    QCOMPARE(digest.papers.at(0).votes, std::optional<int>(16));
    QCOMPARE(digest.papers.at(1).authors, QStringList{QStringLiteral("Another Person")});
}

void TestDigestParser::votes()
{
    const ParsedDigest digest = parseFixture("votes.md");
    QCOMPARE(digest.papers.size(), 5);
    QCOMPARE(digest.papers.at(0).votes, std::nullopt);
    QCOMPARE(digest.papers.at(1).votes, std::nullopt);
    QCOMPARE(digest.papers.at(2).votes, std::optional<int>(1234));
    QCOMPARE(digest.papers.at(3).votes, std::nullopt);
    QCOMPARE(digest.papers.at(4).votes, std::optional<int>(12));
    QCOMPARE(digest.papers.at(4).authors,
             (QStringList{QStringLiteral("E. Person"), QStringLiteral("F. Person")}));
    // Only the garbage value is worth a warning; "-" and a missing line are normal.
    QCOMPARE(digest.warnings.size(), 1);
    QVERIFY(hasWarning(digest, 27, QStringLiteral("\"lots\" is not a number")));
    for (const ParsedPaper &paper : digest.papers)
        QCOMPARE(paper.sections.size(), 1);
}

void TestDigestParser::titles()
{
    const ParsedDigest digest = parseFixture("titles.md");
    QCOMPARE(digest.papers.size(), 5);
    QCOMPARE(digest.papers.at(0).title,
             QStringLiteral("M$^{2}$Net: Math $a_1 * b_2$ Stays As Written"));
    QCOMPARE(digest.papers.at(1).title, QStringLiteral("AtP*: A Lone Star & an Ampersand"));
    QCOMPARE(digest.papers.at(2).title, QStringLiteral("Escapes *Resolved* and & Entities é"));
    QCOMPARE(digest.papers.at(3).title, QStringLiteral("Looks Like <b>HTML</b> But Is Text"));
    QCOMPARE(digest.papers.at(4).title, QStringLiteral("Bold Markup Is Dropped"));
    QCOMPARE(digest.papers.at(4).arxivId, QStringLiteral("2402.00005"));
}

void TestDigestParser::structureAndWarnings()
{
    const ParsedDigest digest = parseFixture("structure.md");
    QCOMPARE(digest.days, (QList<QDate>{QDate(2024, 4, 1), QDate(2024, 4, 2)}));
    QCOMPARE(digest.papers.size(), 2);
    QVERIFY(hasWarning(digest, 18, QStringLiteral("has no arXiv link")));
    QVERIFY(hasWarning(digest, 22, QStringLiteral("is not a paper link")));
    QVERIFY(hasWarning(digest, 28, QStringLiteral("outside any \"Daily Papers (date)\"")));
    for (const ParseWarning &warning : digest.warnings)
        QVERIFY(warning.file.endsWith(QStringLiteral("structure.md")));

    const ParsedPaper &first = digest.papers.at(0);
    QCOMPARE(first.date, QDate(2024, 4, 1));
    QCOMPARE(first.authors, (QStringList{QStringLiteral("Kim Minsu"), QStringLiteral("Lee Jiwon"),
                                         QStringLiteral("Park Hana")}));
    QCOMPARE(first.sections.size(), 2);
    QCOMPARE(first.sections.at(0).label, QString());
    QCOMPARE(first.sections.at(0).text,
             QStringLiteral("**Label Without Colon** is just emphasis, not a label."));
    QCOMPARE(first.sections.at(1).text,
             QStringLiteral("Contains raw <script>alert(1)</script> HTML as text.\n\n"
                            "A second paragraph in a loose item."));

    // The same paper on the second day is a second appearance, with its own votes.
    const ParsedPaper &again = digest.papers.at(1);
    QCOMPARE(again.arxivId, first.arxivId);
    QCOMPARE(again.date, QDate(2024, 4, 2));
    QCOMPARE(again.votes, std::optional<int>(9));
}

void TestDigestParser::subHeadingSections()
{
    const ParsedDigest digest = parseFixture("structure.md");
    const ParsedPaper &paper = digest.papers.at(1);
    QCOMPARE(paper.sections.size(), 2);
    QCOMPARE(paper.sections.at(0),
             (PaperSection{QStringLiteral("What's New"),
                           QStringLiteral("A sub-heading labels the paragraphs after it.")}));
    QCOMPARE(
        paper.sections.at(1),
        (PaperSection{QStringLiteral("Technical Details"),
                      QStringLiteral("- Lists under a sub-heading\n- stay in that section.")}));
}

void TestDigestParser::authorsVariants_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("authors");
    const QStringList abc{QStringLiteral("Ann Lee"), QStringLiteral("Bo Kim"),
                          QStringLiteral("Cy Park")};
    QTest::newRow("commas") << "Authors: Ann Lee, Bo Kim, Cy Park" << abc;
    QTest::newRow("oxford and") << "Authors: Ann Lee, Bo Kim, and Cy Park" << abc;
    QTest::newRow("and") << "Authors: Ann Lee, Bo Kim and Cy Park" << abc;
    QTest::newRow("semicolons") << "Authors: Ann Lee; Bo Kim; Cy Park" << abc;
    QTest::newRow("ampersand") << "Authors: Ann Lee, Bo Kim & Cy Park" << abc;
    QTest::newRow("bold key") << "**Authors:** Ann Lee, Bo Kim, Cy Park" << abc;
    QTest::newRow("links") << "Authors: [Ann Lee](https://example.org/a), Bo Kim, Cy Park" << abc;
    QTest::newRow("period") << "Authors: Ann Lee, Bo Kim, Cy Park." << abc;
    QTest::newRow("et al") << "Authors: Ann Lee, Bo Kim, Cy Park, et al." << abc;
    QTest::newRow("single author") << "Author: Ann Lee" << QStringList{QStringLiteral("Ann Lee")};
    QTest::newRow("initials kept")
        << "Authors: Ann B. Lee, J. R. R. T."
        << QStringList{QStringLiteral("Ann B. Lee"), QStringLiteral("J. R. R. T.")};
    QTest::newRow("name with and inside")
        << "Authors: Alexander Anand, Andy Sandberg"
        << QStringList{QStringLiteral("Alexander Anand"), QStringLiteral("Andy Sandberg")};
    QTest::newRow("list item") << "- Authors: Ann Lee, Bo Kim, Cy Park" << abc;
    QTest::newRow("omitted marker") << "Authors: Ann Lee, Bo Kim, +, Cy Park" << abc;
    QTest::newRow("echoed names") << "Authors: Ann Lee, Ann Lee, Bo Kim, Cy Park, Cy Park" << abc;
}

void TestDigestParser::authorsVariants()
{
    QFETCH(QString, line);
    QFETCH(QStringList, authors);
    const QByteArray markdown =
        "## Daily Papers (2024-01-01)\n\n### [T](https://arxiv.org/abs/2401.00001)\n\n" +
        line.toUtf8() + "\n\n- Summary.\n";
    const ParsedDigest digest = parseText(markdown);
    QCOMPARE(digest.papers.size(), 1);
    QCOMPARE(digest.papers.at(0).authors, authors);
    QCOMPARE(digest.papers.at(0).sections.size(), 1);
}

void TestDigestParser::notADigest()
{
    const ParsedDigest digest = parseFixture("not-a-digest.md");
    QVERIFY(!digest.isDigest());
    QVERIFY(digest.papers.isEmpty());
    QVERIFY(hasWarning(digest, 0, QStringLiteral("not a daily papers digest")));

    const ParsedDigest empty = parseText({});
    QVERIFY(!empty.isDigest());
    QCOMPARE(empty.warnings.size(), 1);
}

void TestDigestParser::binaryFileIsRefused()
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    png.append(QByteArray(64, '\0'));
    const ParsedDigest digest = parseText(png);
    QVERIFY(digest.papers.isEmpty());
    QVERIFY(hasWarning(digest, 0, QStringLiteral("not a text file")));
}

void TestDigestParser::bomAndCrlf()
{
    const QByteArray markdown = "\xEF\xBB\xBF## Daily Papers (2024-01-02)\r\n\r\n"
                                "### [Windows Line Ends](https://arxiv.org/abs/2401.00002)\r\n\r\n"
                                "Vote: 4\r\n\r\nAuthors: A B, C D\r\n\r\n"
                                "- **What's New**: Works.\r\n";
    const ParsedDigest digest = parseText(markdown);
    QVERIFY2(digest.warnings.isEmpty(), qPrintable(dumpWarnings(digest)));
    QCOMPARE(digest.papers.size(), 1);
    const ParsedPaper &paper = digest.papers.at(0);
    QCOMPARE(paper.title, QStringLiteral("Windows Line Ends"));
    QCOMPARE(paper.votes, std::optional<int>(4));
    QCOMPARE(paper.authors, (QStringList{QStringLiteral("A B"), QStringLiteral("C D")}));
    QCOMPARE(paper.sections.at(0),
             (PaperSection{QStringLiteral("What's New"), QStringLiteral("Works.")}));
}

void TestDigestParser::utf16WithBom()
{
    const QString text = QStringLiteral("## Daily Papers (2024-01-03)\n\n"
                                        "### [유니코드 제목](https://arxiv.org/abs/2401.00003)\n\n"
                                        "- 본문입니다.\n");
    QByteArray utf16("\xFF\xFE", 2);
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const ParsedDigest digest = parseText(utf16);
    QCOMPARE(digest.papers.size(), 1);
    QCOMPARE(digest.papers.at(0).title, QStringLiteral("유니코드 제목"));
    QCOMPARE(digest.papers.at(0).sections.at(0).text, QStringLiteral("본문입니다."));
}

void TestDigestParser::invalidUtf8IsRepaired()
{
    const QByteArray markdown = "## Daily Papers (2024-01-04)\n\n"
                                "### [Broken \xFF Bytes](https://arxiv.org/abs/2401.00004)\n\n"
                                "- Still readable.\n";
    const ParsedDigest digest = parseText(markdown);
    QCOMPARE(digest.papers.size(), 1);
    QCOMPARE(digest.papers.at(0).title, QStringLiteral("Broken \uFFFD Bytes"));
    QVERIFY(hasWarning(digest, 3, QStringLiteral("not valid UTF-8")));
}

void TestDigestParser::sectionMarkdownRoundTrips()
{
    // Text that looks like markup must come back as the same text when rendered.
    const QByteArray markdown = "## Daily Papers (2024-01-05)\n\n"
                                "### [T](https://arxiv.org/abs/2401.00005)\n\n"
                                "- **Label**: A\\* search, \\[28\\] refs, `a*b`, 1.5x, \\<tag\\>\n"
                                "- 2\\. starts like a list\n";
    const ParsedDigest digest = parseText(markdown);
    QCOMPARE(digest.papers.size(), 1);
    const QList<PaperSection> &sections = digest.papers.at(0).sections;
    QCOMPARE(sections.size(), 2);
    QCOMPARE(MarkdownText::toPlainText(sections.at(0).text),
             QStringLiteral("A* search, [28] refs, a*b, 1.5x, <tag>"));
    QCOMPARE(MarkdownText::toPlainText(sections.at(1).text),
             QStringLiteral("2. starts like a list"));
}

void TestDigestParser::duplicatePaperOnOneDay()
{
    const QByteArray markdown = "## Daily Papers (2024-01-06)\n\n"
                                "### [Old](https://arxiv.org/abs/2401.00006)\n\n- One.\n\n"
                                "### [New](https://arxiv.org/abs/2401.00006)\n\n- Two.\n";
    const ParsedDigest digest = parseText(markdown);
    QCOMPARE(digest.papers.size(), 1);
    QCOMPARE(digest.papers.at(0).title, QStringLiteral("New"));
    QVERIFY(hasWarning(digest, 7, QStringLiteral("appears twice")));
}

void TestDigestParser::unsafeMediaSchemesAreDropped()
{
    const QByteArray markdown = "## Daily Papers (2024-01-07)\n\n"
                                "### [T](https://arxiv.org/abs/2401.00007)\n\n"
                                "![](javascript:alert(1))\n\n- Body.\n";
    const ParsedDigest digest = parseText(markdown);
    QCOMPARE(digest.papers.size(), 1);
    QVERIFY(digest.papers.at(0).thumbnailUrl.isEmpty());
    QVERIFY(hasWarning(digest, 5, QStringLiteral("only http and https")));
}

void TestDigestParser::unclosedFenceIsReadAsText()
{
    const QByteArray markdown = "## Daily Papers (2024-01-08)\n\n"
                                "### [One](https://arxiv.org/abs/2401.00008)\n\n- First.\n\n"
                                "```\n\n"
                                "### [Two](https://arxiv.org/abs/2401.00009)\n\n- Second.\n\n"
                                "### [Three](https://arxiv.org/abs/2401.00010)\n\n- Third.\n";
    const ParsedDigest digest = parseText(markdown);
    QCOMPARE(digest.papers.size(), 3);
    QCOMPARE(digest.papers.at(2).title, QStringLiteral("Three"));
    QVERIFY(hasWarning(digest, 7, QStringLiteral("never closed")));
}

void TestDigestParser::closedFenceStaysCode()
{
    const QByteArray markdown = "## Daily Papers (2024-01-08)\n\n"
                                "### [One](https://arxiv.org/abs/2401.00008)\n\n"
                                "- Code:\n\n  ```python\n  x = 1\n  ```\n";
    const ParsedDigest digest = parseText(markdown);
    QVERIFY2(digest.warnings.isEmpty(), qPrintable(dumpWarnings(digest)));
    QCOMPARE(digest.papers.size(), 1);
    QCOMPARE(digest.papers.at(0).sections.at(0).text,
             QStringLiteral("Code:\n\n```python\nx = 1\n```"));
}

void TestDigestParser::warningsAreCapped()
{
    QByteArray markdown = "## Daily Papers (2024-01-09)\n\n";
    for (int i = 0; i < 1000; ++i)
        markdown += "### [Not arXiv " + QByteArray::number(i) + "](https://example.org/" +
                    QByteArray::number(i) + ")\n";
    const ParsedDigest digest = parseText(markdown);
    QCOMPARE(digest.warnings.size(), 201);
    QVERIFY(hasWarning(digest, 0, QStringLiteral("800 more warnings not shown")));
}

void TestDigestParser::bareUrlsStayAsWritten()
{
    const QByteArray markdown =
        "## Daily Papers (2024-01-10)\n\n"
        "### [T](https://arxiv.org/abs/2401.00011)\n\n"
        "- 코드는 https://github.com/example/repo에서 볼 수 있습니다 (https://example.org).\n";
    const ParsedDigest digest = parseText(markdown);
    QCOMPARE(
        digest.papers.at(0).sections.at(0).text,
        QStringLiteral(
            "코드는 https://github.com/example/repo에서 볼 수 있습니다 (https://example.org)."));
}

void TestDigestParser::manyPapersInOneFile()
{
    // Duplicate detection must not compare every paper with every other one.
    QByteArray markdown = "## Daily Papers (2024-01-11)\n\n";
    for (int i = 0; i < 20000; ++i)
        markdown += "### [P" + QByteArray::number(i) + "](https://arxiv.org/abs/2401." +
                    QByteArray::number(10000 + i) + ")\n- s\n";
    const ParsedDigest digest = parseText(markdown);
    QCOMPARE(digest.papers.size(), 20000);
    QCOMPARE(digest.papers.last().arxivId, QStringLiteral("2401.29999"));
}

QTEST_GUILESS_MAIN(TestDigestParser)
#include "tst_digestparser.moc"
