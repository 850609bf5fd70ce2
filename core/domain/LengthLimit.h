#pragma once

namespace confab {

struct Message;

// A complete answer the model had to end at its length limit (finish_reason "length"): the user is told, and
// can continue it as a stopped one.
bool stoppedAtLengthLimit(const Message &message);

} // namespace confab
