#include "store/HistoryRecords.h"

#include "store/Sql.h"

#include <QJsonArray>

namespace confab::history {
namespace {

// Reads fields of one record; the first problem found is kept as the reason.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString where, QString *error)
        : m_object(object)
        , m_where(std::move(where))
        , m_error(error)
    {}

    std::optional<qint64> integer(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble())
            return fail<qint64>(QStringLiteral("%1 has no valid \"%2\"").arg(m_where, key));
        return value.toInteger();
    }

    std::optional<QString> text(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isString())
            return fail<QString>(QStringLiteral("%1 has no \"%2\" text").arg(m_where, key));
        return value.toString();
    }

    std::optional<bool> flag(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isBool())
            return fail<bool>(QStringLiteral("%1 has no \"%2\" flag").arg(m_where, key));
        return value.toBool();
    }

    template<typename Enum>
    std::optional<Enum> choice(const QString &key, std::optional<Enum> (*convert)(const QString &))
    {
        const auto value = text(key);
        if (!value)
            return std::nullopt;
        const auto parsed = convert(*value);
        if (!parsed)
            return fail<Enum>(QStringLiteral("%1 has an unknown %2 \"%3\"").arg(m_where, key, *value));
        return parsed;
    }

    template<typename T> std::optional<T> fail(const QString &reason)
    {
        if (m_error->isEmpty())
            *m_error = reason;
        return std::nullopt;
    }

private:
    const QJsonObject &m_object;
    QString m_where;
    QString *m_error;
};

const QStringList SessionKeys{
    QStringLiteral("id"),     QStringLiteral("title"),         QStringLiteral("type"),
    QStringLiteral("status"), QStringLiteral("created_at"),    QStringLiteral("updated_at"),
    QStringLiteral("model"),  QStringLiteral("system_prompt"), QStringLiteral("pinned")};

} // namespace

QJsonObject sessionToJson(const Session &session)
{
    return {{QStringLiteral("id"), session.id},
            {QStringLiteral("title"), session.title},
            {QStringLiteral("type"), toString(session.type)},
            {QStringLiteral("status"), toString(session.status)},
            {QStringLiteral("created_at"), session.createdAt.toMSecsSinceEpoch()},
            {QStringLiteral("updated_at"), session.updatedAt.toMSecsSinceEpoch()},
            {QStringLiteral("model"), session.model},
            {QStringLiteral("system_prompt"), session.systemPrompt},
            {QStringLiteral("pinned"), session.pinned},
            {QStringLiteral("reasoning_effort"), session.reasoningEffort},
            {QStringLiteral("parameters"), session.parameters().toJson()}};
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
    QJsonObject json{{QStringLiteral("id"), message.id},
                     {QStringLiteral("role"), toString(message.role)},
                     {QStringLiteral("content"), message.content},
                     {QStringLiteral("content_type"), toString(message.contentType)},
                     {QStringLiteral("status"), toString(message.status)},
                     {QStringLiteral("created_at"), message.createdAt.toMSecsSinceEpoch()},
                     {QStringLiteral("metadata"), message.metadata.toJson()},
                     {QStringLiteral("images"), images},
                     {QStringLiteral("parent_id"), message.parentId},
                     {QStringLiteral("selected"), message.selected}};
    if (!message.documents.isEmpty()) {
        QJsonArray documents;
        for (const AttachedDocument &document : message.documents)
            documents.append(QJsonObject{{QStringLiteral("hash"), document.hash},
                                         {QStringLiteral("name"), document.name},
                                         {QStringLiteral("mime"), document.mime},
                                         {QStringLiteral("size"), document.size},
                                         {QStringLiteral("pages"), document.pages},
                                         {QStringLiteral("position"), document.position}});
        json.insert(QStringLiteral("documents"), documents);
    }
    if (!message.reasoning.isEmpty())
        json.insert(QStringLiteral("reasoning"), message.reasoning);
    if (!message.reasoningDetails.isEmpty())
        json.insert(QStringLiteral("reasoning_details"), message.reasoningDetails);
    return json;
}

bool hasSessionFields(const QJsonObject &object)
{
    return std::all_of(SessionKeys.cbegin(), SessionKeys.cend(),
                       [&](const QString &key) { return object.contains(key); });
}

