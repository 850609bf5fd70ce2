#include "LengthLimit.h"

#include "domain/Message.h"

namespace confab {

bool stoppedAtLengthLimit(const Message &message)
{
    return message.role == MessageRole::Assistant && message.status == MessageStatus::Completed &&
           message.metadata.finishReason == QLatin1String("length");
}

} // namespace confab
