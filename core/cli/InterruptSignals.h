#pragma once

#include <atomic>

// The platform half of cli::Interrupt: catches Ctrl+C (and a polite termination request) and sets a flag.
// Only an atomic store is safe where the system calls these handlers (a POSIX signal handler, or the thread
// Windows starts for a console control event); the main thread picks the flag up.
namespace confab::cli::detail {

void installInterruptHandlers(std::atomic<bool> *flag);
void removeInterruptHandlers();

} // namespace confab::cli::detail
