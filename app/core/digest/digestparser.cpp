#include "digestparser.h"

#include "arxivid.h"
#include "markdowntext.h"
#include "markdownwriter.h"
#include "paperfields.h"
#include "sourcetext.h"

#include <md4c.h>

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <memory>

namespace {

const QUrl &huggingFaceBase()
{
    static const QUrl base(QStringLiteral("https://huggingface.co"));
    return base;
}

// A top-level block of a paper (paragraph, list item, quote ...) as both markdown and plain
// lines, so it can turn out to be metadata (votes, authors, media) or a summary section.
struct CapturedBlock
{
    struct Line
    {
        QString text;
        int number = 0;
    };

    MarkdownWriter writer;
    QList<Line> lines{Line{}};
    QList<QUrl> images;
    QList<QPair<QUrl, QString>> links; // href, link text
    int spanDepth = 0;
    int linkTextStart = -1;

    // The bold or bold-italic lead that may be the section's label.
    enum class Lead { Expected, InCandidate, Done } lead = Lead::Expected;
    int leadSpanDepth = 0;
    bool leadHasStrong = false;
    std::optional<DualMarkdown::Position> leadEnd;
    QString leadText;

    QString plainText() const
    {
        QStringList texts;
        for (const Line &line : lines)
            texts.append(line.text);
        return texts.join(u'\n').trimmed();
    }
};

class DigestBuilder
{
public:
    DigestBuilder(const SourceText &source, ParsedDigest &digest)
        : m_source(source)
        , m_digest(digest)
    {}

    int enterBlock(MD_BLOCKTYPE type, void *detail);
    int leaveBlock(MD_BLOCKTYPE type, void *detail);
    // Line of a fence whose code block runs to the end of the file, or 0.
    int unclosedFenceLine() const { return m_unclosedFenceLine; }
    // Set once the file has more papers than any digest: parsing stops there.
    bool isFull() const { return m_tooManyPapers; }
    int enterSpan(MD_SPANTYPE type, void *detail);
    int leaveSpan(MD_SPANTYPE type, void *detail);
    int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size);
    void finish();

private:
    struct Heading
    {
        unsigned level = 0;
        int line = 0;
        QString text;
        QString linkText;
        QUrl linkUrl;
        int linkCount = 0;
        bool inLink = false;
    };

    void warn(int line, const QString &message);
    int currentDepth() const { return int(m_blocks.size()) - 1; } // 0 = document
    void startHeading(unsigned level);
    void finishHeading();
    void finishPaper();
    void finishBlock(CapturedBlock &block, bool isListItem);
    bool takeMetadataLine(const CapturedBlock::Line &line);
    void takeMedia(const CapturedBlock &block);
    void addSection(CapturedBlock &block);
    void takeHtmlMedia(const QString &html);
    QUrl resolvedHttpUrl(const QString &reference, int line);

    const SourceText &m_source;
    ParsedDigest &m_digest;
    QList<MD_BLOCKTYPE> m_blocks;

    std::optional<Heading> m_heading;
    std::optional<QDate> m_day;
    std::optional<ParsedPaper> m_paper;
    QHash<QString, qsizetype> m_paperIndex; // "id@day" -> index in m_digest.papers
    QUrl m_videoUrl;
    QUrl m_htmlMediaUrl;
    int m_suppressedWarnings = 0;
    bool m_tooManyPapers = false;
    bool m_inFencedCode = false;
    int m_fencedCodeFirstLine = 0;
    const char *m_fencedCodeEnd = nullptr;
    int m_unclosedFenceLine = 0;

    // The block of the paper being read, if any, and how deep it started.
    std::unique_ptr<CapturedBlock> m_block;
    int m_blockDepth = -1;
    bool m_inTopLevelList = false;
    QString m_html;
    // A "#### Label" heading inside a paper collects the blocks after it into one section.
    std::unique_ptr<CapturedBlock> m_headingSection;
    QString m_headingSectionLabel;
};

