#pragma once

#include "library/paperrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace JsonExport {

// The export schema: arxiv_id, title, url, dates, votes, authors, thumbnail_url, sections,
// starred, read. Missing votes and thumbnails are null, never 0 or "".
QJsonObject toJson(const PaperRecord &paper);
QByteArray toDocument(const QList<PaperRecord> &papers);

} // namespace JsonExport
