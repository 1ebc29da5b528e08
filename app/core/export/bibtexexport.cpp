#include "bibtexexport.h"

#include "digest/arxivid.h"

#include <QRegularExpression>

namespace {

// LaTeX already in a title ($...$) is kept; elsewhere the characters TeX treats specially are
// escaped, and braces only survive when they balance.
QString texEscaped(const QString &text)
{
    int depth = 0;
    bool balanced = true;
    for (const QChar c : text) {
        depth += c == u'{' ? 1 : (c == u'}' ? -1 : 0);
        balanced = balanced && depth >= 0;
    }
    balanced = balanced && depth == 0;

    QString out;
    bool inMath = false;
    for (const QChar c : text) {
        if (c == u'$') {
            inMath = !inMath;
            out += c;
            continue;
        }
        if (inMath) {
            out += c;
            continue;
        }
        switch (c.unicode()) {
        case u'&':
        case u'%':
        case u'#':
        case u'_':
            out += u'\\';
            out += c;
            break;
        case u'{':
        case u'}':
            if (!balanced)
                out += u'\\';
            out += c;
            break;
        case u'\\':
            out += QStringLiteral("\\textbackslash{}");
            break;
        default:
            out += c;
        }
    }
    if (inMath) // an odd $ was literal after all
        return QString(text).replace(u'$', QStringLiteral("\\$"));
    return out;
}

QString citationKey(const PaperRecord &paper)
{
    QString id = paper.arxivId;
    id.replace(u'/', u'_');
    return QStringLiteral("arxiv:") + id;
}

} // namespace

namespace BibtexExport {

int yearOf(const QString &arxivId)
{
    static const QRegularExpression modern(QStringLiteral(R"(^(\d{2})\d{2}\.)"));
    static const QRegularExpression old(QStringLiteral(R"(/(\d{2})\d{5}$)"));
    QRegularExpressionMatch match = modern.match(arxivId);
    if (match.hasMatch())
        return 2000 + match.captured(1).toInt();
    match = old.match(arxivId);
    if (match.hasMatch()) {
        const int yy = match.captured(1).toInt();
        return yy >= 91 ? 1900 + yy : 2000 + yy;
    }
    return 0;
}

QString entry(const PaperRecord &paper)
{
    QStringList fields;
    fields.append(QStringLiteral("  title = {{%1}}").arg(texEscaped(paper.title)));
    if (!paper.authors.isEmpty()) {
        QStringList authors;
        for (const QString &author : paper.authors)
            authors.append(texEscaped(author));
        fields.append(QStringLiteral("  author = {%1}").arg(authors.join(QStringLiteral(" and "))));
    }
    if (const int year = yearOf(paper.arxivId); year > 0)
        fields.append(QStringLiteral("  year = {%1}").arg(year));
    fields.append(QStringLiteral("  eprint = {%1}").arg(paper.arxivId));
    fields.append(QStringLiteral("  archivePrefix = {arXiv}"));
    fields.append(
        QStringLiteral("  url = {%1}").arg(ArxivId::abstractUrl(paper.arxivId).toString()));
    return QStringLiteral("@misc{%1,\n%2\n}\n")
        .arg(citationKey(paper), fields.join(QStringLiteral(",\n")));
}

QString toBibtex(const QList<PaperRecord> &papers)
{
    QStringList entries;
    for (const PaperRecord &paper : papers)
        entries.append(entry(paper));
    return entries.join(u'\n');
}

} // namespace BibtexExport