void DigestBuilder::warn(int line, const QString &message)
{
    // A hostile file can make a warning per line; the first ones tell the story.
    constexpr qsizetype maxWarnings = 200;
    if (m_digest.warnings.size() < maxWarnings)
        m_digest.warnings.append(ParseWarning{m_digest.sourceFile, line, message});
    else
        ++m_suppressedWarnings;
}

int DigestBuilder::enterBlock(MD_BLOCKTYPE type, void *detail)
{
    if (m_tooManyPapers)
        return 1; // abort md4c: the rest of a hostile file is not worth the time
    m_blocks.append(type);
    if (type == MD_BLOCK_CODE && static_cast<MD_BLOCK_CODE_DETAIL *>(detail)->fence_char != 0) {
        m_inFencedCode = true;
        m_fencedCodeFirstLine = 0;
        m_fencedCodeEnd = nullptr;
    }
    const int depth = currentDepth();
    if (type == MD_BLOCK_H && depth == 1) {
        startHeading(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        return 0;
    }
    if (m_heading)
        return 0;
    if (m_block) {
        m_block->writer.enterBlock(type, detail);
        if (type == MD_BLOCK_LI || type == MD_BLOCK_P)
            m_block->lines.append(CapturedBlock::Line{});
        return 0;
    }
    if (m_headingSection && depth == 1) {
        // Events reach the heading section while m_blockDepth marks its open block.
        m_headingSection->writer.enterBlock(type, detail);
        m_blockDepth = depth;
        return 0;
    }
    if (m_headingSection && m_blockDepth >= 0) {
        m_headingSection->writer.enterBlock(type, detail);
        return 0;
    }
    if (!m_paper)
        return 0;
    if (depth == 1) {
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            m_inTopLevelList = true;
            break;
        case MD_BLOCK_HTML:
            m_html.clear();
            m_blockDepth = depth;
            break;
        case MD_BLOCK_HR:
            break;
        default:
            m_block = std::make_unique<CapturedBlock>();
            m_blockDepth = depth;
            if (type != MD_BLOCK_P)
                m_block->writer.enterBlock(type, detail);
            break;
        }
    } else if (depth == 2 && type == MD_BLOCK_LI && m_inTopLevelList) {
        m_block = std::make_unique<CapturedBlock>();
        m_blockDepth = depth;
    }
    return 0;
}

int DigestBuilder::leaveBlock(MD_BLOCKTYPE type, void *detail)
{
    const int depth = currentDepth();
    if (type == MD_BLOCK_CODE && m_inFencedCode) {
        m_inFencedCode = false;
        // A closed fence leaves its closing line after the code; an open one leaves nothing.
        const QByteArray &utf8 = m_source.utf8();
        const char *end = utf8.constData() + utf8.size();
        if (m_fencedCodeFirstLine > 1 && m_fencedCodeEnd &&
            QByteArrayView(m_fencedCodeEnd, end - m_fencedCodeEnd).trimmed().isEmpty())
            m_unclosedFenceLine = m_fencedCodeFirstLine - 1;
    }
    m_blocks.removeLast();
    if (type == MD_BLOCK_H && depth == 1) {
        finishHeading();
        return 0;
    }
    if (m_headingSection && m_blockDepth >= 0 && !m_block) {
        m_headingSection->writer.leaveBlock(type, detail);
        if (depth == m_blockDepth)
            m_blockDepth = -1;
        return 0;
    }
    if (m_block && depth > m_blockDepth) {
        m_block->writer.leaveBlock(type, detail);
        return 0;
    }
    if (m_block && depth == m_blockDepth) {
        if (type != MD_BLOCK_P && type != MD_BLOCK_LI)
            m_block->writer.leaveBlock(type, detail);
        finishBlock(*m_block, type == MD_BLOCK_LI);
        m_block.reset();
        m_blockDepth = -1;
        return 0;
    }
    if (type == MD_BLOCK_HTML && depth == 1 && m_paper) {
        takeHtmlMedia(m_html);
        m_blockDepth = -1;
    }
    if ((type == MD_BLOCK_UL || type == MD_BLOCK_OL) && depth == 1)
        m_inTopLevelList = false;
    return 0;
}

