#pragma once

#include <cstdio>

namespace confab::cli {

// Whether a standard stream is a terminal (a console on Windows): prompts, progress lines and hidden input
// are for people, and a pipe or a file gets none of them.
bool isTerminal(std::FILE *stream);

} // namespace confab::cli
