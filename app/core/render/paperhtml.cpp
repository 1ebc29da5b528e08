#include "paperhtml.h"

#include "digest/arxivid.h"
#include "digest/markdowntext.h"
#include "latextext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PaperHtml", text);
}

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

// Bare http(s) urls in summary text become links. Only ASCII url characters count, so the
// Korean particle after a url ("...repo에서") stays text, and trailing punctuation is left out.
QString linkifyBareUrls(const QString &html)
{
    static const QRegularExpression url(
        QStringLiteral(R"(https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+)"));
    QString out;
    int anchorDepth = 0;
    qsizetype pos = 0;
    while (pos < html.size()) {
        const qsizetype tag = html.indexOf(u'<', pos);
        const qsizetype textEnd = tag < 0 ? html.size() : tag;
        QString text = html.mid(pos, textEnd - pos);
        if (anchorDepth == 0) {
            QString linked;
            qsizetype last = 0;
            QRegularExpressionMatchIterator it = url.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                QString target = match.captured(0);
                while (!target.isEmpty() && QStringLiteral(".,;:!?'").contains(target.back()))
                    target.chop(1);
                if (target.endsWith(u')') && target.count(u'(') < target.count(u')'))
                    target.chop(1);
                if (target.endsWith(QStringLiteral("&amp")))
                    target.chop(4);
                linked += text.mid(last, match.capturedStart() - last);
                linked += QStringLiteral("<a href=\"%1\">%1</a>").arg(target);
                last = match.capturedStart() + target.size();
            }
            text = linked + text.mid(last);
        }
        out += text;
        if (tag < 0)
            break;
        const qsizetype tagEnd = html.indexOf(u'>', tag);
        const QString element = html.mid(tag, tagEnd < 0 ? -1 : tagEnd - tag + 1);
        if (element.startsWith(QStringLiteral("<a ")) ||
            element.startsWith(QStringLiteral("<code")))
            ++anchorDepth;
        else if ((element == u"</a>" || element == u"</code>") && anchorDepth > 0)
            --anchorDepth;
        out += element;
        pos = tagEnd < 0 ? html.size() : tagEnd + 1;
    }
    return out;
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

QUrl copyBibtexUrl()
{
    return QUrl(QStringLiteral("dailypapers:copy-bibtex"));
}

QUrl starActionUrl()
{
    return QUrl(QStringLiteral("dailypapers:toggle-star"));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QUrl imageUrl()
{
    return QUrl(QStringLiteral("dailypapers-thumbnail:current"));
}

QString render(const PaperRecord &paper, const QSize &imageSize)
{
    QString html;
    if (imageSize.isValid())
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                    .arg(imageUrl().toString())
                    .arg(imageSize.width())
                    .arg(imageSize.height());
    html += QStringLiteral("<h2 style=\"margin-bottom:4px\">%1</h2>")
                .arg(escaped(LatexText::toUnicode(paper.title)));

    QStringList meta;
    meta.append(paper.votes() ? QStringLiteral("<b>%1</b> %2")
                                    .arg(votesText(paper.votes()),
                                         paper.votes() == 1 ? tr("vote") : tr("votes"))
                              : tr("no votes"));
    meta.append(escaped(QLocale().toString(paper.latestDate(), QLocale::LongFormat)));
    meta.append(
        QStringLiteral("<a href=\"%1\">arXiv:%2</a>")
            .arg(escaped(ArxivId::abstractUrl(paper.arxivId).toString()), escaped(paper.arxivId)));
    meta.append(QStringLiteral("<a href=\"%1\">PDF</a>")
                    .arg(escaped(ArxivId::pdfUrl(paper.arxivId).toString())));
    meta.append(QStringLiteral("<a href=\"%1\">Hugging Face</a>")
                    .arg(escaped(ArxivId::huggingFaceUrl(paper.arxivId).toString())));
    meta.append(
        QStringLiteral("<a href=\"%1\">%2</a>").arg(copyBibtexUrl().toString(), tr("BibTeX")));
    meta.append(paper.starred
                    ? QStringLiteral("<a href=\"%1\" style=\"color:#c98f00; text-decoration:none\">"
                                     "★&nbsp;%2</a>")
                          .arg(starActionUrl().toString(), tr("Starred"))
                    : QStringLiteral("<a href=\"%1\" style=\"text-decoration:none\">☆&nbsp;%2</a>")
                          .arg(starActionUrl().toString(), tr("Star")));
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(meta.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    const QString history = voteHistory(paper);
    if (!history.isEmpty())
        html += QStringLiteral("<p><small>%1 %2</small></p>")
                    .arg(tr("Votes by day:"))
                    .arg(escaped(history));

    if (!paper.authors.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(paper.authors.join(QStringLiteral(", "))));

    // Labelled sections get a heading; runs of unlabelled bullets read best as a list.
    bool inList = false;
    for (const PaperSection &section : paper.sections) {
        const QString body = linkifyBareUrls(MarkdownText::toSafeHtml(section.text));
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
                    "<h4 class=\"label\" style=\"margin-top:14px; margin-bottom:2px\">%1</h4>")
                    .arg(escaped(section.label));
        html += body;
    }
    if (inList)
        html += QStringLiteral("</ul>");
    if (paper.sections.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("This digest entry has no summary."));
    return html;
}

} // namespace PaperHtml