int DigestBuilder::enterSpan(MD_SPANTYPE type, void *detail)
{
    if (m_heading) {
        if (type == MD_SPAN_A && !m_heading->inLink) {
            m_heading->inLink = true;
            ++m_heading->linkCount;
            if (m_heading->linkCount == 1) {
                m_heading->linkUrl =
                    QUrl(attributeText(static_cast<MD_SPAN_A_DETAIL *>(detail)->href).trimmed());
            }
        }
        if (type == MD_SPAN_LATEXMATH || type == MD_SPAN_LATEXMATH_DISPLAY)
            text(MD_TEXT_NORMAL, type == MD_SPAN_LATEXMATH ? "$" : "$$",
                 type == MD_SPAN_LATEXMATH ? 1 : 2);
        return 0;
    }
    CapturedBlock *block = m_block ? m_block.get() : m_headingSection.get();
    if (!block || m_blockDepth < 0)
        return 0;
    if (block->lead == CapturedBlock::Lead::Expected) {
        if (type == MD_SPAN_STRONG || type == MD_SPAN_EM) {
            block->lead = CapturedBlock::Lead::InCandidate;
            block->leadSpanDepth = block->spanDepth;
            block->leadHasStrong = type == MD_SPAN_STRONG;
        } else {
            block->lead = CapturedBlock::Lead::Done;
        }
    } else if (block->lead == CapturedBlock::Lead::InCandidate && type == MD_SPAN_STRONG) {
        block->leadHasStrong = true;
    }
    ++block->spanDepth;
    switch (type) {
    case MD_SPAN_IMG: {
        // An image with no alt text has no text callback: its line comes from the src.
        const MD_ATTRIBUTE &src = static_cast<MD_SPAN_IMG_DETAIL *>(detail)->src;
        block->images.append(resolvedHttpUrl(attributeText(src), m_source.lineOf(src.text)));
        break;
    }
    case MD_SPAN_A:
        block->links.append(
            {QUrl(attributeText(static_cast<MD_SPAN_A_DETAIL *>(detail)->href).trimmed()), {}});
        block->linkTextStart = int(block->lines.last().text.size());
        break;
    case MD_SPAN_LATEXMATH:
        block->lines.last().text += u'$';
        break;
    case MD_SPAN_LATEXMATH_DISPLAY:
        block->lines.last().text += QStringLiteral("$$");
        break;
    default:
        break;
    }
    block->writer.enterSpan(type, detail);
    return 0;
}

int DigestBuilder::leaveSpan(MD_SPANTYPE type, void *detail)
{
    if (m_heading) {
        if (type == MD_SPAN_A)
            m_heading->inLink = false;
        if (type == MD_SPAN_LATEXMATH || type == MD_SPAN_LATEXMATH_DISPLAY)
            text(MD_TEXT_NORMAL, type == MD_SPAN_LATEXMATH ? "$" : "$$",
                 type == MD_SPAN_LATEXMATH ? 1 : 2);
        return 0;
    }
    CapturedBlock *block = m_block ? m_block.get() : m_headingSection.get();
    if (!block || m_blockDepth < 0)
        return 0;
    --block->spanDepth;
    block->writer.leaveSpan(type, detail);
    if (block->lead == CapturedBlock::Lead::InCandidate &&
        block->spanDepth == block->leadSpanDepth) {
        block->lead = CapturedBlock::Lead::Done;
        if (block->leadHasStrong)
            block->leadEnd = block->writer.position();
    }
    if (type == MD_SPAN_A && !block->links.isEmpty() && block->linkTextStart >= 0) {
        block->links.last().second = block->lines.last().text.mid(block->linkTextStart);
        block->linkTextStart = -1;
    }
    if (type == MD_SPAN_LATEXMATH)
        block->lines.last().text += u'$';
    else if (type == MD_SPAN_LATEXMATH_DISPLAY)
        block->lines.last().text += QStringLiteral("$$");
    return 0;
}

