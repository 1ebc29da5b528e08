#include "commandline.h"

#include "digest/arxivid.h"
#include "export/exporter.h"
#include "import/digestimporter.h"
#include "library/library.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QTextStream>

namespace {

const QStringList &commands()
{
    static const QStringList names{QStringLiteral("import"), QStringLiteral("export"),
                                   QStringLiteral("star"), QStringLiteral("unstar"),
                                   QStringLiteral("search")};
    return names;
}

QCommandLineOption libraryOption()
{
    return QCommandLineOption(QStringLiteral("library"),
                              QStringLiteral("Use the library FILE instead of the default one."),
                              QStringLiteral("FILE"));
}

void printWarnings(const QList<ParseWarning> &warnings, QTextStream &err)
{
    for (const ParseWarning &warning : warnings)
        err << "warning: " << warning.toString() << '\n';
}

int runImport(Library &library, const QStringList &paths, QTextStream &out, QTextStream &err)
{
    if (paths.isEmpty()) {
        err << "import: name at least one digest file or folder\n";
        return 2;
    }
    QList<ParseWarning> warnings;
    const QStringList files = DigestImporter::collectFiles(paths, &warnings);
    DigestImporter importer(library);
    ImportReport report = importer.importFiles(files);
    warnings.append(report.warnings);
    printWarnings(warnings, err);
    out << "Read " << report.filesImported + report.filesUnchanged << " of " << files.size()
        << " files: " << report.papers.added << " papers added, " << report.papers.updated
        << " updated, " << report.papers.unchanged << " unchanged";
    if (report.filesUnchanged > 0)
        out << " (" << report.filesUnchanged << " files unchanged since their last import)";
    out << ".\n";
    if (!report.libraryError.isEmpty())
        err << "error: the library could not store every file: " << report.libraryError << '\n';
    if (!report.readAnything()) {
        err << "error: no digest could be read\n";
        return 1;
    }
    return 0;
}

int runExport(Library &library, const QCommandLineParser &parser, QTextStream &out,
              QTextStream &err)
{
    // run() has checked the name already.
    const Exporter::Format format = Exporter::formatFromName(parser.value(QStringLiteral("format")))
                                        .value_or(Exporter::Format::Json);
    const QByteArray document =
        Exporter::render(format, library.papers(parser.isSet(QStringLiteral("starred"))));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty() || output == u"-") {
        out.flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) ||
            stdOut.write(document) != document.size()) {
            err << "export: cannot write to standard output\n";
            return 1;
        }
        return 0;
    }
    QString error;
    if (!Exporter::writeFile(output, document, &error)) {
        err << "export: cannot write " << output << ": " << error << '\n';
        return 1;
    }
    return 0;
}

int runStar(Library &library, const QStringList &ids, bool star, QTextStream &out, QTextStream &err)
{
    if (ids.isEmpty()) {
        err << (star ? "star" : "unstar") << ": name at least one arXiv id\n";
        return 2;
    }
    // Ids are normalised like digest links: "2401.00001v2" and abs/pdf urls work too.
    QStringList normalised;
    for (const QString &id : ids) {
        QString bare = ArxivId::fromUrl(QUrl(id));
        if (bare.isEmpty())
            bare = ArxivId::fromUrl(ArxivId::abstractUrl(id));
        if (bare.isEmpty()) {
            err << "error: \"" << id << "\" is not an arXiv id\n";
            return 2;
        }
        normalised.append(bare);
    }
    const QStringList known = library.knownPapers(normalised);
    for (const QString &id : normalised) {
        if (!known.contains(id))
            err << "warning: " << id << " is not in the library yet; the "
                << (star ? "star is kept for when it arrives" : "mark is cleared anyway") << '\n';
    }
    if (!library.setStarred(normalised, star)) {
        err << "error: " << library.lastError() << '\n';
        return 1;
    }
    out << (star ? "Starred " : "Unstarred ") << normalised.size()
        << (normalised.size() == 1 ? " paper.\n" : " papers.\n");
    return 0;
}

int runSearch(Library &library, const QStringList &words, QTextStream &out, QTextStream &err)
{
    if (words.isEmpty()) {
        err << "search: give a query, e.g. dailypapers search \"언어 모델\"\n";
        return 2;
    }
    const std::optional<QStringList> found = library.search(words.join(u' '));
    if (!found) {
        err << "error: " << library.lastError() << '\n';
        return 1;
    }
    // In the list's order: most votes first.
    const QSet<QString> matches(found->cbegin(), found->cend());
    for (const PaperRow &row : library.paperRows()) {
        if (matches.contains(row.arxivId))
            out << row.arxivId << '\t'
                << (row.votes ? QString::number(*row.votes) : QStringLiteral("-")) << '\t'
                << row.title << '\n';
    }
    return 0;
}

} // namespace

namespace CommandLine {

QString defaultLibraryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("library.sqlite"));
}

QString commandIn(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--library" || argument == u"-library") {
            ++i; // skip its value
            continue;
        }
        if (argument.startsWith(u'-'))
            continue;
        return commands().contains(argument) ? argument : QString();
    }
    return {};
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Daily Papers: read daily papers digests."));
    parser.addHelpOption();
    parser.addOption(libraryOption());
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("Export format: json, markdown or bibtex."),
                      QStringLiteral("FORMAT"), QStringLiteral("json")});
    parser.addOption({QStringLiteral("starred"), QStringLiteral("Export only starred papers.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Write the export to FILE instead of standard output."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("import, export, star, unstar or search"));
    parser.addPositionalArgument(QStringLiteral("arguments"),
                                 QStringLiteral("Digest files or folders (import), arXiv ids "
                                                "(star, unstar)."),
                                 QStringLiteral("[ARG...]"));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    const QString command = positional.isEmpty() ? QString() : positional.takeFirst();
    if (!commands().contains(command)) {
        err << "unknown command \"" << command << "\"\n";
        return 2;
    }

    const QString libraryPath = parser.isSet(QStringLiteral("library"))
                                    ? parser.value(QStringLiteral("library"))
                                    : defaultLibraryPath();
    if (command == u"export" && !Exporter::formatFromName(parser.value(QStringLiteral("format")))) {
        err << "export: unknown format \"" << parser.value(QStringLiteral("format"))
            << "\" (known: " << Exporter::formatNames().join(QStringLiteral(", ")) << ")\n";
        return 2;
    }
    if (command == u"import" && positional.isEmpty()) {
        err << "import: name at least one digest file or folder\n";
        return 2;
    }
    // Only an import may create a library: a mistyped path elsewhere must not look like an
    // empty library.
    if (command != u"import" && !QFileInfo::exists(libraryPath)) {
        err << "error: there is no library at " << libraryPath << " (import digests first)\n";
        return 1;
    }
    Library library(libraryPath);
    if (!library.open()) {
        err << "error: " << libraryPath << ": " << library.lastError() << '\n';
        return 1;
    }
    if (command == u"import")
        return runImport(library, positional, out, err);
    if (command == u"search")
        return runSearch(library, positional, out, err);
    if (command == u"star" || command == u"unstar")
        return runStar(library, positional, command == u"star", out, err);
    return runExport(library, parser, out, err);
}

} // namespace CommandLine
