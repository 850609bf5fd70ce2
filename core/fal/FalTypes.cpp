#include "fal/FalTypes.h"

namespace confab {

QString falErrorKindName(FalError::Kind kind)
{
    switch (kind) {
    case FalError::Kind::Auth:
        return QStringLiteral("auth");
    case FalError::Kind::Validation:
        return QStringLiteral("validation");
    case FalError::Kind::ContentPolicy:
        return QStringLiteral("contentPolicy");
    case FalError::Kind::RateLimited:
        return QStringLiteral("rateLimited");
    case FalError::Kind::Server:
        return QStringLiteral("server");
    case FalError::Kind::Network:
        return QStringLiteral("network");
    case FalError::Kind::Timeout:
        return QStringLiteral("timeout");
    case FalError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case FalError::Kind::ResultExpired:
        return QStringLiteral("resultExpired");
    }
    return {};
}

} // namespace confab
