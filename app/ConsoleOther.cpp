#include "Console.h"

namespace confab::app {

QStringList commandLineArguments(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

void setUpConsoleOutput() {}

void releaseOwnConsole() {}

} // namespace confab::app
