#pragma once

#include "domain/Message.h"
#include "engine/TurnRequest.h"
#include "limits/RateLimiter.h"
#include "limits/SpendGuard.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace confab {

class FalClient;
class KeyStore;
class McpConnections;
class ToolApprover;
class ModelCatalog;
class ChatProvider;
class Settings;
class Store;
class Turn;

// Turns a user's turn into provider calls and stored results, in all four modes. The user message and a
// pending answer are stored before any network call, so the view shows both at once; the answer then moves
// through processing to completed or failed, with a generations row per provider call. Each session has at
// most one answer in flight; several sessions can run at once.
class ConversationEngine : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        Store *store = nullptr;
        Settings *settings = nullptr;
        KeyStore *keys = nullptr;
        ChatProvider *chat = nullptr; // OpenRouter, or any OpenAI-compatible server
        FalClient *fal = nullptr;
        ModelCatalog *models = nullptr;
        McpConnections *mcp = nullptr; // none: no tools are offered
    };

    explicit ConversationEngine(const Services &services, QObject *parent = nullptr);
    ~ConversationEngine() override;

    // Whether a turn in this mode could be sent now (keys present, caps not reached); the reason otherwise.
    Readiness readiness(GenerationMode mode) const;
    // Everything send() would refuse, checked without storing or sending anything, so the window can say it
    // before the user presses Send. Empty when the turn would go.
    QString refusalFor(const TurnRequest &request) const;

    SendOutcome send(const TurnRequest &request);
    // Runs a failed, stopped or completed answer again in place (Retry).
    SendOutcome retry(qint64 assistantMessageId);
    // Lets the model carry on a stopped text answer from where it ended: the partial answer is sent as the
    // last assistant message (OpenRouter's assistant prefill) and what comes back is appended to it.
    SendOutcome continueAnswer(qint64 assistantMessageId);
    // Asks again for an answer, as a new version beside the old one, with the same model or `model`.
    SendOutcome regenerate(qint64 assistantMessageId, const QString &model = {});
    // Stops the session's running answer, keeping what arrived, marked stopped. False if nothing runs.
    bool stop(qint64 sessionId);
    // Stops everything (quit, Ctrl+C); answers keep their partial text.
    void stopAll();

    // What the operating system says about the network. Offline, sending to a remote service is refused up
    // front with the reason; a server on this machine (Ollama, llama.cpp) still works.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    // Who asks the user about tool calls (the terminal, a dialog); not owned. Unset, calls that need asking
    // are refused and the model is told so.
    void setToolApprover(ToolApprover *approver) { m_approver = approver; }
    // The MCP servers a turn of this chat would offer (the chat's choice; for 0, the default for new chats).
    QStringList toolServers(qint64 sessionId) const;

    bool isBusy(qint64 sessionId) const;
    qint64 runningMessage(qint64 sessionId) const;
    QString defaultModel(GenerationMode mode) const;

signals:
    void busyChanged(qint64 sessionId, bool busy);
    void turnFinished(qint64 sessionId, qint64 assistantMessageId, bool succeeded, const QString &error);
    // Something the user should read that is not an error of one answer (e.g. a spending-cap warning).
    void notice(const QString &text);
    void readinessChanged();
    // A tool call of a running answer was asked for, approved, progressed or ended. The same record is kept
    // in the answer's metadata (stored at each change of state; progress is sent here, and written at most a
    // few times a second); `index` is its place in MessageMetadata::toolCalls.
    void toolCallChanged(qint64 sessionId, qint64 messageId, int index, const confab::ToolCallRecord &call);

private:
    // The request that produced an answer, with the question it answers; empty `question` when it cannot be
    // asked again, with the reason in `refusal`.
    struct Rerun
    {
        TurnRequest request;
        std::optional<Message> answer;
        std::optional<Message> question;
        QString refusal;
    };
    Rerun prepareRerun(qint64 assistantMessageId);
    SendOutcome start(qint64 sessionId, qint64 assistantMessageId, const TurnRequest &request);
    QString checkLimits(const TurnRequest &request) const;
    bool serviceIsLocal(GenerationMode mode) const;
    SpendCheck checkSpend(double estimatedCostUsd) const;
    QString documentRefusal(const TurnRequest &request) const;
    // Why an image turn cannot use the fal model it names (empty when it can, or names none).
    QString imageModelRefusal(const TurnRequest &request) const;
    void onTurnDone(qint64 sessionId, qint64 messageId, bool succeeded, const QString &error);

    Services m_services;
    RateLimiter m_rateLimiter;
    QHash<qint64, QPointer<Turn>> m_running; // by session
    bool m_online = true;
    ToolApprover *m_approver = nullptr;
};

} // namespace confab
