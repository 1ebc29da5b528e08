#include "searchtext.h"

#include "digest/markdowntext.h"

namespace SearchText {

QStringList terms(const QString &query)
{
    QStringList result;
    QString current;
    bool inQuotes = false;
    const auto flush = [&result, &current] {
        if (!current.trimmed().isEmpty())
            result.append(folded(current));
        current.clear();
    };
    for (const QChar c : query) {
        if (c == u'"') {
            // A quote ends the word or phrase before it; a phrase keeps its inner spaces.
            flush();
            inQuotes = !inQuotes;
        } else if (c.isSpace() && !inQuotes) {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    result.removeDuplicates();
    return result;
}

QString folded(const QString &text)
{
    return text.toCaseFolded();
}

QString searchableText(const QString &title, const QStringList &authors,
                       const QList<PaperSection> &sections)
{
    QStringList parts{title, authors.join(QStringLiteral(", "))};
    for (const PaperSection &section : sections) {
        const QString plain = MarkdownText::toPlainText(section.text);
        parts.append(section.label.isEmpty() ? plain : section.label + u' ' + plain);
    }
    // The closing newline makes every occurrence of a two-character term the start of some
    // trigram, so the index finds those terms too (Library::search).
    return folded(parts.join(u'\n')) + u'\n';
}

bool matches(const QString &foldedText, const QStringList &foldedTerms)
{
    for (const QString &term : foldedTerms) {
        if (!foldedText.contains(term))
            return false;
    }
    return true;
}

} // namespace SearchText
