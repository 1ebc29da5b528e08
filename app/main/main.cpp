#include "cli/commandline.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("dailypapers"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DAILYPAPERS_VERSION));
}

int runCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLine::run(QCoreApplication::arguments(), out, err);
}

void describeWindowOptions(QCommandLineParser &parser, const QCommandLineOption &library)
{
    parser.setApplicationDescription(QStringLiteral(
        "Daily Papers: read daily papers digests.\n\n"
        "Commands (no window):\n"
        "  import [--library FILE] PATH...\n"
        "  export [--library FILE] [--format json|markdown|bibtex] [--starred] [--output FILE]\n"
        "  star|unstar [--library FILE] ARXIV_ID...\n"
        "  search [--library FILE] QUERY\n"
        "Run \"dailypapers import --help\" for the commands' options."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(library);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QStringLiteral("Digest files or folders to import and show."),
                                 QStringLiteral("[PATH...]"));
}

bool asksForHelpOrVersion(const QStringList &arguments)
{
    static const QStringList flags{QStringLiteral("-h"),         QStringLiteral("--help"),
                                   QStringLiteral("--help-all"), QStringLiteral("-?"),
                                   QStringLiteral("-v"),         QStringLiteral("--version")};
    for (const QString &argument : arguments) {
        if (flags.contains(argument))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!CommandLine::commandIn(arguments).isEmpty())
        return runCommand(argc, argv);

    const QCommandLineOption libraryOption(
        QStringLiteral("library"),
        QStringLiteral("Use the library FILE instead of the default one."), QStringLiteral("FILE"));
    QCommandLineParser parser;
    describeWindowOptions(parser, libraryOption);
    if (asksForHelpOrVersion(arguments)) {
        // Help needs no window system: it must work on a machine without a display.
        QCoreApplication app(argc, argv);
        describeApplication();
        parser.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Daily Papers"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.dailypapers.DailyPapers"));
    Translations::install(QSettings().value(Translations::languageSetting()).toString());
    parser.process(app);

    // --library wins; then a library the user chose after the default one failed to open.
    const QString libraryPath =
        parser.isSet(libraryOption)
            ? parser.value(libraryOption)
            : QSettings()
                  .value(MainWindow::libraryPathSetting(), CommandLine::defaultLibraryPath())
                  .toString();
    MainWindow window(libraryPath);
    window.show();
    if (!window.openLibrary(parser.positionalArguments()))
        return 1;
    return QApplication::exec();
}
