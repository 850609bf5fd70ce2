#include "Interrupt.h"

#include "InterruptSignals.h"

#include <atomic>

namespace confab::cli {

namespace {
std::atomic<bool> g_interrupted{false};
} // namespace

Interrupt::Interrupt(QObject *parent)
    : QObject(parent)
{
    g_interrupted.store(false);
    detail::installInterruptHandlers(&g_interrupted);
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
    detail::removeInterruptHandlers();
}

} // namespace confab::cli
