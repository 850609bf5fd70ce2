#include "HttpErrors.h"

#include "limits/RateLimiter.h"
#include "openrouter/ProviderError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace confab {

namespace {

struct ServerError
{
    QString message;
    QString code;
    QString errorType;
    QString availabilityCode;
    QStringList fallbackModels;
    std::optional<bool> retryable;
    int retryAfterSeconds = 0;
};

// OpenRouter's errors-and-debugging page: the typed error_type sits in error.metadata on provider errors and
// beside the message on availability errors; error.availability says whether a retry can help, when, and
// which models to move to.
void readTypedError(const QJsonObject &error, ServerError *result)
{
    const QJsonObject metadata = error.value(QStringLiteral("metadata")).toObject();
    result->errorType = error.value(QStringLiteral("error_type"))
                            .toString(metadata.value(QStringLiteral("error_type")).toString());
    const QJsonObject availability = error.value(QStringLiteral("availability")).toObject();
    result->availabilityCode = availability.value(QStringLiteral("code")).toString();
    if (availability.value(QStringLiteral("retryable")).isBool())
        result->retryable = availability.value(QStringLiteral("retryable")).toBool();
    result->retryAfterSeconds = qBound(0, availability.value(QStringLiteral("retry_after")).toInt(), 86400);
    // A suggestion is shown to the user; a hostile list stays short.
    for (const QJsonValue &model : availability.value(QStringLiteral("fallback_models")).toArray()) {
        if (model.isString() && result->fallbackModels.size() < 3)
            result->fallbackModels.append(model.toString().left(100));
    }
}

ServerError readServerError(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value(QStringLiteral("error"));
    ServerError result;
    if (error.isObject()) {
        const QJsonObject object = error.toObject();
        // The upstream provider's own words, when OpenRouter passed them on, say more than its summary.
        const ProviderErrorDetail provider = providerErrorDetail(object);
        result.message =
            provider.isEmpty() ? object.value(QStringLiteral("message")).toString() : provider.text();
        const QJsonValue code = object.value(QStringLiteral("code"));
        result.code = code.isDouble() ? QString::number(code.toInteger()) : code.toString();
        readTypedError(object, &result);
    } else if (error.isString()) {
        result.message = error.toString();
    } else if (root.value(QStringLiteral("message")).isString()) {
        result.message = root.value(QStringLiteral("message")).toString();
    }
    return result;
}

QString withDetail(const QString &summary, const QString &detail)
{
    if (detail.isEmpty())
        return summary;
    return summary + QStringLiteral(" (") + detail + QStringLiteral(")");
}

} // namespace

int parseRetryAfter(const QByteArray &header)
{
    const qint64 seconds = parseRetryAfter(header, QDateTime::currentDateTimeUtc()).value_or(0);
    return int(std::min<qint64>(seconds, std::numeric_limits<int>::max()));
}

ChatError errorFromHttpStatus(int status, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    const ServerError server = readServerError(body);
    ChatError error;
    error.httpStatus = status;
    error.code = server.code;
    error.errorType = server.errorType;
    error.availabilityCode = server.availabilityCode;
    error.fallbackModels = server.fallbackModels;
    error.retryable = server.retryable;
    switch (status) {
    case 400:
    case 413:
    case 422:
        error.kind = ChatError::Kind::BadRequest;
        error.message = withDetail(QCoreApplication::translate("HttpErrors", "The request was not accepted"),
                                   server.message);
        break;
    case 401:
        error.kind = ChatError::Kind::Auth;
        error.message = QCoreApplication::translate(
            "HttpErrors", "The API key was rejected (401). Check the key in Settings.");
        break;
    case 402:
        error.kind = ChatError::Kind::Credits;
        error.message = withDetail(QCoreApplication::translate(
                                       "HttpErrors", "Out of credits (402): add credits or lower the maximum "
                                                     "answer length"),
                                   server.message);
        break;
    case 403:
        error.kind = ChatError::Kind::Forbidden;
        error.message = withDetail(QCoreApplication::translate("HttpErrors", "The request was refused (403)"),
                                   server.message);
        break;
    case 404:
        error.kind = ChatError::Kind::NotFound;
        error.message =
            withDetail(server.availabilityCode == QLatin1String("model_deprecated")
                           ? QCoreApplication::translate("HttpErrors", "This model has been retired (404)")
                           : QCoreApplication::translate("HttpErrors", "Not found (404)"),
                       server.message);
        break;
    case 408:
    case 504:
    case 524:
        error.kind = ChatError::Kind::Timeout;
        error.message =
            withDetail(QCoreApplication::translate("HttpErrors", "The server timed out (%1)").arg(status),
                       server.message);
        break;
    case 429:
        error.kind = ChatError::Kind::RateLimited;
        error.retryAfterSeconds = parseRetryAfter(retryAfterHeader);
        if (error.retryAfterSeconds == 0)
            error.retryAfterSeconds = server.retryAfterSeconds;
        error.message =
            error.retryAfterSeconds > 0
                ? QCoreApplication::translate("HttpErrors", "Rate limited (429): try again in %1 s")
                      .arg(error.retryAfterSeconds)
                : QCoreApplication::translate("HttpErrors", "Rate limited (429): try again shortly");
        error.message = withDetail(error.message, server.message);
        break;
    default:
        error.kind = ChatError::Kind::Server;
        error.retryAfterSeconds = parseRetryAfter(retryAfterHeader);
        if (error.retryAfterSeconds == 0)
            error.retryAfterSeconds = server.retryAfterSeconds;
        error.message =
            withDetail(QCoreApplication::translate("HttpErrors", "The server had a problem (%1)").arg(status),
                       server.message);
        break;
    }
    if (!server.fallbackModels.isEmpty())
        error.message += u' ' + QCoreApplication::translate("HttpErrors", "OpenRouter suggests %1 instead.")
                                    .arg(server.fallbackModels.join(QStringLiteral(", ")));
    return error;
}

ChatError errorFromNetwork(QNetworkReply::NetworkError networkError, const QString &host)
{
    ChatError error;
    error.kind = ChatError::Kind::Network;
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
        error.message =
            QCoreApplication::translate("HttpErrors", "Could not connect to %1: connection refused")
                .arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        error.message =
            QCoreApplication::translate("HttpErrors", "Could not find %1: check the network connection")
                .arg(host);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        error.kind = ChatError::Kind::Timeout;
        error.message = QCoreApplication::translate("HttpErrors", "Connecting to %1 timed out").arg(host);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.message = QCoreApplication::translate("HttpErrors", "Secure connection to %1 failed").arg(host);
        break;
    default:
        error.message = QCoreApplication::translate("HttpErrors", "Network error talking to %1").arg(host);
        break;
    }
    return error;
}

bool isTransient(const ChatError &error)
{
    // OpenRouter's own word on whether an identical retry can succeed beats a guess from the status.
    if (error.retryable)
        return *error.retryable;
    switch (error.kind) {
    case ChatError::Kind::Network:
    case ChatError::Kind::RateLimited:
    case ChatError::Kind::Server:
        return true;
    case ChatError::Kind::Timeout:
        return error.httpStatus != 0;
    default:
        return false;
    }
}

} // namespace confab
