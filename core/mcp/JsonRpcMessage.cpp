#include "mcp/JsonRpcMessage.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace confab {

namespace {

// A number id must be a whole number a double holds exactly (|n| <= 2^53); anything larger could not be
// echoed back unchanged, and casting it to an integer would be undefined.
bool isValidId(const QJsonValue &id)
{
    if (id.isString())
        return true;
    if (!id.isDouble())
        return false;
    const double number = id.toDouble();
    constexpr double Largest = 9007199254740992.0;
    return number >= -Largest && number <= Largest && number == double(qint64(number));
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject envelope()
{
    return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}};
}

} // namespace

JsonRpcRead readJsonRpc(QByteArrayView bytes, qsizetype maxBytes)
{
    if (bytes.size() > maxBytes)
        return {
            std::nullopt,
            QStringLiteral("message of %1 bytes is over the limit of %2").arg(bytes.size()).arg(maxBytes)};

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return {std::nullopt,
                QStringLiteral("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)};
    if (!document.isObject())
        return {std::nullopt, QStringLiteral("not a JSON-RPC object")};

    const QJsonObject object = document.object();
    if (object.value(QLatin1String("jsonrpc")).toString() != QLatin1String("2.0"))
        return {std::nullopt, QStringLiteral("no \"jsonrpc\": \"2.0\"")};

    JsonRpcMessage message;
    message.id = object.value(QLatin1String("id"));
    const bool hasId = object.contains(QLatin1String("id")) && !message.id.isNull();
    if (hasId && !isValidId(message.id))
        return {std::nullopt, QStringLiteral("id is neither a string nor an integer")};

    const QJsonValue method = object.value(QLatin1String("method"));
    if (method.isString()) {
        message.method = method.toString();
        const QJsonValue params = object.value(QLatin1String("params"));
        if (!params.isUndefined() && !params.isObject())
            return {std::nullopt, QStringLiteral("params of %1 are not an object").arg(message.method)};
        message.params = params.toObject();
        message.kind = hasId ? JsonRpcMessage::Kind::Request : JsonRpcMessage::Kind::Notification;
        return {message, {}};
    }

    if (object.contains(QLatin1String("result"))) {
        if (!hasId)
            return {std::nullopt, QStringLiteral("result without an id")};
        message.kind = JsonRpcMessage::Kind::Result;
        message.result = object.value(QLatin1String("result"));
        return {message, {}};
    }

    const QJsonValue error_ = object.value(QLatin1String("error"));
    if (error_.isObject()) {
        // An error may come without an id (the server could not read our request's id); the caller decides.
        const QJsonObject errorObject = error_.toObject();
        message.kind = JsonRpcMessage::Kind::Error;
        message.errorCode = errorObject.value(QLatin1String("code")).toInt(JsonRpcError::InternalError);
        message.errorMessage = errorObject.value(QLatin1String("message")).toString();
        message.errorData = errorObject.value(QLatin1String("data"));
        return {message, {}};
    }
    return {std::nullopt, QStringLiteral("neither a request, a notification nor a response")};
}

QString jsonRpcIdKey(const QJsonValue &id)
{
    if (id.isString())
        return QLatin1String("s:") + id.toString();
    if (id.isDouble())
        // Written from the double itself: a number from outside may be beyond any integer type.
        return QLatin1String("n:") + QString::number(id.toDouble(), 'g', 17);
    return {};
}

QByteArray encodeJsonRpcRequest(const QJsonValue &id, const QString &method, const QJsonObject &params)
{
    QJsonObject object = envelope();
    object.insert(QLatin1String("id"), id);
    object.insert(QLatin1String("method"), method);
    object.insert(QLatin1String("params"), params);
    return compact(object);
}

QByteArray encodeJsonRpcNotification(const QString &method, const QJsonObject &params)
{
    QJsonObject object = envelope();
    object.insert(QLatin1String("method"), method);
    if (!params.isEmpty())
        object.insert(QLatin1String("params"), params);
    return compact(object);
}

QByteArray encodeJsonRpcResult(const QJsonValue &id, const QJsonValue &result)
{
    QJsonObject object = envelope();
    object.insert(QLatin1String("id"), id);
    object.insert(QLatin1String("result"), result);
    return compact(object);
}

QByteArray encodeJsonRpcError(const QJsonValue &id, int code, const QString &message)
{
    QJsonObject object = envelope();
    object.insert(QLatin1String("id"), id);
    object.insert(QLatin1String("error"),
                  QJsonObject{{QLatin1String("code"), code}, {QLatin1String("message"), message}});
    return compact(object);
}

} // namespace confab
