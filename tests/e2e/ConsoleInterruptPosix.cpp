#include "ConsoleInterrupt.h"

#include <csignal>

namespace confab::test {

void pressCtrlC(QProcess &process)
{
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
}

} // namespace confab::test
