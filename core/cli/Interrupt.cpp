#include "Interrupt.h"

#include <atomic>
#include <csignal>

namespace confab::cli {

namespace {
std::atomic<bool> g_interrupted{false};

extern "C" void onSignal(int)
{
    // Only an atomic store is safe in a signal handler; the main thread picks it up.
    g_interrupted.store(true);
}
} // namespace

Interrupt::Interrupt(QObject *parent)
    : QObject(parent)
{
    g_interrupted.store(false);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (g_interrupted.exchange(false))
            emit requested();
    });
    m_poll.start();
}

bool Interrupt::isRequested() const
{
    return g_interrupted.load();
}

Interrupt::~Interrupt()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

} // namespace confab::cli
