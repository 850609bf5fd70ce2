#include "store/HistoryImporter.h"

#include "domain/Message.h"
#include "domain/Session.h"
#include "store/HistoryFormat.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace confab {
namespace {

struct ParsedSession
{
    Session session;
    QList<Message> messages;
};

struct ParsedHistory
{
    QList<ParsedSession> sessions;
    QHash<QString, QByteArray> images;
};

// Reads one export, checking every field; the first problem found becomes the refusal's reason.
class HistoryParser
{
public:
    std::optional<ParsedHistory> parse(const QByteArray &bytes)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(
                QCoreApplication::translate("HistoryImporter",
                                            "the file is not valid JSON (%1 at byte %2); it may be truncated")
                    .arg(parseError.errorString())
                    .arg(parseError.offset));
        const QJsonObject root = document.object();
        if (root.value(QStringLiteral("format")).toString() != history::FormatName)
            return fail(QCoreApplication::translate("HistoryImporter", "it is not a Confab history export"));
        const int version = root.value(QStringLiteral("version")).toInt();
        if (version < 1 || version > history::FormatVersion)
            return fail(QCoreApplication::translate(
                            "HistoryImporter", "it has format version %1, and this Confab reads up to %2")
                            .arg(version)
                            .arg(history::FormatVersion));
        if (!root.value(QStringLiteral("sessions")).isArray() ||
            !root.value(QStringLiteral("images")).isObject())
            return fail(QCoreApplication::translate("HistoryImporter", "it has no sessions or images list"));

        ParsedHistory &history = m_result;
        const QJsonObject images = root.value(QStringLiteral("images")).toObject();
        for (auto it = images.begin(); it != images.end(); ++it) {
            const QByteArray data = QByteArray::fromBase64(
                it.value().toObject().value(QStringLiteral("data")).toString().toLatin1());
            const QString hash =
                QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
            if (data.isEmpty() || hash != it.key())
                return fail(
                    QCoreApplication::translate("HistoryImporter", "the image %1 is damaged").arg(it.key()));
            history.images.insert(hash, data);
        }
        const QJsonArray sessions = root.value(QStringLiteral("sessions")).toArray();
        for (const QJsonValue &value : sessions) {
            auto session = parseSession(value.toObject());
            if (!session)
                return std::nullopt;
            history.sessions << *session;
        }
        return history;
    }

    QString error;
    // Whether the store already holds an image the file refers to without embedding it.
    std::function<bool(const QString &)> storeHasImage;

private:
    ParsedHistory m_result;

    std::nullopt_t fail(const QString &reason)
    {
        if (error.isEmpty())
            error = reason;
        return std::nullopt;
    }

    std::optional<qint64> integer(const QJsonObject &object, const QString &key, const QString &where)
    {
        const QJsonValue value = object.value(key);
        if (!value.isDouble()) {
            fail(QCoreApplication::translate("HistoryImporter", "%1 has no valid \"%2\"").arg(where, key));
            return std::nullopt;
        }
        return value.toInteger();
    }

    std::optional<QString> text(const QJsonObject &object, const QString &key, const QString &where)
    {
        const QJsonValue value = object.value(key);
        if (!value.isString()) {
            fail(QCoreApplication::translate("HistoryImporter", "%1 has no \"%2\" text").arg(where, key));
            return std::nullopt;
        }
        return value.toString();
    }

    template<typename Enum>
    std::optional<Enum> choice(const QJsonObject &object, const QString &key, const QString &where,
                               std::optional<Enum> (*convert)(const QString &))
    {
        const auto value = text(object, key, where);
        if (!value)
            return std::nullopt;
        const auto parsed = convert(*value);
        if (!parsed)
            fail(QCoreApplication::translate("HistoryImporter", "%1 has an unknown %2 \"%3\"")
                     .arg(where, key, *value));
        return parsed;
    }

    std::optional<ParsedSession> parseSession(const QJsonObject &object)
    {
        ParsedSession parsed;
        Session &s = parsed.session;
        const auto id = integer(object, QStringLiteral("id"),
                                QCoreApplication::translate("HistoryImporter", "a session"));
        if (!id)
            return std::nullopt;
        const QString where = QCoreApplication::translate("HistoryImporter", "session %1").arg(*id);
        const auto title = text(object, QStringLiteral("title"), where);
        const auto type = choice(object, QStringLiteral("type"), where, &sessionTypeFromString);
        const auto status = choice(object, QStringLiteral("status"), where, &sessionStatusFromString);
        const auto created = integer(object, QStringLiteral("created_at"), where);
        const auto updated = integer(object, QStringLiteral("updated_at"), where);
        const auto model = text(object, QStringLiteral("model"), where);
        const auto prompt = text(object, QStringLiteral("system_prompt"), where);
        if (!title || !type || !status || !created || !updated || !model || !prompt)
            return std::nullopt;
        if (!object.value(QStringLiteral("pinned")).isBool() ||
            !object.value(QStringLiteral("messages")).isArray())
            return fail(
                QCoreApplication::translate("HistoryImporter", "%1 has no pinned flag or messages list")
                    .arg(where));
        s = {*id,
             *title,
             *type,
             *status,
             sql::fromEpochMs(*created),
             sql::fromEpochMs(*updated),
             *model,
             *prompt,
             object.value(QStringLiteral("pinned")).toBool()};
        const QJsonArray messages = object.value(QStringLiteral("messages")).toArray();
        for (const QJsonValue &value : messages) {
            auto message = parseMessage(value.toObject(), where);
            if (!message)
                return std::nullopt;
            parsed.messages << *message;
        }
        return parsed;
    }

