#include "domain/Session.h"

namespace confab {

QString toString(SessionType type)
{
    switch (type) {
    case SessionType::Text:
        return QStringLiteral("text");
    case SessionType::Image:
        return QStringLiteral("image");
    case SessionType::Mixed:
        return QStringLiteral("mixed");
    }
    return {};
}

QString toString(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Active:
        return QStringLiteral("active");
    case SessionStatus::Archived:
        return QStringLiteral("archived");
    case SessionStatus::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

std::optional<SessionType> sessionTypeFromString(const QString &text)
{
    for (auto type : {SessionType::Text, SessionType::Image, SessionType::Mixed}) {
        if (toString(type) == text)
            return type;
    }
    return std::nullopt;
}

std::optional<SessionStatus> sessionStatusFromString(const QString &text)
{
    for (auto status : {SessionStatus::Active, SessionStatus::Archived, SessionStatus::Deleted}) {
        if (toString(status) == text)
            return status;
    }
    return std::nullopt;
}

SessionType combinedSessionType(SessionType current, SessionType added)
{
    return current == added ? current : SessionType::Mixed;
}

} // namespace confab
