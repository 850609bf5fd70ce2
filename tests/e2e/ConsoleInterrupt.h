#pragma once

#include <QProcess>

namespace confab::test {

// Presses Ctrl+C for a running command, as a user at its console would: SIGINT on POSIX, a console control
// event on Windows (ConsoleInterruptPosix.cpp, ConsoleInterruptWindows.cpp).
void pressCtrlC(QProcess &process);

} // namespace confab::test
