#pragma once

#include "domain/Message.h"

#include <QString>

namespace confab::ui {

// An answer still on its way (waiting for the provider or streaming).
bool isAnswerStreaming(const Message &message);

// The line under a bubble: progress while the answer runs, then model, time, tokens, cost and the time of
// day.
QString messageStatusText(const Message &message);
// What a failed answer shows above Retry; empty unless the answer failed.
QString messageErrorText(const Message &message);

} // namespace confab::ui
