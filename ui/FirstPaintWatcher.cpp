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

namespace {
// A named function, so a profiler can cut a run at the moment the first frame is on screen
// (valgrind --tool=callgrind --dump-before='*reportFirstFrame*').
void reportFirstFrame(QElapsedTimer sinceMain, const QString &benchName)
{
    const double ms = static_cast<double>(sinceMain.nsecsElapsed()) / 1e6;
    std::printf("{\"bench\":\"%s\",\"metric\":\"main_to_first_paint_ms\",\"value\":%.2f,\"unit\":\"ms\"}\n",
                qPrintable(benchName), ms);
    std::fflush(stdout);
    QCoreApplication::quit();
}
} // namespace

void probeFirstPaint(QWidget *window, QElapsedTimer sinceMain, const QString &benchName)
{
    // The first paint event only starts the frame: the other widgets paint after it and the frame reaches the
    // screen at the end of that pass. This watcher's filter, installed last, runs before the application's
    // own, so the report comes before anything the application starts once it has painted.
    new FirstPaintWatcher(window, [sinceMain, benchName] {
        QTimer::singleShot(0, qApp, [sinceMain, benchName] { reportFirstFrame(sinceMain, benchName); });
    });
}

} // namespace confab::ui
