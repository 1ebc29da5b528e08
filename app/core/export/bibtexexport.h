#pragma once

#include "library/paperrecord.h"

#include <QList>
#include <QString>

// arXiv entries as BibTeX @misc records with eprint and archivePrefix, the form arXiv itself
// suggests for preprints.
namespace BibtexExport {

QString entry(const PaperRecord &paper);
QString toBibtex(const QList<PaperRecord> &papers);

// The year an arXiv id was submitted: "2311.10122" -> 2023, "hep-th/9901001" -> 1999.
int yearOf(const QString &arxivId);

} // namespace BibtexExport
