#include "store/HistoryRecords.h"

#include "domain/PdfEngine.h"
#include "store/DocumentRecord.h"
#include "store/MessageRecord.h"
#include "store/RecordFields.h"
#include "store/Sql.h"

#include <QJsonArray>

namespace confab::history {
namespace {

using records::FieldReader;

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
            {QStringLiteral("pdf_engine"), session.pdfEngine},
            {QStringLiteral("parameters"), session.parameters().toJson()}};
}

QJsonObject messageToJson(const Message &message)
{
    QJsonObject json = records::messageToJson(message);
    json.insert(QStringLiteral("id"), message.id);
    json.insert(QStringLiteral("created_at"), message.createdAt.toMSecsSinceEpoch());
    json.insert(QStringLiteral("parent_id"), message.parentId);
    if (!message.documents.isEmpty())
        json.insert(QStringLiteral("documents"), records::documentsToJson(message.documents));
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
                    {},
                    {}};
    const ChatParameters parameters =
        ChatParameters::fromJson(object.value(QStringLiteral("parameters")).toObject());
    session.temperature = parameters.temperature;
    session.topP = parameters.topP;
    session.maxTokens = parameters.maxTokens;
    // An engine this version does not know is left to Confab's choice rather than sent to OpenRouter.
    const QString engine = object.value(QStringLiteral("pdf_engine")).toString();
    session.pdfEngine = isPdfEngine(engine) ? engine : QString();
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
    auto message = records::messageFromJson(object, where, error);
    const auto created = field.integer(QStringLiteral("created_at"));
    if (!message || !created)
        return std::nullopt;
    message->id = *id;
    message->createdAt = sql::fromEpochMs(*created);
    upgradeLegacyStatus(*message);
    // Files from before branches have neither field: each message follows the one before it.
    message->parentId = object.contains(QStringLiteral("parent_id"))
                            ? object.value(QStringLiteral("parent_id")).toInteger(-2)
                            : FollowsPrevious;
    if (message->parentId < FollowsPrevious)
        return field.fail<Message>(
            QStringLiteral("%1 has a parent_id that is not a whole number").arg(where));
    const auto documents =
        records::documentsFromJson(object.value(QStringLiteral("documents")), where, error);
    if (!documents)
        return std::nullopt;
    message->documents = *documents;
    return message;
}

} // namespace confab::history