int DigestBuilder::text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
{
    // Text always lies inside the source, or is one of md4c's few short constants; anything
    // else would be a parser fault, and is not worth gigabytes of memory.
    const QByteArray &source = m_source.utf8();
    const char *sourceEnd = source.constData() + source.size();
    if (text >= source.constData() && text < sourceEnd)
        size = MD_SIZE(qMin<qint64>(size, sourceEnd - text));
    else if (size > 16)
        return 0;
    const int line = m_source.lineOf(text);
    if (m_inFencedCode && line > 0) {
        if (m_fencedCodeFirstLine == 0)
            m_fencedCodeFirstLine = line;
        m_fencedCodeEnd = text + size;
    }
    QString plain;
    switch (type) {
    case MD_TEXT_NULLCHAR:
        plain = QChar::ReplacementCharacter;
        break;
    case MD_TEXT_ENTITY:
        plain = MarkdownText::decodeEntity(QByteArrayView(text, size));
        break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        break;
    default:
        plain = QString::fromUtf8(text, size);
        break;
    }

    if (m_heading) {
        if (m_heading->line == 0)
            m_heading->line = line;
        if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR)
            plain = QStringLiteral(" ");
        m_heading->text += plain;
        if (m_heading->inLink && m_heading->linkCount == 1)
            m_heading->linkText += plain;
        return 0;
    }
    if (m_blockDepth == 1 && !m_block && !m_headingSection && m_paper) {
        m_html += plain; // raw HTML block
        return 0;
    }
    CapturedBlock *block = m_block ? m_block.get() : m_headingSection.get();
    if (!block || m_blockDepth < 0)
        return 0;
    block->writer.text(type, text, size);
    if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR) {
        block->lines.append(CapturedBlock::Line{});
        return 0;
    }
    if (block->lead == CapturedBlock::Lead::Expected && !plain.trimmed().isEmpty())
        block->lead = CapturedBlock::Lead::Done;
    if (block->lead == CapturedBlock::Lead::InCandidate)
        block->leadText += plain;
    CapturedBlock::Line &current = block->lines.last();
    if (current.number == 0)
        current.number = line;
    current.text += plain;
    return 0;
}

void DigestBuilder::startHeading(unsigned level)
{
    m_heading = Heading{};
    m_heading->level = level;
}

