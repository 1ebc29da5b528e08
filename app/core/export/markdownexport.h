#pragma once

#include "library/paperrecord.h"

#include <QList>
#include <QString>

// Papers written back in the digest format, one "## Daily Papers (date)" section per newest
// day, newest first, so Daily Papers (and people) can read the export as a digest.
namespace MarkdownExport {

QString toDigest(const QList<PaperRecord> &papers);
QString paperEntry(const PaperRecord &paper);

} // namespace MarkdownExport
