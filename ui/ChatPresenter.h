#pragma once

#include <QObject>
#include <QStringList>

class QStatusBar;
class QWidget;

namespace confab {
class Backend;
class MessageListModel;
} // namespace confab

namespace confab::ui {

class ChatView;
class InputArea;
class MessageActions;
class Sidebar;

// What the window's parts do to each other and to the engine: which chat is open, what the sidebar, the
// conversation and the input area ask for, and what the engine's answers change on screen. The window only
// builds the parts; this decides what happens between them.
class ChatPresenter : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        Sidebar *sidebar = nullptr;
        ChatView *chat = nullptr;
        InputArea *input = nullptr;
        MessageListModel *messages = nullptr;
        QStatusBar *statusBar = nullptr;
        // Where the presenter's dialogs (a model to regenerate with) open.
        QWidget *window = nullptr;
    };

    ChatPresenter(Backend *backend, const Parts &parts, QObject *parent = nullptr);

    qint64 currentSession() const { return m_session; }
    MessageActions *messageActions() const { return m_actions; }
    void openSession(qint64 sessionId);
    void newChat();
    // Starts a new chat with a preset's system prompt and parameters.
    void newChatFromPreset(const QString &name);
    void attachFiles(const QStringList &paths);
    void send();
    void stop();
    // Announces the open chat's title again (titleChanged).
    void updateTitle();

signals:
    // The open chat's title (or "New chat"), for the header and the window title.
    void titleChanged(const QString &title, bool isNewChat);

private:
    void connectSidebar();
    void connectConversation();
    void connectEngine();
    void retry(qint64 messageId);
    void continueAnswer(qint64 messageId);
    void updateBusy();
    void updateFirstRun();

    Backend *m_backend;
    Parts m_parts;
    MessageActions *m_actions;
    qint64 m_session = 0;
};

} // namespace confab::ui
