#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QWidget;

namespace confab::ui {

// Calls `onFirstPaint` once, from inside the first paint event of any widget of `window`, then goes away.
// Work that can wait (the keychain, the model list) starts from here, so it never delays the first picture.
class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> onFirstPaint);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    std::function<void()> m_onFirstPaint;
};

// Start-up as a user sees it, for bench/: prints the time from `sinceMain` (started at the top of main()) to
// the window's first frame, every widget of it painted, as one JSON line, then quits the application.
void probeFirstPaint(QWidget *window, QElapsedTimer sinceMain, const QString &benchName);

} // namespace confab::ui
