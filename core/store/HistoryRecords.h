#pragma once

#include "domain/Message.h"
#include "domain/Session.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace confab::history {

// The parentId messageFromJson gives a message from a file written before branches: it answers or follows the
// message before it.
constexpr qint64 FollowsPrevious = -1;

// How one session and one message look in a JSON export, both ways. Every field a record carries is written
// and read here and nowhere else, so a new field is one line in each direction.
QJsonObject sessionToJson(const Session &session);
QJsonObject messageToJson(const Message &message);

// The first missing or malformed field becomes *error ("session 4 has no \"title\" text"). The "messages"
// list of a session is the importer's business and is not looked at here.
std::optional<Session> sessionFromJson(const QJsonObject &object, QString *error);
std::optional<Message> messageFromJson(const QJsonObject &object, const QString &sessionWhere,
                                       QString *error);

// Whether `object` already has every field sessionFromJson needs, so the session can be written before its
// messages are read.
bool hasSessionFields(const QJsonObject &object);

} // namespace confab::history
