#include "ErrorCodes.h"

#include "fal/FalTypes.h"
#include "openrouter/ChatTypes.h"

namespace confab {

namespace {
QString combined(const QString &kind, const QString &providerCode)
{
    return providerCode.isEmpty() ? kind : kind + u':' + providerCode;
}
} // namespace

QString generationErrorCode(const ChatError &error)
{
    return combined(chatErrorKindName(error.kind), error.code);
}

QString generationErrorCode(const FalError &error)
{
    return combined(falErrorKindName(error.kind), error.falErrorType);
}

} // namespace confab
