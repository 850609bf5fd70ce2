#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace confab {

// JSON-RPC 2.0 error codes MCP uses.
namespace JsonRpcError {
inline constexpr int ParseError = -32700;
inline constexpr int InvalidRequest = -32600;
inline constexpr int MethodNotFound = -32601;
inline constexpr int InvalidParams = -32602;
inline constexpr int InternalError = -32603;
} // namespace JsonRpcError

// One JSON-RPC 2.0 message, as read from a server. A server sends requests (elicitation, ping),
// notifications (progress, list_changed) and responses to our requests. Ids are numbers or strings.
struct JsonRpcMessage
{
    enum class Kind
    {
        Request,
        Notification,
        Result,
        Error,
    };

    Kind kind = Kind::Notification;
    QJsonValue id;
    QString method;
    QJsonObject params;
    QJsonValue result;
    int errorCode = 0;
    QString errorMessage;
    QJsonValue errorData;

    bool isResponse() const { return kind == Kind::Result || kind == Kind::Error; }
};

// The outcome of reading one message: the message, or why the bytes are not one.
struct JsonRpcRead
{
    std::optional<JsonRpcMessage> message;
    QString problem;
};

// Reads one message. Bytes over maxBytes are refused before parsing, so a hostile server's document never
// reaches the JSON parser at a size we did not agree to. Batches (arrays) are refused: 2025-06-18 removed
// them.
JsonRpcRead readJsonRpc(QByteArrayView bytes, qsizetype maxBytes);

// The id as a map key ("n:7", "s:abc"): a number and a string with the same digits are different ids.
QString jsonRpcIdKey(const QJsonValue &id);

QByteArray encodeJsonRpcRequest(const QJsonValue &id, const QString &method, const QJsonObject &params);
QByteArray encodeJsonRpcNotification(const QString &method, const QJsonObject &params);
QByteArray encodeJsonRpcResult(const QJsonValue &id, const QJsonValue &result);
QByteArray encodeJsonRpcError(const QJsonValue &id, int code, const QString &message);

} // namespace confab
