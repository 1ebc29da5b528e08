#include "markdownexport.h"

#include "digest/markdowntext.h"
#include "digest/paperfields.h"

#include <functional>
#include <map>

namespace {

QString indentContinuation(const QString &text)
{
    QString indented = text;
    indented.replace(u'\n', QStringLiteral("\n  "));
    return indented;
}

QString destination(const QUrl &url)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    return text.contains(u'(') || text.contains(u')') ? u'<' + text + u'>' : text;
}

} // namespace

namespace MarkdownExport {

QString paperEntry(const PaperRecord &paper)
{
    QString out;
    out += QStringLiteral("### [%1](%2)\n\n")
               .arg(MarkdownText::escapeInline(paper.title, false), destination(paper.url));
    if (paper.thumbnailUrl.isValid() && !paper.thumbnailUrl.isEmpty()) {
        if (PaperFields::isVideoLink(paper.thumbnailUrl, {}))
            out += QStringLiteral("[Watch Video](%1)\n\n").arg(destination(paper.thumbnailUrl));
        else
            out += QStringLiteral("![](%1)\n\n").arg(destination(paper.thumbnailUrl));
    }
    const std::optional<int> votes = paper.votes();
    out +=
        QStringLiteral("Vote: %1\n\n").arg(votes ? QString::number(*votes) : QStringLiteral("-"));
    if (!paper.authors.isEmpty())
        out +=
            QStringLiteral("Authors: %1\n\n")
                .arg(MarkdownText::escapeInline(paper.authors.join(QStringLiteral(", ")), false));
    for (const PaperSection &section : paper.sections) {
        const QString text = indentContinuation(section.text);
        if (section.label.isEmpty())
            out += QStringLiteral("- %1\n").arg(text);
        else
            out += QStringLiteral("- ***%1***: %2\n")
                       .arg(MarkdownText::escapeInline(section.label, false), text);
    }
    return out;
}

QString toDigest(const QList<PaperRecord> &papers)
{
    // Newest day first; within a day the papers keep the order they were given in.
    std::map<QDate, QList<const PaperRecord *>, std::greater<QDate>> byDay;
    for (const PaperRecord &paper : papers)
        byDay[paper.latestDate()].append(&paper);
    QString out;
    for (const auto &[day, dayPapers] : byDay) {
        if (!out.isEmpty())
            out += u'\n';
        out += QStringLiteral("## Daily Papers (%1)\n").arg(day.toString(Qt::ISODate));
        for (const PaperRecord *paper : dayPapers)
            out += u'\n' + paperEntry(*paper);
    }
    return out;
}

} // namespace MarkdownExport
