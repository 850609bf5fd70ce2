#include "ProcessExit.h"

#include <cstdlib>

namespace confab {

void endProcess(int code)
{
    std::exit(code);
}

} // namespace confab
