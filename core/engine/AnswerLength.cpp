#include "AnswerLength.h"

#include "domain/Message.h"
#include "engine/GenerationMode.h"
#include "openrouter/ChatTypes.h"
#include "openrouter/ModelCatalog.h"

#include <algorithm>

namespace confab {

namespace {
// When the catalogue gives no output limit, a quarter of the context window, at most this: OpenRouter
// reserves credit for what is asked before it answers, and a balance of a few dollars must still get an
// answer.
constexpr int UnstatedLimitCap = 32768;
} // namespace

int answerTokenLimit(int chosen, const ModelInfo *model)
{
    const int modelLimit = model ? model->maxCompletionTokens : 0;
    if (chosen > 0)
        return modelLimit > 0 ? std::min(chosen, modelLimit) : chosen;
    if (modelLimit > 0)
        return modelLimit;
    if (model && model->contextLength > 0)
        return std::clamp(model->contextLength / 4, ChatRequest::DefaultMaxTokens, UnstatedLimitCap);
    return ChatRequest::DefaultMaxTokens;
}

bool canContinue(const Message &message)
{
    return (message.status == MessageStatus::Stopped || stoppedAtLengthLimit(message)) &&
           !message.content.isEmpty() && message.metadata.mode == toString(GenerationMode::Text);
}

} // namespace confab
