#include "commandline.h"

#include "export/jsonexport.h"
#include "import/digestimporter.h"
#include "library/library.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>

namespace {

const QStringList &commands()
{
    static const QStringList names{QStringLiteral("import"), QStringLiteral("export")};
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
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"json") {
        err << "export: unknown format \"" << format << "\" (known: json)\n";
        return 2;
    }
    const QByteArray document = JsonExport::toDocument(library.papers());
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
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(document) != document.size() || !file.flush()) {
        err << "export: cannot write " << output << ": " << file.errorString() << '\n';
        return 1;
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
    parser.addOption({QStringLiteral("format"), QStringLiteral("Export format: json."),
                      QStringLiteral("FORMAT"), QStringLiteral("json")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Write the export to FILE instead of standard output."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("import or export"));
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QStringLiteral("Digest files or folders (import)."),
                                 QStringLiteral("[PATH...]"));
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
    Library library(libraryPath);
    if (!library.open()) {
        err << "error: " << libraryPath << ": " << library.lastError() << '\n';
        return 1;
    }
    if (command == u"import")
        return runImport(library, positional, out, err);
    return runExport(library, parser, out, err);
}

} // namespace CommandLine
