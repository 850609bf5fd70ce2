#include "FirstPaintWatcher.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace confab::ui {

FirstPaintWatcher::FirstPaintWatcher(QWidget *window, std::function<void()> onFirstPaint)
    : QObject(window)
    , m_window(window)
    , m_onFirstPaint(std::move(onFirstPaint))
{
    // Children paint themselves, so watch every widget and keep the ones that belong to this window.
    qApp->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_onFirstPaint && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == m_window) {
        const std::function<void()> callback = std::exchange(m_onFirstPaint, nullptr);
        qApp->removeEventFilter(this);
        deleteLater();
        callback();
    }
    return QObject::eventFilter(watched, event);
}

void probeFirstPaint(QWidget *window, QElapsedTimer sinceMain, const QString &benchName)
{
    new FirstPaintWatcher(window, [sinceMain, benchName] {
        const double ms = static_cast<double>(sinceMain.nsecsElapsed()) / 1e6;
        std::printf(
            "{\"bench\":\"%s\",\"metric\":\"main_to_first_paint_ms\",\"value\":%.2f,\"unit\":\"ms\"}\n",
            qPrintable(benchName), ms);
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
}

} // namespace confab::ui
