#include "Terminal.h"

#include <io.h>
#include <windows.h>

namespace confab::cli {

bool isTerminal(std::FILE *stream)
{
    // _isatty is true for any character device, the NUL device too (`confab chat < NUL`, or a program started
    // with its input closed); only a console answers GetConsoleMode.
    const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(_fileno(stream)));
    DWORD mode = 0;
    return handle != INVALID_HANDLE_VALUE && GetConsoleMode(handle, &mode) != 0;
}

} // namespace confab::cli