void DigestBuilder::finishHeading()
{
    const Heading heading = *m_heading;
    m_heading.reset();
    const QString text = heading.text.simplified();

    if (heading.level <= 2) {
        finishPaper();
        m_day.reset();
        static const QRegularExpression dayPattern(
            QStringLiteral(R"(daily\s*papers\b.*?(\d{4})-(\d{1,2})-(\d{1,2}))"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = dayPattern.match(text);
        if (!match.hasMatch())
            return;
        const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                         match.captured(3).toInt());
        if (!date.isValid()) {
            warn(heading.line, QStringLiteral("\"%1\" has no valid date").arg(text));
            return;
        }
        m_day = date;
        if (!m_digest.days.contains(date))
            m_digest.days.append(date);
        return;
    }

    if (heading.level >= 4 && m_paper) {
        // A sub-heading inside a paper labels the blocks that follow it.
        if (m_headingSection)
            addSection(*m_headingSection);
        m_headingSection = std::make_unique<CapturedBlock>();
        m_headingSectionLabel = text;
        return;
    }
    if (heading.level >= 4)
        return;

    finishPaper();
    if (!m_day) {
        if (heading.linkCount > 0)
            warn(heading.line, QStringLiteral("paper \"%1\" is outside any \"Daily Papers (date)\" "
                                              "section; skipped")
                                   .arg(text));
        return;
    }
    if (heading.linkCount == 0) {
        warn(heading.line, QStringLiteral("heading \"%1\" is not a paper link; skipped").arg(text));
        return;
    }
    const QString arxivId = ArxivId::fromUrl(heading.linkUrl);
    if (arxivId.isEmpty()) {
        warn(heading.line, QStringLiteral("paper \"%1\" has no arXiv link (%2); skipped")
                               .arg(text, heading.linkUrl.toDisplayString()));
        return;
    }
    ParsedPaper paper;
    paper.arxivId = arxivId;
    paper.url = heading.linkUrl;
    paper.date = *m_day;
    paper.line = heading.line;
    paper.title = heading.linkText.simplified();
    if (paper.title.isEmpty())
        paper.title = text;
    m_paper = paper;
    m_videoUrl.clear();
    m_htmlMediaUrl.clear();
}

QUrl DigestBuilder::resolvedHttpUrl(const QString &reference, int line)
{
    const QUrl url = huggingFaceBase().resolved(QUrl(reference.trimmed()));
    if (url.scheme() == u"http" || url.scheme() == u"https")
        return url;
    if (!reference.trimmed().isEmpty())
        warn(line, QStringLiteral("ignored media link \"%1\": only http and https are fetched")
                       .arg(reference.left(80)));
    return {};
}

bool DigestBuilder::takeMetadataLine(const CapturedBlock::Line &line)
{
    const std::optional<PaperFields::Field> field = PaperFields::parseLine(line.text);
    if (!field)
        return false;
    switch (field->kind) {
    case PaperFields::Kind::Votes: {
        const PaperFields::Votes votes = PaperFields::parseVotes(field->value);
        m_paper->votes = votes.count;
        if (!votes.count && !votes.isPlaceholder)
            warn(line.number,
                 QStringLiteral("votes \"%1\" is not a number; shown as none").arg(field->value));
        break;
    }
    case PaperFields::Kind::Authors:
        m_paper->authors = PaperFields::parseAuthors(field->value);
        break;
    }
    return true;
}

void DigestBuilder::takeMedia(const CapturedBlock &block)
{
    for (const QUrl &image : block.images) {
        if (m_paper->thumbnailUrl.isEmpty() && image.isValid())
            m_paper->thumbnailUrl = image;
    }
    for (const auto &[href, text] : block.links) {
        if (m_videoUrl.isEmpty() && PaperFields::isVideoLink(href, text))
            m_videoUrl = resolvedHttpUrl(href.toString(), block.lines.first().number);
    }
    if (m_videoUrl.isEmpty()) {
        // "[Watch Video]https://..." without the parentheses leaves the url as plain text.
        for (const CapturedBlock::Line &line : block.lines) {
            const QUrl bare = PaperFields::bareVideoUrl(line.text);
            if (bare.isValid()) {
                m_videoUrl = bare;
                break;
            }
        }
    }
}

void DigestBuilder::takeHtmlMedia(const QString &html)
{
    if (!m_htmlMediaUrl.isEmpty())
        return;
    static const QRegularExpression source(
        QStringLiteral(R"(<(?:video|img|source)\b[^>]*?\bsrc\s*=\s*["']([^"']+)["'])"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = source.match(html);
    if (match.hasMatch()) {
        const QUrl url = huggingFaceBase().resolved(QUrl(match.captured(1)));
        if (url.scheme() == u"https" || url.scheme() == u"http")
            m_htmlMediaUrl = url;
    }
}

void DigestBuilder::finishBlock(CapturedBlock &block, bool isListItem)
{
    if (!m_paper)
        return;
    if (isListItem) {
        // "- Authors: ..." or "- **Vote**: 3" in a list is metadata, not a summary.
        if (block.lines.size() >= 1) {
            CapturedBlock::Line first = block.lines.first();
            for (const CapturedBlock::Line &line : block.lines) {
                if (!line.text.trimmed().isEmpty()) {
                    first = line;
                    break;
                }
            }
            if (block.plainText().count(u'\n') == 0 && takeMetadataLine(first))
                return;
        }
        addSection(block);
        return;
    }
    bool sawMetadata = false;
    for (const CapturedBlock::Line &line : block.lines)
        sawMetadata = takeMetadataLine(line) || sawMetadata;
    const bool hasMedia =
        !block.images.isEmpty() ||
        std::any_of(
            block.links.cbegin(), block.links.cend(),
            [](const auto &link) { return PaperFields::isVideoLink(link.first, link.second); }) ||
        std::any_of(block.lines.cbegin(), block.lines.cend(), [](const auto &line) {
            return PaperFields::bareVideoUrl(line.text).isValid();
        });
    if (hasMedia)
        takeMedia(block);
    if (!sawMetadata && !hasMedia)
        addSection(block);
}

void DigestBuilder::addSection(CapturedBlock &block)
{
    const bool underHeading = &block == m_headingSection.get();
    QString label = underHeading ? m_headingSectionLabel : QString();
    QString markdown;
    if (!underHeading && block.leadEnd) {
        // A bold lead is a label when a colon ends it or follows it.
        const QString rest = block.writer.markdown(*block.leadEnd).trimmed();
        const QString lead = block.leadText.trimmed();
        const bool colonInside = lead.endsWith(u':') || lead.endsWith(u'：');
        const bool colonAfter = rest.startsWith(u':') || rest.startsWith(u'：');
        if (colonInside || colonAfter) {
            label = colonInside ? lead.chopped(1).trimmed() : lead;
            markdown = colonAfter ? rest.mid(1) : rest;
        }
    }
    if (label.isEmpty() || underHeading)
        markdown = block.writer.markdown();
    markdown = markdown.trimmed();
    if (label.isEmpty() && markdown.isEmpty())
        return;
    m_paper->sections.append({label, markdown});
}

void DigestBuilder::finishPaper()
{
    if (m_headingSection) {
        if (m_paper)
            addSection(*m_headingSection);
        m_headingSection.reset();
    }
    if (!m_paper)
        return;
    ParsedPaper paper = *m_paper;
    m_paper.reset();
    if (m_tooManyPapers)
        return;
    if (paper.thumbnailUrl.isEmpty())
        paper.thumbnailUrl = m_videoUrl.isEmpty() ? m_htmlMediaUrl : m_videoUrl;
    if (paper.sections.isEmpty())
        warn(paper.line, QStringLiteral("paper %1 has no summary").arg(paper.arxivId));
    const QString key = paper.arxivId + u'@' + paper.date.toString(Qt::ISODate);
    const auto earlier = m_paperIndex.constFind(key);
    if (earlier != m_paperIndex.cend()) {
        warn(paper.line, QStringLiteral("paper %1 appears twice on %2; the later entry is kept")
                             .arg(paper.arxivId, paper.date.toString(Qt::ISODate)));
        m_digest.papers[*earlier] = paper;
        return;
    }
    m_paperIndex.insert(key, m_digest.papers.size());
    m_digest.papers.append(paper);
    if (m_digest.papers.size() >= DigestParser::MaxPapersPerFile && !m_tooManyPapers) {
        m_tooManyPapers = true;
        // Past the warning cap too: this one says that the file was cut short.
        m_digest.warnings.append(
            ParseWarning{m_digest.sourceFile, paper.line,
                         QStringLiteral("more than %1 papers in one file; the rest is not read")
                             .arg(DigestParser::MaxPapersPerFile)});
    }
}

void DigestBuilder::finish()
{
    finishPaper();
    if (m_suppressedWarnings > 0)
        m_digest.warnings.append(
            ParseWarning{m_digest.sourceFile, 0,
                         QStringLiteral("%1 more warnings not shown").arg(m_suppressedWarnings)});
}

template<typename Fn> int dispatch(void *userdata, Fn fn)
{
    return fn(*static_cast<DigestBuilder *>(userdata));
}

} // namespace

QString ParseWarning::toString() const
{
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(file, message);
}

namespace {

bool runParser(const SourceText &source, ParsedDigest &digest, int *unclosedFenceLine)
{
    DigestBuilder builder(source, digest);
    MD_PARSER parser{};
    parser.flags = MarkdownText::parserFlags();
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *userdata) {
        return dispatch(userdata, [&](DigestBuilder &b) { return b.enterBlock(type, detail); });
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *detail, void *userdata) {
        return dispatch(userdata, [&](DigestBuilder &b) { return b.leaveBlock(type, detail); });
    };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *userdata) {
        return dispatch(userdata, [&](DigestBuilder &b) { return b.enterSpan(type, detail); });
    };
    parser.leave_span = [](MD_SPANTYPE type, void *detail, void *userdata) {
        return dispatch(userdata, [&](DigestBuilder &b) { return b.leaveSpan(type, detail); });
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata) {
        return dispatch(userdata, [&](DigestBuilder &b) { return b.text(type, text, size); });
    };
    const QByteArray &utf8 = source.utf8();
    const bool parsed = md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &builder) == 0 ||
                        builder.isFull();
    builder.finish();
    *unclosedFenceLine = builder.unclosedFenceLine();
    return parsed;
}

} // namespace

