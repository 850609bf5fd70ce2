#include "domain/Session.h"

#include "domain/EnumNames.h"

namespace confab {

namespace {

constexpr std::array<EnumName<SessionType>, 3> typeNames{{
    {SessionType::Text, QLatin1StringView("text")},
    {SessionType::Image, QLatin1StringView("image")},
    {SessionType::Mixed, QLatin1StringView("mixed")},
}};
constexpr std::array<EnumName<SessionStatus>, 3> sessionStatusNames{{
    {SessionStatus::Active, QLatin1StringView("active")},
    {SessionStatus::Archived, QLatin1StringView("archived")},
    {SessionStatus::Deleted, QLatin1StringView("deleted")},
}};

} // namespace

QString toString(SessionType type)
{
    return nameOf(typeNames, type);
}

QString toString(SessionStatus status)
{
    return nameOf(sessionStatusNames, status);
}

std::optional<SessionType> sessionTypeFromString(const QString &text)
{
    return valueOf(typeNames, text);
}

std::optional<SessionStatus> sessionStatusFromString(const QString &text)
{
    return valueOf(sessionStatusNames, text);
}

SessionType combinedSessionType(SessionType current, SessionType added)
{
    return current == added ? current : SessionType::Mixed;
}

} // namespace confab
