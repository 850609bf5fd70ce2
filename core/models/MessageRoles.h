#pragma once

#include <Qt>

namespace confab {

// The roles of the two list models that a widget reads. Values start past Qt::UserRole so they never collide
// with Qt's own. The delegates paint from the whole record (MessageValueRole); the others are what the view,
// its keys and the screen-reader announcements look at.

namespace MessageRoles {
enum Role
{
    MessageIdRole = Qt::UserRole + 1,
    RoleRole,         // confab::MessageRole
    TextRole,         // the content, live while streaming
    StatusRole,       // confab::MessageStatus
    StreamingRole,    // bool: the answer is still arriving
    ImagesRole,       // QVariantList of QVariantMap {hash, role, width, height, mime, position}
    ErrorRole,        // the provider's error text of a failed answer
    MessageValueRole, // the whole confab::Message as a QVariant
};
} // namespace MessageRoles

// What a sidebar delegate shows for one session.
namespace SessionRoles {
enum Role
{
    SessionIdRole = Qt::UserRole + 1,
    TitleRole,
    TypeRole, // "text" / "image" / "mixed"
    PinnedRole,
    ModelRole,
    UpdatedAtRole,
};
} // namespace SessionRoles

} // namespace confab