ParsedDigest DigestParser::parse(const QByteArray &bytes, const QString &sourceName)
{
    SourceText source = SourceText::fromBytes(bytes);
    QList<ParseWarning> sourceWarnings;
    for (const SourceText::Problem &problem : source.problems())
        sourceWarnings.append(ParseWarning{sourceName, problem.line, problem.message});
    if (!source.isText()) {
        ParsedDigest digest;
        digest.sourceFile = sourceName;
        digest.warnings = sourceWarnings;
        return digest;
    }

    ParsedDigest digest;
    int unclosedFence = 0;
    bool parsed = false;
    // A code fence that is never closed would swallow the rest of the file, papers and all:
    // read its opening line as text instead, and say so.
    for (int attempt = 0; attempt < 3; ++attempt) {
        digest = ParsedDigest{};
        digest.sourceFile = sourceName;
        parsed = runParser(source, digest, &unclosedFence);
        if (unclosedFence == 0)
            break;
        sourceWarnings.append(
            ParseWarning{sourceName, unclosedFence,
                         QStringLiteral("this code fence is never closed; it is read as text")});
        source.escapeLine(unclosedFence);
    }
    digest.warnings = sourceWarnings + digest.warnings;
    if (!parsed)
        digest.warnings.append(
            ParseWarning{sourceName, 0, QStringLiteral("the markdown parser gave up")});
    if (!digest.isDigest()) {
        digest.warnings.append(ParseWarning{
            sourceName, 0,
            QStringLiteral("not a daily papers digest: no \"Daily Papers (YYYY-MM-DD)\" heading")});
    }
    return digest;
}

std::optional<QByteArray> DigestParser::readFile(const QString &path, ParseWarning &problem)
{
    problem = {path, 0, {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem.message = QStringLiteral("cannot read: %1").arg(file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        problem.message = QStringLiteral("too large to be a digest (%1 MB; the limit is %2 MB)")
                              .arg(file.size() / (1024 * 1024))
                              .arg(MaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    // Sequential files (pipes) report size 0: read at most one byte past the limit.
    QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) {
        problem.message = QStringLiteral("too large to be a digest (the limit is %1 MB)")
                              .arg(MaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        problem.message = QStringLiteral("cannot read: %1").arg(file.errorString());
        return std::nullopt;
    }
    return bytes;
}

ParsedDigest DigestParser::parseFile(const QString &path)
{
    ParseWarning problem;
    const std::optional<QByteArray> bytes = readFile(path, problem);
    if (!bytes) {
        ParsedDigest digest;
        digest.sourceFile = path;
        digest.warnings.append(problem);
        return digest;
    }
    return parse(*bytes, path);
}