    std::optional<Message> parseMessage(const QJsonObject &object, const QString &sessionWhere)
    {
        Message message;
        const auto id =
            integer(object, QStringLiteral("id"),
                    QCoreApplication::translate("HistoryImporter", "a message in %1").arg(sessionWhere));
        if (!id)
            return std::nullopt;
        const QString where = QCoreApplication::translate("HistoryImporter", "message %1").arg(*id);
        const auto role = choice(object, QStringLiteral("role"), where, &messageRoleFromString);
        const auto content = text(object, QStringLiteral("content"), where);
        const auto contentType =
            choice(object, QStringLiteral("content_type"), where, &contentTypeFromString);
        const auto status = choice(object, QStringLiteral("status"), where, &messageStatusFromString);
        const auto created = integer(object, QStringLiteral("created_at"), where);
        if (!role || !content || !contentType || !status || !created)
            return std::nullopt;
        if (!object.value(QStringLiteral("metadata")).isObject() ||
            !object.value(QStringLiteral("images")).isArray())
            return fail(QCoreApplication::translate("HistoryImporter", "%1 has no metadata or images list")
                            .arg(where));
        message.id = *id;
        message.role = *role;
        message.content = *content;
        message.contentType = *contentType;
        message.status = *status;
        message.createdAt = sql::fromEpochMs(*created);
        message.metadata = MessageMetadata::fromJson(object.value(QStringLiteral("metadata")).toObject());
        const QJsonArray images = object.value(QStringLiteral("images")).toArray();
        for (const QJsonValue &value : images) {
            const QJsonObject image = value.toObject();
            const auto hash = text(image, QStringLiteral("hash"), where);
            const auto imageRole = choice(image, QStringLiteral("role"), where, &imageRoleFromString);
            const auto mime = text(image, QStringLiteral("mime"), where);
            const auto width = integer(image, QStringLiteral("width"), where);
            const auto height = integer(image, QStringLiteral("height"), where);
            const auto position = integer(image, QStringLiteral("position"), where);
            if (!hash || !imageRole || !mime || !width || !height || !position)
                return std::nullopt;
            if (!m_result.images.contains(*hash) && !storeHasImage(*hash))
                return fail(QCoreApplication::translate("HistoryImporter",
                                                        "%1 refers to the image %2, which is not in the file")
                                .arg(where, *hash));
            message.images << MessageImage{*hash,        *imageRole, int(*width),
                                           int(*height), *mime,      int(*position)};
        }
        return message;
    }
};

} // namespace

HistoryImporter::HistoryImporter(Store &store)
    : m_store(store)
{}

bool HistoryImporter::importJson(const QString &filePath)
{
    m_imported.clear();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = QCoreApplication::translate("HistoryImporter", "%1 could not be opened: %2.")
                          .arg(filePath, file.errorString());
        return false;
    }
    HistoryParser parser;
    parser.storeHasImage = [this](const QString &hash) { return m_store.images()->contains(hash); };
    const auto history = parser.parse(file.readAll());
    if (!history) {
        m_lastError = QCoreApplication::translate("HistoryImporter", "%1 was not imported: %2.")
                          .arg(QFileInfo(filePath).fileName(), parser.error);
        return false;
    }

    QStringList written;
    QList<qint64> created;
    const QSqlDatabase db = m_store.database().connection();
    const bool saved = m_store.database().transaction([&] {
        for (auto it = history->images.constBegin(); it != history->images.constEnd(); ++it) {
            if (m_store.images()->contains(it.key()))
                continue;
            const StoredImage stored = m_store.images()->store(it.value());
            if (!stored.ok()) {
                m_lastError = QCoreApplication::translate("HistoryImporter", "the image %1 was refused: %2")
                                  .arg(it.key(), stored.error);
                return false;
            }
            written << stored.hash;
        }
        for (const ParsedSession &parsed : history->sessions) {
            const Session &s = parsed.session;
            auto query = sql::run(db,
                                  QStringLiteral("INSERT INTO chat_sessions (title, type, status, created_at,"
                                                 " updated_at, model, system_prompt, pinned)"
                                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {s.title, toString(s.type), toString(s.status), sql::toEpochMs(s.createdAt),
                                   sql::toEpochMs(s.updatedAt), s.model, s.systemPrompt, s.pinned ? 1 : 0},
                                  &m_lastError);
            if (!query)
                return false;
            const qint64 sessionId = query->lastInsertId().toLongLong();
            created << sessionId;
            for (const Message &m : parsed.messages) {
                auto inserted = sql::run(
                    db,
                    QStringLiteral("INSERT INTO messages (session_id, role, content, content_type, status,"
                                   " created_at, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {sessionId, toString(m.role), m.content, toString(m.contentType), toString(m.status),
                     sql::toEpochMs(m.createdAt),
                     QString::fromUtf8(QJsonDocument(m.metadata.toJson()).toJson(QJsonDocument::Compact))},
                    &m_lastError);
                if (!inserted)
                    return false;
                const qint64 messageId = inserted->lastInsertId().toLongLong();
                for (const MessageImage &image : m.images) {
                    if (!sql::run(db,
                                  QStringLiteral("INSERT INTO message_images (message_id, hash, role, width,"
                                                 " height, mime, position) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  {messageId, image.hash, toString(image.role), image.width, image.height,
                                   image.mime, image.position},
                                  &m_lastError))
                        return false;
                }
            }
        }
        return true;
    });
    if (!saved) {
        for (const QString &hash : std::as_const(written))
            QFile::remove(m_store.images()->pathFor(hash));
        m_lastError = QCoreApplication::translate("HistoryImporter", "%1 was not imported: %2.")
                          .arg(QFileInfo(filePath).fileName(), m_lastError);
        return false;
    }
    m_imported = created;
    for (qint64 id : std::as_const(created))
        emit m_store.sessions()->sessionAdded(id);
    return true;
}

} // namespace confab
