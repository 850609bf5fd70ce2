#include "TerminalLines.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define read _read
#else
#include <unistd.h>
#endif

namespace confab::cli {

namespace {
// An answer is a word or a form field; a longer line is pasted by mistake and dropped.
constexpr qsizetype MaxLineBytes = 4096;
} // namespace

TerminalLines::TerminalLines(QObject *parent)
    : QObject(parent)
{}

TerminalLines::~TerminalLines() = default;

void TerminalLines::awaitLine()
{
    m_waiting = true;
    // Queued, so that an answer typed ahead never re-enters the caller that is still printing its question.
    QTimer::singleShot(0, this, [this] {
        if (!m_waiting || deliverPending())
            return;
#ifdef Q_OS_WIN
        char buffer[MaxLineBytes];
        if (!std::fgets(buffer, sizeof buffer, stdin)) {
            m_waiting = false;
            emit closed();
            return;
        }
        m_pending.append(buffer);
        if (!m_pending.endsWith('\n'))
            m_pending.append('\n');
        deliverPending();
#else
        if (!m_notifier) {
            m_notifier = new QSocketNotifier(0, QSocketNotifier::Read, this);
            connect(m_notifier, &QSocketNotifier::activated, this, &TerminalLines::readAvailable);
        }
        m_notifier->setEnabled(true);
#endif
    });
}

void TerminalLines::pause()
{
    m_waiting = false;
    if (m_notifier)
        m_notifier->setEnabled(false);
}

void TerminalLines::readAvailable()
{
    char chunk[512];
    const auto got = ::read(0, chunk, sizeof chunk);
    if (got <= 0) {
        pause();
        emit closed();
        return;
    }
    m_pending.append(chunk, got);
    if (!deliverPending() && m_pending.size() > MaxLineBytes)
        m_pending.clear();
}

bool TerminalLines::deliverPending()
{
    const qsizetype end = m_pending.indexOf('\n');
    if (end < 0)
        return false;
    QByteArray text = m_pending.left(end);
    m_pending.remove(0, end + 1);
    if (text.endsWith('\r'))
        text.chop(1);
    pause();
    emit line(QString::fromLocal8Bit(text.left(MaxLineBytes)));
    return true;
}

} // namespace confab::cli
