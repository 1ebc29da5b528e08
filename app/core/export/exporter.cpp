#include "exporter.h"

#include "bibtexexport.h"
#include "jsonexport.h"
#include "markdownexport.h"

#include <QSaveFile>

namespace Exporter {

std::optional<Format> formatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"json")
        return Format::Json;
    if (lower == u"markdown" || lower == u"md")
        return Format::Markdown;
    if (lower == u"bibtex" || lower == u"bib")
        return Format::Bibtex;
    return std::nullopt;
}

QStringList formatNames()
{
    return {QStringLiteral("json"), QStringLiteral("markdown"), QStringLiteral("bibtex")};
}

QString fileSuffix(Format format)
{
    switch (format) {
    case Format::Json:
        return QStringLiteral("json");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Bibtex:
        return QStringLiteral("bib");
    }
    return {};
}

QByteArray render(Format format, const QList<PaperRecord> &papers)
{
    switch (format) {
    case Format::Json:
        return JsonExport::toDocument(papers);
    case Format::Markdown:
        return MarkdownExport::toDigest(papers).toUtf8();
    case Format::Bibtex:
        return BibtexExport::toBibtex(papers).toUtf8();
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Exporter
