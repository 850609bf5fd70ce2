#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace confab::ui {

// Measures start-up as a user sees it: from a timer started at the top of main() to the first paint event of
// a window. Prints one JSON line for bench/ and quits the application.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    FirstPaintProbe(QWidget *window, QElapsedTimer sinceMain, QString benchName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    QElapsedTimer m_sinceMain;
    QString m_benchName;
    bool m_done = false;
};

} // namespace confab::ui
