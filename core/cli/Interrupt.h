#pragma once

#include <QObject>
#include <QTimer>

namespace confab::cli {

// Turns Ctrl+C (SIGINT and SIGTERM; the console control events on Windows) into a Qt signal on the main
// thread, so a streaming answer can be stopped cleanly and its partial text written before the process exits.
class Interrupt : public QObject
{
    Q_OBJECT
public:
    explicit Interrupt(QObject *parent = nullptr);
    ~Interrupt() override;

    // For work that runs without an event loop: whether Ctrl+C came since this was made.
    bool isRequested() const;

signals:
    void requested();

private:
    QTimer m_poll;
};

} // namespace confab::cli
