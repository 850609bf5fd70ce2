#include "ProgressLine.h"

#include "Output.h"
#include "Terminal.h"

#include <cstdio>

namespace confab::cli {

namespace {
constexpr qint64 RedrawIntervalMs = 100;
} // namespace

ProgressLine::ProgressLine(QString label)
    : m_label(std::move(label))
    , m_terminal(isTerminal(stderr))
{}

ProgressLine::~ProgressLine()
{
    if (m_drawn)
        err(QStringLiteral("\r\033[K"));
}

void ProgressLine::update(qint64 done, qint64 total)
{
    if (!m_terminal || (m_drawn && m_sinceDrawn.elapsed() < RedrawIntervalMs))
        return;
    m_sinceDrawn.start();
    m_drawn = true;
    const int percent = total > 0 ? int(done * 100 / total) : 0;
    err(QStringLiteral("\r%1 %2% (Ctrl+C cancels)\033[K").arg(m_label).arg(percent));
}

} // namespace confab::cli
