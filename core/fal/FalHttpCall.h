#pragma once

#include "limits/Backoff.h"

#include <QByteArray>
#include <QHash>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace confab {

struct FalHttpResponse
{
    int status = 0; // 0: no HTTP response arrived
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    bool timedOut = false;
    bool tooLarge = false;

    bool ok() const { return status >= 200 && status < 300 && !tooLarge; }
    QByteArray header(const QByteArray &name) const { return headers.value(name); }
};

struct FalRetryRule
{
    int maxRetries = 0;
    bool retryOn500 = false;    // status reads also retry a plain 500
    bool retryTimeouts = false; // safe only for reads: a timed-out submit may still have queued a job
};

// One HTTP exchange with fal, retried on transient failures as fal's own clients do: 408, 409, 429, 502, 503,
// 504 and dropped connections (fal-client for Python; fal-js adds 500 for status reads), unless fal says
// otherwise in X-Fal-Retryable. The waits come from the shared Backoff (exponential with jitter), never
// shorter than a Retry-After in seconds or as an HTTP date, and never longer than the policy's cap. A
// user-timeout 504 (x-fal-request-timeout-type: user) is final: retrying would run the job again.
class FalHttpCall : public QObject
{
    Q_OBJECT
public:
    FalHttpCall(QNetworkAccessManager *network, QNetworkRequest request, QByteArray method, QByteArray body,
                FalRetryRule rule, BackoffPolicy policy, Backoff::Random random, qint64 maxBytes,
                QObject *parent);

    void start();
    void abort(); // no done() after this

    static bool isTransient(const FalHttpResponse &response, const FalRetryRule &rule);
    // What the server asked to be waited (Retry-After), capped at capMs; 0 when it asked nothing.
    static qint64 serverWaitMs(const FalHttpResponse &response, qint64 capMs);

signals:
    void retrying(int retry, qint64 delayMs); // retry counts from 1
    void done(const confab::FalHttpResponse &response);

private:
    void send();
    void onFinished();

    QNetworkAccessManager *m_network;
    QNetworkRequest m_request;
    QByteArray m_method;
    QByteArray m_body;
    FalRetryRule m_rule;
    BackoffPolicy m_policy;
    Backoff m_backoff;
    qint64 m_maxBytes;
    int m_attempt = 0;
    bool m_tooLarge = false;
    bool m_aborted = false;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
};

} // namespace confab
