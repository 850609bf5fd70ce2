#pragma once

#include "store/MessageStore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QPushButton;
class QStatusBar;
class QWidget;

namespace confab {
class Backend;
}

namespace confab::ui {

class ChatView;
class InputArea;

// What the conversation's messages offer besides reading: flipping between versions, editing a question to
// send it again, regenerating (with the same or another model) as a new version, and deleting one message
// with a few seconds to undo it.
class MessageActions : public QObject
{
    Q_OBJECT
public:
    static constexpr int UndoMs = 8000;

    MessageActions(Backend *backend, ChatView *chat, InputArea *input, QStatusBar *statusBar,
                   QWidget *window);
    ~MessageActions() override;

    bool stepVersion(qint64 messageId, int step);
    bool edit(qint64 messageId);
    bool regenerate(qint64 messageId, const QString &model = {});
    void regenerateWithChosenModel(qint64 messageId);
    bool remove(qint64 messageId);
    bool undoRemove();
    bool canUndo() const { return m_removed.has_value(); }
    QPushButton *undoButton() const { return m_undo; }

signals:
    void busyChanged();

private:
    // Lets go of the removed message for good (its images may be deleted now).
    void forgetRemoved();

    Backend *m_backend;
    ChatView *m_chat;
    InputArea *m_input;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    std::optional<RemovedMessage> m_removed;
    QPointer<QWidget> m_undoNotice;
    QPushButton *m_undo;
    QTimer m_undoTimer;
};

} // namespace confab::ui
