#include "cli/commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("dailypapers"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DAILYPAPERS_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Daily Papers"));
    QGuiApplication::setDesktopFileName(QStringLiteral("dailypapers"));
}

int runCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dailypapers"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DAILYPAPERS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLine::run(QCoreApplication::arguments(), out, err);
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!CommandLine::commandIn(arguments).isEmpty())
        return runCommand(argc, argv);

    QApplication app(argc, argv);
    describeApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Daily Papers: read daily papers digests.\n\nCommands (run without a "
                       "window):\n  import [--library FILE] PATH...\n  export [--library FILE] "
                       "--format json [--output FILE]"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
        QStringLiteral("library"),
        QStringLiteral("Use the library FILE instead of the default one."), QStringLiteral("FILE"));
    parser.addOption(libraryOption);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QStringLiteral("Digest files or folders to import and show."),
                                 QStringLiteral("[PATH...]"));
    parser.process(app);

    const QString libraryPath = parser.isSet(libraryOption) ? parser.value(libraryOption)
                                                            : CommandLine::defaultLibraryPath();
    MainWindow window(libraryPath);
    window.show();
    if (!window.openLibrary(parser.positionalArguments()))
        return 1;
    return QApplication::exec();
}
