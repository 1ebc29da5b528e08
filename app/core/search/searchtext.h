#pragma once

#include "digest/paper.h"

#include <QString>
#include <QStringList>

// The search rule, in one place: a paper matches when its folded text contains every term
// of the query as a substring. Terms are the query's words, or "quoted phrases" as written.
namespace SearchText {

QStringList terms(const QString &query);

// Case folding used on both sides of every comparison.
QString folded(const QString &text);

// What a paper is searched by: title, authors, section labels and plain section text, folded.
QString searchableText(const QString &title, const QStringList &authors,
                       const QList<PaperSection> &sections);

bool matches(const QString &foldedText, const QStringList &foldedTerms);

} // namespace SearchText
