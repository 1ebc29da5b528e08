#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

// The command-line face of the core: the same library and importer as the window.
namespace CommandLine {

// The library file used when --library is not given: under AppDataLocation.
QString defaultLibraryPath();

// The sub-command named in the arguments ("import", "export"), or empty for the window.
// Arguments are the whole argv list, program name first.
QString commandIn(const QStringList &arguments);

// Runs a sub-command; returns the process exit status.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace CommandLine
