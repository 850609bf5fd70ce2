#include "ConsoleInterrupt.h"
#include "catch.h"

#include <windows.h>

namespace confab::test {

// Windows has no signal to send another process: Ctrl+C is an event of a console, delivered to every process
// attached to it. So this process joins the command's console for a moment, ignoring the event itself, and
// raises it there.
void pressCtrlC(QProcess &process)
{
    const DWORD pid = static_cast<DWORD>(process.processId());
    FreeConsole();
    REQUIRE(AttachConsole(pid));
    SetConsoleCtrlHandler(nullptr, TRUE);
    CHECK(GenerateConsoleCtrlEvent(CTRL_C_EVENT, 0));
    // The event reaches the command on a thread of its own; leave the console only once it has gone out.
    Sleep(200);
    FreeConsole();
    SetConsoleCtrlHandler(nullptr, FALSE);
}

} // namespace confab::test
