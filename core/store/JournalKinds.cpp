#include "store/JournalKinds.h"

#include "domain/EnumNames.h"

namespace confab {
namespace {

constexpr std::array<EnumName<ChangeKind>, 6> changeKindNames{{
    {ChangeKind::SessionInsert, QLatin1StringView("session-insert")},
    {ChangeKind::SessionUpdate, QLatin1StringView("session-update")},
    {ChangeKind::SessionDelete, QLatin1StringView("session-delete")},
    {ChangeKind::MessageInsert, QLatin1StringView("message-insert")},
    {ChangeKind::MessageUpdate, QLatin1StringView("message-update")},
    {ChangeKind::MessageDelete, QLatin1StringView("message-delete")},
}};

} // namespace

QString toString(ChangeKind kind)
{
    return nameOf(changeKindNames, kind);
}

std::optional<ChangeKind> changeKindFromString(const QString &text)
{
    return valueOf(changeKindNames, text);
}

bool isMessageChange(ChangeKind kind)
{
    return kind == ChangeKind::MessageInsert || kind == ChangeKind::MessageUpdate ||
           kind == ChangeKind::MessageDelete;
}

} // namespace confab
