#pragma once

#include "library/paperrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The export formats shared by the command line and File > Export.
namespace Exporter {

enum class Format { Json, Markdown, Bibtex };

std::optional<Format> formatFromName(const QString &name);
QStringList formatNames(); // "json", "markdown", "bibtex"
QString fileSuffix(Format format);

QByteArray render(Format format, const QList<PaperRecord> &papers);

// Writes atomically (QSaveFile): a failed export never leaves half a file behind.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

} // namespace Exporter
