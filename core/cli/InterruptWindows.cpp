#include "InterruptSignals.h"

#include <windows.h>

namespace confab::cli::detail {

namespace {
std::atomic<bool> *g_flag = nullptr;

// Windows runs this on a thread of its own for Ctrl+C, Ctrl+Break and a closed console window. Returning TRUE
// keeps the process alive so the answer so far is written; for a closed window Windows ends the process
// anyway once this returns, so it waits briefly for the main thread to write first.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
        g_flag->store(true);
        return TRUE;
    case CTRL_CLOSE_EVENT:
        g_flag->store(true);
        Sleep(2000);
        return TRUE;
    default:
        return FALSE;
    }
}
} // namespace

void installInterruptHandlers(std::atomic<bool> *flag)
{
    g_flag = flag;
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

void removeInterruptHandlers()
{
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
}

} // namespace confab::cli::detail
