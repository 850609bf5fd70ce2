#include "OpenRouterClient.h"

#include "common/AppInfo.h"
#include "limits/Backoff.h"
#include "log/SecretRedaction.h"
#include "openrouter/ChatRequestBody.h"
#include "openrouter/HttpErrors.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace confab {

namespace {
const QByteArray AttributionUrl = QByteArrayLiteral("https://github.com/confab-app/confab");
const QByteArray AttributionTitle = QByteArrayLiteral("Confab");
} // namespace

OpenRouterClient::OpenRouterClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(defaultBaseUrl())
{
    qRegisterMetaType<confab::ChatResult>();
    qRegisterMetaType<confab::ChatError>();
    qRegisterMetaType<confab::KeyInfo>();
    qRegisterMetaType<confab::GenerationStats>();
}

QUrl OpenRouterClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://openrouter.ai/api/v1"));
}

void OpenRouterClient::setGenerationLookup(int attempts, int delayMs)
{
    m_generationAttempts = qMax(1, attempts);
    m_generationDelayMs = qMax(0, delayMs);
}

QNetworkRequest OpenRouterClient::makeRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);

    QNetworkRequest request(url);
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setRawHeader("HTTP-Referer", AttributionUrl);
    request.setRawHeader("X-Title", AttributionTitle);
    request.setRawHeader("X-OpenRouter-Title", AttributionTitle);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QString(QStringLiteral("Confab/") + applicationVersion()));
    return request;
}

QNetworkReply *OpenRouterClient::get(const QString &path, const QUrlQuery &query)
{
    return m_network->get(makeRequest(path, query));
}

ChatStream *OpenRouterClient::streamChat(const ChatRequest &chatRequest)
{
    QNetworkRequest request = makeRequest(QStringLiteral("/chat/completions"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "text/event-stream");
    auto *stream = new ChatStream(m_network, request, chatRequestBody(chatRequest), m_streamSettings, this);
    stream->start();
    return stream;
}

void OpenRouterClient::checkKey()
{
    QNetworkReply *reply = get(QStringLiteral("/key"));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (const std::optional<ChatError> error = replyError(reply, body)) {
            emit keyCheckFailed(*error);
            return;
        }
        if (const std::optional<KeyInfo> info = parseKeyInfo(body)) {
            emit keyChecked(*info);
            return;
        }
        ChatError error;
        error.kind = ChatError::Kind::Server;
        error.message = QCoreApplication::translate("OpenRouterClient",
                                                    "The server's answer about the key could not be read");
        emit keyCheckFailed(error);
    });
}

void OpenRouterClient::fetchGenerationCost(const QString &generationId)
{
    requestGeneration(generationId, 1);
}

void OpenRouterClient::requestGeneration(const QString &generationId, int attempt)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), generationId);
    QNetworkReply *reply = get(QStringLiteral("/generation"), query);
    connect(reply, &QNetworkReply::finished, this, [this, reply, generationId, attempt] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const std::optional<ChatError> error = replyError(reply, body);
        if (error && (error->kind == ChatError::Kind::NotFound || isTransient(*error)) &&
            attempt < m_generationAttempts) {
            // The statistics appear a little after the answer: the same backoff as every other retry.
            const BackoffPolicy policy{m_generationDelayMs, qint64(m_generationDelayMs) * 16,
                                       m_generationAttempts};
            const qint64 delay =
                backoffDelayMs(policy, attempt - 1, QRandomGenerator::global()->generateDouble());
            QTimer::singleShot(
                delay, this, [this, generationId, attempt] { requestGeneration(generationId, attempt + 1); });
            return;
        }
        if (error) {
            emit generationCostFailed(generationId, *error);
            return;
        }
        if (const std::optional<GenerationStats> stats = parseGenerationStats(body)) {
            emit generationCostReady(generationId, *stats);
            return;
        }
        ChatError unreadable;
        unreadable.kind = ChatError::Kind::Server;
        unreadable.message =
            QCoreApplication::translate("OpenRouterClient", "The generation's statistics could not be read");
        emit generationCostFailed(generationId, unreadable);
    });
}

std::optional<ChatError> replyError(QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300) {
        ChatError error = errorFromHttpStatus(status, body, reply->rawHeader("Retry-After"));
        // The provider's words are shown as they came; some quote the key they were given.
        const QByteArray authorization = reply->request().rawHeader("Authorization");
        if (authorization.startsWith("Bearer "))
            error.message = redactSecrets(error.message, {QString::fromUtf8(authorization.mid(7))});
        return error;
    }
    if (status == 0 || reply->error() != QNetworkReply::NoError)
        return errorFromNetwork(reply->error(), reply->url().host());
    return std::nullopt;
}

} // namespace confab