std::optional<Session> sessionFromJson(const QJsonObject &object, QString *error)
{
    FieldReader anonymous(object, QStringLiteral("a session"), error);
    const auto id = anonymous.integer(QStringLiteral("id"));
    if (!id)
        return std::nullopt;
    FieldReader field(object, QStringLiteral("session %1").arg(*id), error);
    const auto title = field.text(QStringLiteral("title"));
    const auto type = field.choice(QStringLiteral("type"), &sessionTypeFromString);
    const auto status = field.choice(QStringLiteral("status"), &sessionStatusFromString);
    const auto created = field.integer(QStringLiteral("created_at"));
    const auto updated = field.integer(QStringLiteral("updated_at"));
    const auto model = field.text(QStringLiteral("model"));
    const auto prompt = field.text(QStringLiteral("system_prompt"));
    const auto pinned = field.flag(QStringLiteral("pinned"));
    if (!title || !type || !status || !created || !updated || !model || !prompt || !pinned)
        return std::nullopt;
    // Older exports have no reasoning effort or parameters: the chat leaves both to the model.
    Session session{*id,
                    *title,
                    *type,
                    *status,
                    sql::fromEpochMs(*created),
                    sql::fromEpochMs(*updated),
                    *model,
                    *prompt,
                    *pinned,
                    object.value(QStringLiteral("reasoning_effort")).toString(),
                    {},
                    {},
                    {}};
    const ChatParameters parameters =
        ChatParameters::fromJson(object.value(QStringLiteral("parameters")).toObject());
    session.temperature = parameters.temperature;
    session.topP = parameters.topP;
    session.maxTokens = parameters.maxTokens;
    return session;
}

std::optional<Message> messageFromJson(const QJsonObject &object, const QString &sessionWhere, QString *error)
{
    FieldReader anonymous(object, QStringLiteral("a message in ") + sessionWhere, error);
    const auto id = anonymous.integer(QStringLiteral("id"));
    if (!id)
        return std::nullopt;
    const QString where = QStringLiteral("message %1").arg(*id);
    FieldReader field(object, where, error);
    const auto role = field.choice(QStringLiteral("role"), &messageRoleFromString);
    const auto content = field.text(QStringLiteral("content"));
    const auto contentType = field.choice(QStringLiteral("content_type"), &contentTypeFromString);
    const auto status = field.choice(QStringLiteral("status"), &messageStatusFromString);
    const auto created = field.integer(QStringLiteral("created_at"));
    if (!role || !content || !contentType || !status || !created)
        return std::nullopt;
    if (!object.value(QStringLiteral("metadata")).isObject() ||
        !object.value(QStringLiteral("images")).isArray())
        return field.fail<Message>(QStringLiteral("%1 has no metadata or images list").arg(where));
    Message message;
    message.id = *id;
    message.role = *role;
    message.content = *content;
    message.contentType = *contentType;
    message.status = *status;
    message.createdAt = sql::fromEpochMs(*created);
    message.metadata = MessageMetadata::fromJson(object.value(QStringLiteral("metadata")).toObject());
    upgradeLegacyStatus(message);
    message.reasoning = object.value(QStringLiteral("reasoning")).toString();
    message.reasoningDetails = object.value(QStringLiteral("reasoning_details")).toArray();
    // Files from before branches have neither field: each message follows the one before it.
    message.parentId = object.contains(QStringLiteral("parent_id"))
                           ? object.value(QStringLiteral("parent_id")).toInteger(-2)
                           : FollowsPrevious;
    if (message.parentId < FollowsPrevious)
        return field.fail<Message>(
            QStringLiteral("%1 has a parent_id that is not a whole number").arg(where));
    message.selected = object.value(QStringLiteral("selected")).toBool(true);
    const QJsonArray images = object.value(QStringLiteral("images")).toArray();
    for (const QJsonValue &value : images) {
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
    for (const QJsonValue &value : object.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject document = value.toObject();
        FieldReader documentField(document, where, error);
        const auto hash = documentField.text(QStringLiteral("hash"));
        const auto name = documentField.text(QStringLiteral("name"));
        const auto mime = documentField.text(QStringLiteral("mime"));
        const auto size = documentField.integer(QStringLiteral("size"));
        const auto pages = documentField.integer(QStringLiteral("pages"));
        const auto position = documentField.integer(QStringLiteral("position"));
        if (!hash || !name || !mime || !size || !pages || !position)
            return std::nullopt;
        message.documents << AttachedDocument{*hash, *name, *mime, *size, int(*pages), int(*position)};
    }
    return message;
}

} // namespace confab::history
