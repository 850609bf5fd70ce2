#include "Terminal.h"

#include <unistd.h>

namespace confab::cli {

bool isTerminal(std::FILE *stream)
{
    return isatty(fileno(stream)) != 0;
}

} // namespace confab::cli
