#include "ProcessExit.h"

#include <cstdio>
#include <windows.h>

namespace confab {

void endProcess(int code)
{
    std::fflush(nullptr);
    TerminateProcess(GetCurrentProcess(), UINT(code));
    // TerminateProcess does not return for the calling process; the compiler does not know that.
    ExitProcess(UINT(code));
}

} // namespace confab
