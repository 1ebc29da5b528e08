// libFuzzer target: any bytes through the digest parser and everything that renders what it
// found. Crashes, leaks, undefined behaviour and hangs are findings.
#include "digest/digestparser.h"
#include "digest/markdowntext.h"
#include "render/paperhtml.h"
#include "search/searchtext.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedDigest digest = DigestParser::parse(bytes, QStringLiteral("fuzz.md"));
    for (const ParsedPaper &paper : digest.papers) {
        PaperRecord record;
        record.arxivId = paper.arxivId;
        record.title = paper.title;
        record.authors = paper.authors;
        record.sections = paper.sections;
        record.appearances.append({paper.date, paper.votes, digest.sourceFile});
        PaperHtml::render(record);
        SearchText::searchableText(paper.title, paper.authors, paper.sections);
    }
    return 0;
}
