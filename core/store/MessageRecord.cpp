#include "store/MessageRecord.h"

#include "store/RecordFields.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace confab::records {

QString messageColumns()
{
    return QStringLiteral(
        "m.id, m.session_id, m.role, m.content, m.content_type, m.status, m.created_at,"
        " m.metadata, m.reasoning, m.reasoning_details, coalesce(m.parent_id, 0), m.selected");
}

Message messageFromRow(const QSqlQuery &row, int first)
{
    const auto at = [&](int column) { return row.value(first + column); };
    Message message;
    message.id = at(0).toLongLong();
    message.sessionId = at(1).toLongLong();
    message.role = messageRoleFromString(at(2).toString()).value_or(MessageRole::User);
    message.content = at(3).toString();
    message.contentType = contentTypeFromString(at(4).toString()).value_or(ContentType::Text);
    message.status = messageStatusFromString(at(5).toString()).value_or(MessageStatus::Failed);
    message.createdAt = sql::fromEpochMs(at(6).toLongLong());
    message.metadata = MessageMetadata::fromJson(QJsonDocument::fromJson(at(7).toString().toUtf8()).object());
    message.reasoning = at(8).toString();
    message.reasoningDetails = QJsonDocument::fromJson(at(9).toString().toUtf8()).array();
    message.parentId = at(10).toLongLong();
    message.selected = at(11).toBool();
    return message;
}

QStringList messageContentColumnList()
{
    return {QStringLiteral("role"),
            QStringLiteral("content"),
            QStringLiteral("content_type"),
            QStringLiteral("status"),
            QStringLiteral("metadata"),
            QStringLiteral("reasoning"),
            QStringLiteral("reasoning_details"),
            QStringLiteral("selected")};
}

QString messageContentColumns()
{
    return messageContentColumnList().join(QStringLiteral(", "));
}

QVariantList messageContent(const Message &message)
{
    return {toString(message.role),
            message.content,
            toString(message.contentType),
            toString(message.status),
            metadataText(message.metadata),
            message.reasoning,
            detailsText(message.reasoningDetails),
            message.selected ? 1 : 0};
}

QString metadataText(const MessageMetadata &metadata)
{
    return QString::fromUtf8(QJsonDocument(metadata.toJson()).toJson(QJsonDocument::Compact));
}

QString detailsText(const QJsonArray &details)
{
    return details.isEmpty() ? QString()
                             : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

QString imageColumns()
{
    return QStringLiteral("hash, role, width, height, mime, position");
}

MessageImage imageFromRow(const QSqlQuery &row, int first)
{
    const auto at = [&](int column) { return row.value(first + column); };
    return {at(0).toString(), imageRoleFromString(at(1).toString()).value_or(ImageRole::Output),
            at(2).toInt(),    at(3).toInt(),
            at(4).toString(), at(5).toInt()};
}

QVariantList imageValues(const MessageImage &image)
{
    return {image.hash, toString(image.role), image.width, image.height, image.mime, image.position};
}

QJsonObject messageToJson(const Message &message)
{
    QJsonArray images;
    for (const MessageImage &image : message.images) {
        images.append(QJsonObject{{QStringLiteral("hash"), image.hash},
                                  {QStringLiteral("role"), toString(image.role)},
                                  {QStringLiteral("width"), image.width},
                                  {QStringLiteral("height"), image.height},
                                  {QStringLiteral("mime"), image.mime},
                                  {QStringLiteral("position"), image.position}});
    }
    QJsonObject json{{QStringLiteral("role"), toString(message.role)},
                     {QStringLiteral("content"), message.content},
                     {QStringLiteral("content_type"), toString(message.contentType)},
                     {QStringLiteral("status"), toString(message.status)},
                     {QStringLiteral("metadata"), message.metadata.toJson()},
                     {QStringLiteral("images"), images},
                     {QStringLiteral("selected"), message.selected}};
    if (!message.reasoning.isEmpty())
        json.insert(QStringLiteral("reasoning"), message.reasoning);
    if (!message.reasoningDetails.isEmpty())
        json.insert(QStringLiteral("reasoning_details"), message.reasoningDetails);
    return json;
}

std::optional<Message> messageFromJson(const QJsonObject &object, const QString &where, QString *error)
{
    FieldReader field(object, where, error);
    const auto role = field.choice(QStringLiteral("role"), &messageRoleFromString);
    const auto content = field.text(QStringLiteral("content"));
    const auto contentType = field.choice(QStringLiteral("content_type"), &contentTypeFromString);
    const auto status = field.choice(QStringLiteral("status"), &messageStatusFromString);
    if (!role || !content || !contentType || !status)
        return std::nullopt;
    if (!object.value(QStringLiteral("metadata")).isObject() ||
        !object.value(QStringLiteral("images")).isArray())
        return field.fail<Message>(QStringLiteral("%1 has no metadata or images list").arg(where));
    Message message;
    message.role = *role;
    message.content = *content;
    message.contentType = *contentType;
    message.status = *status;
    message.metadata = MessageMetadata::fromJson(object.value(QStringLiteral("metadata")).toObject());
    message.reasoning = object.value(QStringLiteral("reasoning")).toString();
    message.reasoningDetails = object.value(QStringLiteral("reasoning_details")).toArray();
    message.selected = object.value(QStringLiteral("selected")).toBool(true);
    for (const QJsonValue &value : object.value(QStringLiteral("images")).toArray()) {
        const QJsonObject image = value.toObject();
        FieldReader imageField(image, where, error);
        const auto hash = imageField.text(QStringLiteral("hash"));
        const auto imageRole = imageField.choice(QStringLiteral("role"), &imageRoleFromString);
        const auto mime = imageField.text(QStringLiteral("mime"));
        const auto width = imageField.integer(QStringLiteral("width"));
        const auto height = imageField.integer(QStringLiteral("height"));
        const auto position = imageField.integer(QStringLiteral("position"));
        if (!hash || !imageRole || !mime || !width || !height || !position)
            return std::nullopt;
        message.images << MessageImage{*hash, *imageRole, int(*width), int(*height), *mime, int(*position)};
    }
    return message;
}

QString finishedStatusList()
{
    QStringList quoted;
    for (const QString &name : finishedStatusNames())
        quoted << QLatin1Char('\'') + name + QLatin1Char('\'');
    return QLatin1Char('(') + quoted.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace confab::records
