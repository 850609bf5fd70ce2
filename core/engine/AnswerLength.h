#pragma once

#include "domain/LengthLimit.h"

namespace confab {

struct Message;
struct ModelInfo;

// How many tokens an answer may take (sent as max_completion_tokens). A reasoning model's thinking comes out
// of the same budget, so a fixed 4096 left an answer at "high" effort a few hundred tokens before it stopped
// for length. `chosen` is what the chat or the settings ask for (0: the model's own limit).
int answerTokenLimit(int chosen, const ModelInfo *model);

// Whether "Continue" can pick an answer up: a stopped text answer with some text, or one cut at its limit.
bool canContinue(const Message &message);

} // namespace confab
