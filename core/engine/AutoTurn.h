#pragma once

#include "engine/TextTurn.h"

#include <QPointer>

namespace confab {

class ImageCall;
struct FalError;

// Auto mode: the model answers in text or calls generate_image / edit_image; each call runs the fal job, its
// result goes back to the model as the tool result, and the model's final words end the answer.
class AutoTurn : public TextTurn
{
    Q_OBJECT
public:
    static constexpr int MaxToolRounds = 3;

    AutoTurn(TurnContext context, QObject *parent);

    void start() override;

protected:
    void cancelProviderCall() override;
    void onStreamFinished(const ChatResult &result) override;

private:
    ChatRequest request() const;
    void runNextToolCall();
    void answerToolCall(const QString &result);
    void continueConversation();

    QList<ChatMessage> m_conversation;
    QList<ToolCall> m_pendingCalls;
    int m_round = 0;
    int m_imagesMade = 0;
    QPointer<ImageCall> m_imageCall;
};

} // namespace confab
