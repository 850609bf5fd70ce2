#pragma once

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

// One HTTP exchange with fal, retried on transient failures with exponential backoff that honours
// Retry-After. A user-timeout 504 (x-fal-request-timeout-type: user) is final: retrying would run the job
// again.
class FalHttpCall : public QObject
{
    Q_OBJECT
public:
    FalHttpCall(QNetworkAccessManager *network, QNetworkRequest request, QByteArray method, QByteArray body,
                FalRetryRule rule, int retryBaseMs, int retryMaxMs, qint64 maxBytes, QObject *parent);

    void start();
    void abort(); // no done() after this

    static bool isTransient(const FalHttpResponse &response, const FalRetryRule &rule);
    static int retryDelayMs(const FalHttpResponse &response, int attempt, int baseMs, int maxMs);

signals:
    void done(const confab::FalHttpResponse &response);

private:
    void send();
    void onFinished();

    QNetworkAccessManager *m_network;
    QNetworkRequest m_request;
    QByteArray m_method;
    QByteArray m_body;
    FalRetryRule m_rule;
    int m_retryBaseMs;
    int m_retryMaxMs;
    qint64 m_maxBytes;
    int m_attempt = 0;
    bool m_tooLarge = false;
    bool m_aborted = false;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
};

} // namespace confab
