#include "FirstPaintProbe.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace confab::ui {

FirstPaintProbe::FirstPaintProbe(QWidget *window, QElapsedTimer sinceMain, QString benchName)
    : QObject(window)
    , m_window(window)
    , m_sinceMain(sinceMain)
    , m_benchName(std::move(benchName))
{
    // Children paint themselves, so watch every widget and keep the ones that belong to this window.
    qApp->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == m_window) {
        m_done = true;
        const double ms = static_cast<double>(m_sinceMain.nsecsElapsed()) / 1e6;
        std::printf(
            "{\"bench\":\"%s\",\"metric\":\"main_to_first_paint_ms\",\"value\":%.2f,\"unit\":\"ms\"}\n",
            qPrintable(m_benchName), ms);
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace confab::ui
