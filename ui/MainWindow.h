#pragma once

#include "store/OpenResult.h"

#include <QMainWindow>
#include <QPointer>

class QHBoxLayout;
class QLabel;
class QSplitter;
class QToolButton;

namespace confab {
class Backend;
class McpConnections;
class MessageListModel;
} // namespace confab

namespace confab::ui {

class ChatPresenter;
class ChatSettingsDialog;
class ChatView;
class DialogElicitor;
class DialogToolApprover;
class InputArea;
class MessageActions;
class OpenNotice;
class Sidebar;
class UsageWindow;

// The desktop window: sessions on the left, the conversation and the input area on the right. Everything it
// shows comes from the Backend's store and models; everything it does goes through the engine.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Backend *backend, const OpenResult &opened, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Attaches files as if they were dropped on the window (command line "confab FILE...").
    void attachFiles(const QStringList &paths);

    qint64 currentSession() const;
    void openSession(qint64 sessionId);
    void newChat();
    void openImage(const QString &hash);
    void showSettings();
    void showUsage();
    void showSetupCheck();
    // The whole history to a folder, or an export back in, on a worker with a progress dialog.
    void exportHistory(const QString &folder);
    void importHistory(const QString &path);
    void showShortcuts();
    // The open chat's system prompt and parameters (or, before the first message, the new chat's).
    ChatSettingsDialog *showChatSettings();
    DialogToolApprover *toolApprover() const { return m_approver; }
    DialogElicitor *elicitor() const { return m_elicitor; }
    // Starts a new chat with a preset's system prompt and parameters.
    void newChatFromPreset(const QString &name);

    Sidebar *sidebar() const { return m_sidebar; }
    ChatView *chatView() const { return m_chat; }
    InputArea *inputArea() const { return m_input; }
    MessageListModel *messageModel() const { return m_messages; }
    MessageActions *messageActions() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createChatPane();
    // The banner over the conversation, built the first time it has something to say.
    OpenNotice *openNotice();
    void createMenus();
    void createShortcuts();
    void startSync();
    void pickFiles();
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();
    void copyDiagnostics();
    void applyTheme();
    void restyle();

    Backend *m_backend;
    MessageListModel *m_messages;
    ChatPresenter *m_presenter = nullptr;
    QSplitter *m_splitter = nullptr;
    Sidebar *m_sidebar = nullptr;
    ChatView *m_chat = nullptr;
    InputArea *m_input = nullptr;
    OpenNotice *m_openNotice = nullptr;
    QHBoxLayout *m_noticeRow = nullptr;
    QLabel *m_title = nullptr;
    QToolButton *m_usageButton = nullptr;
    QToolButton *m_settingsButton = nullptr;
    QToolButton *m_chatSettingsButton = nullptr;
    QPointer<UsageWindow> m_usage;
    DialogToolApprover *m_approver = nullptr;
    DialogElicitor *m_elicitor = nullptr;
};

} // namespace confab::ui
