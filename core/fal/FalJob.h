#pragma once

#include "fal/FalErrors.h"
#include "fal/FalQueueAnswers.h"
#include "fal/FalTypes.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkRequest;

namespace confab {

struct FalHttpResponse;
struct FalRetryRule;

class FalClient;
class FalHttpCall;
class FalImageFetcher;
class FalInputUploader;

// One image request through fal's queue: (upload inputs) → submit → follow status → fetch result → download.
// Signal contract: any number of queued/logs/progress, then exactly one of finished or failed, once; the job
// then deletes itself (hold it in a QPointer). Status is followed on the URLs fal returned, polling with a
// backoff that resets whenever something changes.
class FalJob : public QObject
{
    Q_OBJECT
public:
    QString model() const { return m_model; }
    QString requestId() const { return m_requestId; }
    bool isOver() const { return m_over; }

    // Stops the job, asks fal to cancel it (PUT cancel_url) once it has been submitted, and fails it as
    // cancelled.
    void cancel();

signals:
    void queued(int position); // fal's 0-based queue position: 0 means next
    void logs(const QStringList &newLines);
    void progress(const QString &humanText);
    void finished(const confab::FalResult &result);
    void failed(const confab::FalError &error);

private:
    friend class FalClient;
    FalJob(FalClient *client, QString model);

    void startGenerate(const QJsonObject &input);
    void startEdit(const ImageEditOptions &options);
    void failSoon(const FalError &error);

    void begin();
    void submit(const QJsonObject &input);
    // Every queue call ends the same way: an HTTP failure or unreadable JSON fails the job, an object goes
    // on.
    void callForObject(const QNetworkRequest &request, const QByteArray &method, const QByteArray &body,
                       const FalRetryRule &rule, FalErrors::Phase phase, const QString &unreadable,
                       const std::function<void(const QJsonObject &, const FalHttpResponse &)> &onObject);
    // Asks fal what it charges for the model, alongside the job; the answer rides on the result or error.
    void lookUpPrice();
    void onSubmitted(const QJsonObject &answer);
    void schedulePoll();
    void poll();
    void onStatus(const QJsonObject &body);
    void reportLogs(const QList<FalLogLine> &lines);
    void fetchResult();
    void onResult(const FalResultAnswer &output);
    void stop(FalError::Kind kind, const QString &message);
    void fail(const FalError &error);
    void succeed(const QList<FalImage> &images);
    void stopWork();

    FalClient *m_client;
    QString m_model;
    QString m_requestId;
    QUrl m_statusUrl;
    QUrl m_responseUrl;
    QUrl m_cancelUrl;
    QString m_lastState;
    int m_lastPosition = -1;
    int m_pollDelayMs = 0;
    QSet<QString> m_seenLogs;
    FalResult m_result;
    QElapsedTimer m_clock;
    QTimer m_pollTimer;
    QTimer m_deadline;
    QPointer<FalHttpCall> m_call;
    QPointer<FalHttpCall> m_priceCall;
    int m_billedImages = 0; // images fal's result listed: charged, whatever happens to them here
    QPointer<FalInputUploader> m_uploader;
    QPointer<FalImageFetcher> m_fetcher;
    bool m_over = false;
};

} // namespace confab
