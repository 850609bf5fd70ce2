#pragma once

#include "domain/Message.h"

#include <QString>

namespace confab {

// How a message reads to a screen reader, which cannot see the bubbles' side, colour or status line.
// The name says who spoke, when, in what state and what was said; the description carries the details
// a sighted reader finds in the status line and the error.

// The state a listener needs to hear: "streaming", "completed", "stopped", "interrupted" or "failed".
QString accessibleStatus(const Message &message);
// "Assistant, 14:02, stopped: Once upon a time…". `prompt` is the prompt that produced an answer's pictures,
// read out in place of the pictures themselves.
QString accessibleName(const Message &message, const QString &prompt = {});
// Model, timing, tokens, cost, the error and what the pictures are.
QString accessibleDescription(const Message &message, const QString &prompt = {});

} // namespace confab
