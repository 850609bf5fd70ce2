#include "Console.h"

#include <cstdio>

// windows.h first: shellapi.h builds on its definitions.
// clang-format off
#include <windows.h>
#include <shellapi.h>
// clang-format on

namespace confab::app {

QStringList commandLineArguments(int argc, char **argv)
{
    int count = 0;
    LPWSTR *wide = CommandLineToArgvW(GetCommandLineW(), &count);
    if (wide == nullptr) {
        QStringList list;
        for (int i = 0; i < argc; ++i)
            list << QString::fromLocal8Bit(argv[i]);
        return list;
    }
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QString::fromWCharArray(wide[i]);
    LocalFree(wide);
    return list;
}

namespace {
bool hasUsableHandle(DWORD which)
{
    const HANDLE handle = GetStdHandle(which);
    return handle != nullptr && handle != INVALID_HANDLE_VALUE && GetFileType(handle) != FILE_TYPE_UNKNOWN;
}
} // namespace

void setUpConsoleOutput()
{
    // A GUI program has no console; started from one, it borrows its parent's, unless its output already goes
    // to a file or a pipe.
    if (GetConsoleWindow() == nullptr && !hasUsableHandle(STD_OUTPUT_HANDLE) &&
        AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::FILE *ignored = nullptr;
        freopen_s(&ignored, "CONOUT$", "w", stdout);
        freopen_s(&ignored, "CONOUT$", "w", stderr);
    }
    // The CLI writes UTF-8 (cli::out); the console shows it as such only with this code page.
    if (GetConsoleWindow() != nullptr)
        SetConsoleOutputCP(CP_UTF8);
}

void releaseOwnConsole()
{
    DWORD processes[2];
    if (GetConsoleWindow() != nullptr && GetConsoleProcessList(processes, 2) == 1)
        FreeConsole();
}

} // namespace confab::app
