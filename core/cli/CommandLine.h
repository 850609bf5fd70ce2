#pragma once

#include <QStringList>

namespace confab::cli {

// The command names `confab <command>` understands; anything else opens the window.
QStringList commandNames();
bool isCommand(const QString &argument);

// Runs `confab <command> …` to completion on a QCoreApplication (which must exist) and returns the exit code.
// `arguments` starts with the program name.
int run(const QStringList &arguments);

QString usage();

} // namespace confab::cli
