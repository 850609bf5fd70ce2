#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace confab::cli {

// The lines someone types on the terminal, for the commands that ask (tool approval, a server's form). Read
// without blocking the event loop, so Ctrl+C still stops a command that waits for an answer; Windows cannot
// watch a console handle with a socket notifier, so there the next line is read when it is asked for.
class TerminalLines : public QObject
{
    Q_OBJECT
public:
    explicit TerminalLines(QObject *parent = nullptr);
    ~TerminalLines() override;

    // The next line arrives as line(), or closed() when the terminal goes away. Lines typed ahead are kept.
    void awaitLine();
    // No line is wanted for now: what is typed waits until the next awaitLine().
    void pause();

signals:
    void line(const QString &text); // without its line end
    void closed();

private:
    void readAvailable();
    bool deliverPending();

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_pending;
    bool m_waiting = false;
};

} // namespace confab::cli
