#pragma once

#include <functional>

namespace confab::test {

// Spins the event loop until the condition holds or the timeout passes; returns whether it held.
// Network, thread and timer tests use this instead of sleeping.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 5000);

// Lets queued events run for a while (for asserting that something does NOT happen).
void spinFor(int ms);

} // namespace confab::test
