#pragma once

#include "domain/Message.h"
#include "domain/Session.h"
#include "engine/AttachmentIntake.h"
#include "engine/TurnRequest.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace confab {
class ConversationEngine;
class McpConnections;
class ModelCatalog;
class Settings;
class Store;
} // namespace confab

namespace confab::ui {

class AttachmentStrip;
class DocumentChips;
class ImageOptionsBar;
class ModelPicker;
class PromptEdit;
class ReasoningEffortPicker;
class ToolServersButton;

// Where the user writes the next turn: the editor, Send (Stop while an answer runs), the mode and model,
// image options for the image modes, the attached pictures, and a line that says why the turn cannot go,
// before Send is pressed.
class InputArea : public QWidget
{
    Q_OBJECT
public:
    InputArea(ConversationEngine *engine, ModelCatalog *models, Settings *settings, Store *store,
              QWidget *parent = nullptr);

    // The chat the next turn goes to (0 for a new one), as stored, and its newest message as the conversation
    // shows it, which says whether its latest question searched the web.
    void setSession(qint64 sessionId, const std::optional<Session> &session,
                    const std::optional<Message> &newest);
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    GenerationMode mode() const;
    void setMode(GenerationMode mode);
    TurnRequest request() const;
    // Takes an attachment result: a stored picture joins the strip (and switches to Image → Image), a
    // document joins the document chips (and switches an image mode back to Text), a refused one is explained
    // and changes nothing else.
    void takeAttachment(const Attachment &attachment);
    void attachHash(const QString &hash, const QString &source);
    void clearAfterSend();
    void showNotice(const QString &text);
    void revalidate();
    void focusEditor();

    // Puts an earlier question in the editor, with its pictures; Send then makes a new version of it.
    void startEditing(const Message &question, GenerationMode mode);
    void cancelEditing();
    qint64 editingMessage() const { return m_editing; }
    // The system prompt and parameters the next new chat starts with (a preset, or the chat panel's
    // changes before the first message); unset: the default preset.
    void setNewChatParameters(const std::optional<ChatParameters> &parameters);
    std::optional<ChatParameters> newChatParameters() const { return m_newChatParameters; }

    PromptEdit *editor() const { return m_editor; }
    AttachmentStrip *attachments() const { return m_strip; }
    DocumentChips *documents() const { return m_documents; }
    QPushButton *sendButton() const { return m_send; }
    ReasoningEffortPicker *reasoningEffort() const { return m_effort; }
    QToolButton *webSearch() const { return m_web; }
    // Offers the user's MCP servers beside "Search the web": which of them the chat may use.
    void setToolServers(McpConnections *connections);
    ToolServersButton *toolServers() const { return m_tools; }
    ImageOptionsBar *imageOptions() const { return m_imageOptions; }
    QString refusal() const { return m_refusal; }
    QString notice() const;

signals:
    void sendRequested();
    void stopRequested();
    void pickFilesRequested();
    void imagePasted(const QImage &image);
    void filesPasted(const QStringList &paths);

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();
    void onModeChanged();
    void onSendClicked();
    void updateSendButton();
    void offerReasoningEffort();
    void offerToolServers();
    bool chatMode() const;

    ConversationEngine *m_engine;
    ModelCatalog *m_models;
    qint64 m_sessionId = 0;
    bool m_busy = false;
    QString m_refusal;
    QLabel *m_reason;
    QLabel *m_notice;
    QWidget *m_editBanner;
    qint64 m_editing = 0;
    std::optional<ChatParameters> m_newChatParameters;
    AttachmentStrip *m_strip;
    DocumentChips *m_documents;
    PromptEdit *m_editor;
    QToolButton *m_attach;
    QComboBox *m_mode;
    ModelPicker *m_model;
    ReasoningEffortPicker *m_effort;
    QToolButton *m_web;
    ToolServersButton *m_tools = nullptr;
    QHBoxLayout *m_controls = nullptr;
    ImageOptionsBar *m_imageOptions;
    QPushButton *m_send;
    QTimer m_validateTimer;
};

} // namespace confab::ui
