#include "InterruptSignals.h"

#include <csignal>

namespace confab::cli::detail {

namespace {
std::atomic<bool> *g_flag = nullptr;

extern "C" void onSignal(int)
{
    g_flag->store(true);
}
} // namespace

void installInterruptHandlers(std::atomic<bool> *flag)
{
    g_flag = flag;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

void removeInterruptHandlers()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

} // namespace confab::cli::detail
