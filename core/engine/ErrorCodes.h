#pragma once

#include <QString>

namespace confab {

struct ChatError;
struct FalError;

// The error_code column of a generations row: the failure kind, and the provider's own code when it gave one
// ("rateLimited:429", "contentPolicy:content_policy_violation"), for usage statistics.
QString generationErrorCode(const ChatError &error);
QString generationErrorCode(const FalError &error);

} // namespace confab
