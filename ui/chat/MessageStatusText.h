#pragma once

#include "domain/Message.h"

#include <QString>

namespace confab::ui {

// An answer still on its way (waiting for the provider or streaming).
bool isAnswerStreaming(const Message &message);

// The line under a bubble: progress while the answer runs, then model, time, tokens, cost and the time of
// day.
QString messageStatusText(const Message &message);
// What an answer that did not complete shows beside Retry or Continue; empty for one that did or still runs.
QString messageErrorText(const Message &message);

} // namespace confab::ui
