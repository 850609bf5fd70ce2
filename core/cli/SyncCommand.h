#pragma once

#include <QString>

class QCommandLineParser;

namespace confab {
class Backend;
}

namespace confab::cli {

// `confab sync`: one sync round against the shared folder, printing what it published and applied.
void addSyncOptions(const QString &command, QCommandLineParser &parser);
int runSyncCommand(const QString &command, const QCommandLineParser &parser, Backend &backend);

} // namespace confab::cli
