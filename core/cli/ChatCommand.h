#pragma once

#include <QString>

class QCommandLineParser;

namespace confab {
class Backend;
}

namespace confab::cli {

// chat, image and edit: one turn through the engine, the same one the window uses.
void addSendOptions(const QString &command, QCommandLineParser &parser);
int runSendCommand(const QString &command, const QCommandLineParser &parser, Backend &backend);

} // namespace confab::cli
