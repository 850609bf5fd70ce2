#pragma once

#include "openrouter/ChatTypes.h"

#include <QByteArray>

namespace confab {

// The JSON body of POST /chat/completions for a streamed request, in the shape OpenRouter and other
// OpenAI-compatible servers accept.
QByteArray chatRequestBody(const ChatRequest &request);

} // namespace confab
