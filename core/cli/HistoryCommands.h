#pragma once

#include <QString>

class QCommandLineParser;

namespace confab {
class Backend;
}

namespace confab::cli {

// sessions, search, export, import and usage: they read the store only and work offline with no key.
void addHistoryOptions(const QString &command, QCommandLineParser &parser);
int runHistoryCommand(const QString &command, const QCommandLineParser &parser, Backend &backend);

} // namespace confab::cli
