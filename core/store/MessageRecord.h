#pragma once

#include "domain/Message.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace confab::records {

// A message and its image links as the store, the JSON export and the sync journal hold them. Every field
// is mapped here once in each direction: a new field is added to Message, to these lists and to a
// migration, and export, import and sync all carry it (tests/core/store/RecordRoundTripTest.cpp fails
// otherwise).

// The stored columns of a message read from `messages m`, in the order messageFromRow reads them from
// column `first` on; MessageColumnCount of them.
QString messageColumns();
inline constexpr int MessageColumnCount = 12;
Message messageFromRow(const QSqlQuery &row, int first = 0);

// The columns holding what a message says, as a comma-separated list and one by one, and their values
// (the same order); written alike by a new message, an import and a message applied from another device.
QString messageContentColumns();
QStringList messageContentColumnList();
QVariantList messageContent(const Message &message);
QString metadataText(const MessageMetadata &metadata);
QString detailsText(const QJsonArray &details);

// The columns of message_images after message_id, and their values.
QString imageColumns();
inline constexpr int ImageColumnCount = 6;
MessageImage imageFromRow(const QSqlQuery &row, int first = 0);
QVariantList imageValues(const MessageImage &image);

// What a message says as JSON, images included; its identity, time and place in the tree are named by
// each format in its own way (an export's numbers, sync's global ids). Empty reasoning is left out.
QJsonObject messageToJson(const Message &message);
// The first missing or malformed field becomes *error; `where` names the message in it.
std::optional<Message> messageFromJson(const QJsonObject &object, const QString &where, QString *error);

// The statuses of a finished message as an SQL list, "('completed', …)": only these travel.
QString finishedStatusList();

} // namespace confab::records
