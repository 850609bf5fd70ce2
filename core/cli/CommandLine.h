#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace confab::cli {

// Runs `confab <command> …` to completion on a QCoreApplication (which must exist) and returns the exit code.
// `arguments` starts with the program name, then the command.
int run(const QStringList &arguments);

// The commands, the global options and the exit codes, for `confab --help` (in the installed language).
QString usage();

// The parser's help with `program` ("confab", "confab chat") as the name to type, not the binary's path.
QString helpText(const QCommandLineParser &parser, const QString &program);

} // namespace confab::cli
