#include "paperfields.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

bool hasVideoExtension(const QString &path)
{
    static const QRegularExpression extension(QStringLiteral(R"(\.(mp4|webm|mov|m4v|ogv|mkv)$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    return extension.match(path).hasMatch();
}

} // namespace

namespace PaperFields {

std::optional<Field> parseLine(const QString &line)
{
    // Most lines are summary text: a look at the first letter spares them the expression.
    const auto first =
        std::find_if_not(line.cbegin(), line.cend(), [](QChar c) { return c.isSpace(); });
    if (first == line.cend() || !QStringView(u"uvaUVA").contains(*first))
        return std::nullopt;
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(up)?(votes?|authors?)\s*[:：\-–]\s*(.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    const QString key = match.captured(2).toLower();
    const bool isVotes = key.startsWith(u'v');
    if (!isVotes && !match.captured(1).isEmpty())
        return std::nullopt; // "upauthors" is no field
    return Field{isVotes ? Kind::Votes : Kind::Authors, match.captured(3).trimmed()};
}

Votes parseVotes(const QString &value)
{
    QString digits = value.trimmed();
    static const QRegularExpression placeholder(QStringLiteral(R"(^(-+|–|—|n/?a|none|null)?$)"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (placeholder.match(digits).hasMatch())
        return {std::nullopt, true};
    // Thousands separators as people type them: "1,234", "1 234", "1_234".
    digits.remove(u',').remove(u' ').remove(u'_').remove(QChar(0x202F));
    bool ok = false;
    const int count = digits.toInt(&ok);
    if (!ok || count < 0)
        return {std::nullopt, false};
    return {count, false};
}

QStringList parseAuthors(const QString &value)
{
    static const QRegularExpression separators(
        QStringLiteral(R"(\s*(?:[,;，；、]|\s&\s|\band\b)\s*)"));
    static const QRegularExpression etAl(QStringLiteral(R"(\bet\.?\s*al\.?$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    const QStringList parts = value.split(separators, Qt::SkipEmptyParts);
    for (QString name : parts) {
        name = name.simplified();
        name.remove(etAl);
        // Stray emphasis marks and a sentence's final period are not part of a name.
        while (!name.isEmpty() && (name.endsWith(u'*') || name.endsWith(u'_')))
            name.chop(1);
        while (!name.isEmpty() && (name.startsWith(u'*') || name.startsWith(u'_')))
            name.remove(0, 1);
        name = name.trimmed();
        if (name.endsWith(u'.')) {
            const QString lastWord = name.section(u' ', -1);
            const bool isAbbreviation = lastWord.size() <= 3; // "J.", "Jr.", "Sr."
            if (!isAbbreviation)
                name.chop(1);
        }
        // "+" stands for authors the digest left out; a name listed twice is a scraping echo.
        const bool hasLetter =
            std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetter(); });
        if (hasLetter && !names.contains(name))
            names.append(name);
    }
    return names;
}

bool isVideoLink(const QUrl &href, const QString &text)
{
    if (href.scheme() != u"http" && href.scheme() != u"https" && !href.isRelative())
        return false;
    return hasVideoExtension(href.path()) ||
           text.contains(QStringLiteral("video"), Qt::CaseInsensitive);
}

QUrl bareVideoUrl(const QString &line)
{
    if (!line.contains(QStringLiteral("http"), Qt::CaseInsensitive))
        return {};
    static const QRegularExpression url(QStringLiteral(R"(https?://[^\s<>"')\]]+)"));
    QRegularExpressionMatchIterator it = url.globalMatch(line);
    while (it.hasNext()) {
        const QUrl candidate(it.next().captured(0));
        if (candidate.isValid() && hasVideoExtension(candidate.path()))
            return candidate;
    }
    return {};
}

} // namespace PaperFields
