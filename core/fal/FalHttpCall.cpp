#include "fal/FalHttpCall.h"

#include "limits/RateLimiter.h"
#include "log/LogCategories.h"

#include <QDateTime>
#include <QNetworkAccessManager>

#include <algorithm>
#include <chrono>

namespace confab {

FalHttpCall::FalHttpCall(QNetworkAccessManager *network, QNetworkRequest request, QByteArray method,
                         QByteArray body, FalRetryRule rule, BackoffPolicy policy, Backoff::Random random,
                         qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_method(std::move(method))
    , m_body(std::move(body))
    , m_rule(rule)
    , m_policy(policy)
    , m_backoff(policy, std::move(random))
    , m_maxBytes(maxBytes)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &FalHttpCall::send);
}

void FalHttpCall::start()
{
    m_attempt = 0;
    m_backoff.reset();
    send();
}

void FalHttpCall::abort()
{
    m_aborted = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FalHttpCall::send()
{
    if (m_aborted)
        return;
    m_tooLarge = false;
    if (m_method == "GET")
        m_reply = m_network->get(m_request);
    else if (m_method == "POST")
        m_reply = m_network->post(m_request, m_body);
    else if (m_method == "PUT")
        m_reply = m_network->put(m_request, m_body);
    else
        m_reply = m_network->sendCustomRequest(m_request, m_method, m_body);

    if (m_maxBytes > 0) {
        connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
            if (received > m_maxBytes || total > m_maxBytes) {
                m_tooLarge = true;
                m_reply->abort();
            }
        });
    }
    connect(m_reply, &QNetworkReply::finished, this, &FalHttpCall::onFinished);
    qCDebug(lcFal).noquote() << m_method.constData() << m_request.url().path() << "attempt" << m_attempt + 1;
}

void FalHttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_aborted)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    FalHttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.networkError = reply->error();
    response.networkErrorText = reply->errorString();
    response.tooLarge = m_tooLarge;
    // A transfer timeout surfaces as an operation cancelled that nobody asked for.
    response.timedOut = !m_tooLarge && (reply->error() == QNetworkReply::OperationCanceledError ||
                                        reply->error() == QNetworkReply::TimeoutError);
    if (!m_tooLarge && reply->isOpen())
        response.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.insert(pair.first.toLower(), pair.second);
    qCInfo(lcFal).noquote() << m_method.constData() << m_request.url().path() << "->" << response.status
                            << (response.networkError != QNetworkReply::NoError ? response.networkErrorText
                                                                                : QString());

    if (!response.tooLarge && isTransient(response, m_rule)) {
        if (const std::optional<qint64> delay =
                m_backoff.nextDelayMs(serverWaitMs(response, m_policy.maxMs))) {
            ++m_attempt;
            emit retrying(m_attempt, *delay);
            m_retryTimer.start(std::chrono::milliseconds(*delay));
            return;
        }
    }
    emit done(response);
}

bool FalHttpCall::isTransient(const FalHttpResponse &response, const FalRetryRule &rule)
{
    if (response.timedOut)
        return rule.retryTimeouts;
    if (response.status == 0)
        return response.networkError != QNetworkReply::NoError &&
               response.networkError != QNetworkReply::OperationCanceledError;
    if (response.header("x-fal-request-timeout-type") == "user")
        return false;
    // fal's own verdict on this answer outranks the status code.
    const QByteArray retryable = response.header("x-fal-retryable").trimmed().toLower();
    if (retryable == "true" || retryable == "1" || retryable == "yes")
        return true;
    if (retryable == "false" || retryable == "0" || retryable == "no")
        return false;
    switch (response.status) {
    case 408:
    case 409:
    case 429:
    case 502:
    case 503:
    case 504:
        return true;
    case 500:
        return rule.retryOn500;
    default:
        return false;
    }
}

qint64 FalHttpCall::serverWaitMs(const FalHttpResponse &response, qint64 capMs)
{
    const std::optional<qint64> seconds =
        parseRetryAfter(response.header("retry-after"), QDateTime::currentDateTimeUtc());
    if (!seconds)
        return 0;
    // Compared in seconds first: a huge header value must not overflow the milliseconds.
    return *seconds > capMs / 1000 ? capMs : std::min(capMs, *seconds * 1000);
}

} // namespace confab
