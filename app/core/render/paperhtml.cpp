#include "paperhtml.h"

#include "digest/arxivid.h"
#include "digest/markdowntext.h"

#include <QLocale>

namespace {

QString votesText(const std::optional<int> &votes)
{
    return votes ? QLocale().toString(*votes) : QStringLiteral("–");
}

// "12 votes on 27 Dec; 5 on 26 Dec" when a paper was in more than one digest.
QString voteHistory(const PaperRecord &paper)
{
    if (paper.appearances.size() < 2)
        return {};
    QStringList entries;
    for (auto it = paper.appearances.crbegin(); it != paper.appearances.crend(); ++it)
        entries.append(QStringLiteral("%1: %2").arg(
            QLocale().toString(it->date, QLocale::ShortFormat), votesText(it->votes)));
    return entries.join(QStringLiteral(" · "));
}

// md4c wraps a single paragraph in <p>; inside a list item that only adds a gap.
QString unwrapSingleParagraph(const QString &html)
{
    const QString trimmed = html.trimmed();
    if (trimmed.startsWith(u"<p>") && trimmed.endsWith(u"</p>") && trimmed.count(u"<p>") == 1)
        return trimmed.mid(3, trimmed.size() - 7);
    return html;
}

} // namespace

namespace PaperHtml {

QUrl starActionUrl()
{
    return QUrl(QStringLiteral("dailypapers:toggle-star"));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString render(const PaperRecord &paper)
{
    QString html;
    html += QStringLiteral("<h2 style=\"margin-bottom:4px\">%1</h2>").arg(escaped(paper.title));

    QStringList meta;
    meta.append(QStringLiteral("<b>%1</b> %2")
                    .arg(votesText(paper.votes()),
                         paper.votes() == 1 ? QStringLiteral("vote") : QStringLiteral("votes")));
    meta.append(escaped(QLocale().toString(paper.latestDate(), QLocale::LongFormat)));
    meta.append(
        QStringLiteral("<a href=\"%1\">arXiv:%2</a>")
            .arg(escaped(ArxivId::abstractUrl(paper.arxivId).toString()), escaped(paper.arxivId)));
    meta.append(QStringLiteral("<a href=\"%1\">PDF</a>")
                    .arg(escaped(ArxivId::pdfUrl(paper.arxivId).toString())));
    meta.append(paper.starred
                    ? QStringLiteral("<a href=\"%1\" style=\"color:#c98f00; text-decoration:none\">"
                                     "★ Starred</a>")
                          .arg(starActionUrl().toString())
                    : QStringLiteral("<a href=\"%1\" style=\"text-decoration:none\">☆ Star</a>")
                          .arg(starActionUrl().toString()));
    html += QStringLiteral("<p style=\"color:palette(mid)\">%1</p>")
                .arg(meta.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    const QString history = voteHistory(paper);
    if (!history.isEmpty())
        html += QStringLiteral("<p><small>Votes by day: %1</small></p>").arg(escaped(history));

    if (!paper.authors.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(paper.authors.join(QStringLiteral(", "))));

    // Labelled sections get a heading; runs of unlabelled bullets read best as a list.
    bool inList = false;
    for (const PaperSection &section : paper.sections) {
        const QString body = MarkdownText::toSafeHtml(section.text);
        if (section.label.isEmpty()) {
            if (!inList)
                html += QStringLiteral("<ul style=\"margin-top:8px\">");
            inList = true;
            html += QStringLiteral("<li style=\"margin-bottom:6px\">%1</li>")
                        .arg(unwrapSingleParagraph(body));
            continue;
        }
        if (inList)
            html += QStringLiteral("</ul>");
        inList = false;
        html += QStringLiteral(
                    "<h4 style=\"margin-top:14px; margin-bottom:2px; color:#2a6fb0\">%1</h4>")
                    .arg(escaped(section.label));
        html += body;
    }
    if (inList)
        html += QStringLiteral("</ul>");
    if (paper.sections.isEmpty())
        html += QStringLiteral("<p><i>This digest entry has no summary.</i></p>");
    return html;
}

} // namespace PaperHtml
