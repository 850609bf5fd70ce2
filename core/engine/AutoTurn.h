#pragma once

#include "engine/TextTurn.h"
#include "mcp/McpToolNames.h"

#include <QPointer>

namespace confab {

class ImageCall;
class McpToolCall;
struct FalError;

// A conversation with tools: Auto mode's generate_image / edit_image (each call runs a fal job), and the
// tools of the chat's MCP servers in Auto and Text mode. Each call's result goes back to the model as the
// tool result, and the model's final words end the answer.
class AutoTurn : public TextTurn
{
    Q_OBJECT
public:
    // Rounds of calls before the model must answer: image tools are costly, MCP tasks take more steps.
    static constexpr int MaxToolRounds = 3;
    static constexpr int MaxMcpToolRounds = 10;
    // How long the first answer waits for the chat's servers to come up.
    static constexpr int ServerStartTimeoutMs = 30'000;

    AutoTurn(TurnContext context, QObject *parent);

    void start() override;

protected:
    void cancelProviderCall() override;
    void onStreamFinished(const ChatResult &result) override;

private:
    bool offersImageTools() const;
    int maxRounds() const;
    ChatRequest request() const;
    void begin();
    void runNextToolCall();
    void runImageCall(const ToolCall &call);
    void runMcpCall(const ToolCall &call, const McpToolNames::Target &target);
    void recordToolCall(int index, const ToolCallRecord &record);
    void answerToolCall(const QString &result);
    void continueConversation();

    QList<ChatMessage> m_conversation;
    QList<ToolCall> m_pendingCalls;
    McpToolNames m_mcpTools;
    int m_round = 0;
    int m_imagesMade = 0;
    QPointer<ImageCall> m_imageCall;
    QPointer<McpToolCall> m_mcpCall;
};

} // namespace confab
