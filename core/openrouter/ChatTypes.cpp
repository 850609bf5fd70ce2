#include "ChatTypes.h"

namespace confab {

QString ImagePart::toDataUri() const
{
    if (!dataUri.isEmpty())
        return dataUri;
    const QString type = mime.isEmpty() ? QStringLiteral("image/png") : mime;
    return QStringLiteral("data:") + type + QStringLiteral(";base64,") +
           QString::fromLatin1(bytes.toBase64());
}

QString chatErrorKindName(ChatError::Kind kind)
{
    switch (kind) {
    case ChatError::Kind::Auth:
        return QStringLiteral("auth");
    case ChatError::Kind::Credits:
        return QStringLiteral("credits");
    case ChatError::Kind::RateLimited:
        return QStringLiteral("rateLimited");
    case ChatError::Kind::BadRequest:
        return QStringLiteral("badRequest");
    case ChatError::Kind::Forbidden:
        return QStringLiteral("forbidden");
    case ChatError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ChatError::Kind::Network:
        return QStringLiteral("network");
    case ChatError::Kind::Server:
        return QStringLiteral("server");
    case ChatError::Kind::Dropped:
        return QStringLiteral("dropped");
    case ChatError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case ChatError::Kind::MidStream:
        return QStringLiteral("midStream");
    case ChatError::Kind::NotFound:
        return QStringLiteral("notFound");
    }
    return QStringLiteral("unknown");
}

} // namespace confab
