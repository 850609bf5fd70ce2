#pragma once

#include <Qt>

namespace confab {

// The roles of the two list models. Values start past Qt::UserRole so they never collide with Qt's own.

// Everything a message delegate paints, one role each.
namespace MessageRoles {
enum Role
{
    MessageIdRole = Qt::UserRole + 1,
    RoleRole,        // confab::MessageRole
    TextRole,        // the content, live while streaming
    ContentTypeRole, // confab::ContentType
    StatusRole,      // confab::MessageStatus
    StreamingRole,   // bool: the answer is still arriving
    ImagesRole,      // QVariantList of QVariantMap {hash, role, width, height, mime, position}
    ModelRole,
    GenerationMsRole,
    TokensRole, // QVariantMap {prompt, completion}
    CostRole,   // double, USD
    ErrorRole,  // the provider's error text of a failed answer
    FinishReasonRole,
    ProgressRole,     // live fal queue progress text
    CreatedAtRole,    // QDateTime
    MessageValueRole, // the whole confab::Message as a QVariant
    BranchIndexRole,  // int, 0-based: which version of the message this is
    BranchCountRole,  // int: how many versions share its parent
};
} // namespace MessageRoles

// What a sidebar delegate shows for one session.
namespace SessionRoles {
enum Role
{
    SessionIdRole = Qt::UserRole + 1,
    TitleRole,
    TypeRole,   // "text" / "image" / "mixed"
    StatusRole, // "active" / "archived" / "deleted"
    PinnedRole,
    ModelRole,
    CreatedAtRole,
    UpdatedAtRole,
    SessionValueRole, // the whole confab::Session as a QVariant
};
} // namespace SessionRoles

} // namespace confab
