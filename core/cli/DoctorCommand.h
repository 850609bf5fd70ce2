#pragma once

#include <QString>

class QCommandLineParser;

namespace confab {
class Backend;
}

namespace confab::cli {

// `confab doctor [--image]`: the setup check, one line per step on stdout and a verdict at the end. Exit code
// 0 when every step passed (warnings allowed), Failed otherwise.
void addDoctorOptions(const QString &command, QCommandLineParser &parser);
int runDoctor(const QString &command, const QCommandLineParser &parser, Backend &backend);

} // namespace confab::cli
