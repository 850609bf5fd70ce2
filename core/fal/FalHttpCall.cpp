#include "fal/FalHttpCall.h"

#include "log/LogCategories.h"

#include <QNetworkAccessManager>

#include <algorithm>
#include <cmath>

namespace confab {

FalHttpCall::FalHttpCall(QNetworkAccessManager *network, QNetworkRequest request, QByteArray method,
                         QByteArray body, FalRetryRule rule, int retryBaseMs, int retryMaxMs, qint64 maxBytes,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_method(std::move(method))
    , m_body(std::move(body))
    , m_rule(rule)
    , m_retryBaseMs(retryBaseMs)
    , m_retryMaxMs(retryMaxMs)
    , m_maxBytes(maxBytes)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &FalHttpCall::send);
}

void FalHttpCall::start()
{
    m_attempt = 0;
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

    if (!response.tooLarge && m_attempt < m_rule.maxRetries && isTransient(response, m_rule)) {
        const int delay = retryDelayMs(response, m_attempt, m_retryBaseMs, m_retryMaxMs);
        ++m_attempt;
        m_retryTimer.start(delay);
        return;
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
    switch (response.status) {
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

int FalHttpCall::retryDelayMs(const FalHttpResponse &response, int attempt, int baseMs, int maxMs)
{
    const double backoff = baseMs * std::pow(2.0, attempt);
    bool isNumber = false;
    const int retryAfterSeconds = response.header("retry-after").trimmed().toInt(&isNumber);
    const double wanted =
        isNumber && retryAfterSeconds >= 0 ? std::max(backoff, retryAfterSeconds * 1000.0) : backoff;
    return static_cast<int>(std::min<double>(wanted, maxMs));
}

} // namespace confab
