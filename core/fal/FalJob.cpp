#include "fal/FalJob.h"

#include "fal/FalClient.h"
#include "fal/FalErrors.h"
#include "fal/FalHttpCall.h"
#include "fal/FalImageFetcher.h"
#include "fal/FalInputUploader.h"
#include "fal/FalPricing.h"
#include "fal/FalQueueAnswers.h"
#include "fal/FalRequestBuilder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

namespace confab {

namespace {

// Older answers lack the URLs; status, result and cancel then live under owner/app only (never the subpath).
QUrl requestUrl(const QUrl &queueModelUrl, const QString &model, const QString &requestId,
                const QString &tail)
{
    const QStringList parts = model.split(QLatin1Char('/'));
    QUrl url = queueModelUrl;
    QString path = url.path();
    path.chop(model.size());
    url.setPath(path + parts.mid(0, 2).join(QLatin1Char('/')) + QStringLiteral("/requests/") + requestId +
                tail);
    return url;
}

} // namespace

FalJob::FalJob(FalClient *client, QString model)
    : QObject(client)
    , m_client(client)
    , m_model(std::move(model))
{
    m_result.model = m_model;
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &FalJob::poll);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        stop(FalError::Kind::Timeout,
             QCoreApplication::translate(
                 "FalJob", "fal.ai did not finish the image in time (%1 s); the job was cancelled.")
                 .arg(m_client->tuning().jobTimeoutMs / 1000));
    });
}

void FalJob::begin()
{
    m_clock.start();
    m_deadline.start(m_client->tuning().jobTimeoutMs);
    lookUpPrice();
}

void FalJob::lookUpPrice()
{
    // One try, small answer: without it the cost falls back to the configured price.
    m_priceCall = m_client->newCall(m_client->apiRequest(m_client->pricingUrl(m_model)), "GET", {},
                                    FalRetryRule{}, 64 * 1024, this);
    connect(m_priceCall, &FalHttpCall::done, this, [this](const FalHttpResponse &response) {
        m_priceCall->deleteLater();
        if (response.ok())
            m_result.price = FalPricing::readPricingAnswer(response.body, m_model);
    });
    m_priceCall->start();
}

void FalJob::startGenerate(const QJsonObject &input)
{
    begin();
    // Deferred so whoever asked for the job has connected its signals before the first one fires.
    QTimer::singleShot(0, this, [this, input] { submit(input); });
}

void FalJob::startEdit(const ImageEditOptions &options)
{
    begin();
    m_uploader = new FalInputUploader(m_client, options.images, this);
    connect(m_uploader, &FalInputUploader::failed, this, &FalJob::fail);
    connect(m_uploader, &FalInputUploader::done, this, [this, options](const QStringList &urls) {
        m_uploader->deleteLater();
        submit(FalRequestBuilder::imageEditInput(options, urls));
    });
    QTimer::singleShot(0, this, [this] {
        if (m_over)
            return;
        emit progress(QCoreApplication::translate("FalJob", "Preparing images…"));
        m_uploader->start();
    });
}

void FalJob::failSoon(const FalError &error)
{
    QTimer::singleShot(0, this, [this, error] { fail(error); });
}

void FalJob::submit(const QJsonObject &input)
{
    if (m_over)
        return;
    emit progress(QCoreApplication::translate("FalJob", "Sending to fal.ai…"));
    const FalRetryRule rule{m_client->tuning().submitRetries, false};
    callForObject(
        m_client->submitRequest(m_model), "POST", QJsonDocument(input).toJson(QJsonDocument::Compact), rule,
        FalErrors::Phase::Submit,
        QCoreApplication::translate("FalJob", "fal.ai sent an answer to the request that cannot be read."),
        [this](const QJsonObject &answer, const FalHttpResponse &response) {
            if (answer.value(QLatin1String("request_id")).toString().isEmpty())
                fail(FalErrors::make(FalError::Kind::Server,
                                     QCoreApplication::translate(
                                         "FalJob", "fal.ai accepted the request but gave no request id."),
                                     response.status));
            else
                onSubmitted(answer);
        });
}

void FalJob::callForObject(const QNetworkRequest &request, const QByteArray &method, const QByteArray &body,
                           const FalRetryRule &rule, FalErrors::Phase phase, const QString &unreadable,
                           const std::function<void(const QJsonObject &, const FalHttpResponse &)> &onObject)
{
    m_call = m_client->newCall(request, method, body, rule, 0, this);
    connect(m_call, &FalHttpCall::done, this,
            [this, phase, unreadable, onObject](const FalHttpResponse &response) {
                m_call->deleteLater();
                const std::optional<QJsonObject> object = FalQueueAnswers::parseObject(response.body);
                if (!response.ok())
                    fail(FalErrors::fromResponse(response, phase));
                else if (!object)
                    fail(FalErrors::make(FalError::Kind::Server, unreadable, response.status));
                else
                    onObject(*object, response);
            });
    m_call->start();
}

void FalJob::onSubmitted(const QJsonObject &answer)
{
    m_requestId = answer.value(QLatin1String("request_id")).toString();
    m_result.requestId = m_requestId;
    const QUrl modelUrl = m_client->queueUrl(m_model);
    auto urlOf = [&](const char *field, const QString &tail) {
        const QUrl given(answer.value(QLatin1String(field)).toString());
        return given.isValid() && !given.isEmpty() ? given : requestUrl(modelUrl, m_model, m_requestId, tail);
    };
    m_statusUrl = urlOf("status_url", QStringLiteral("/status"));
    m_responseUrl = urlOf("response_url", QString());
    m_cancelUrl = urlOf("cancel_url", QStringLiteral("/cancel"));
    m_pollDelayMs = m_client->tuning().pollIntervalMs;
    if (answer.contains(QLatin1String("queue_position")))
        onStatus(answer);
    else
        schedulePoll();
}

void FalJob::schedulePoll()
{
    if (!m_over)
        m_pollTimer.start(m_pollDelayMs);
}

void FalJob::poll()
{
    QUrl url = m_statusUrl;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("logs"));
    query.addQueryItem(QStringLiteral("logs"), QStringLiteral("1"));
    url.setQuery(query);
    const FalRetryRule rule{m_client->tuning().statusRetries, true, true};
    callForObject(m_client->apiRequest(url), "GET", {}, rule, FalErrors::Phase::Status,
                  QCoreApplication::translate("FalJob", "fal.ai sent a status that cannot be read."),
                  [this](const QJsonObject &status, const FalHttpResponse &) {
                      if (m_result.msToFirstStatus < 0)
                          m_result.msToFirstStatus = m_clock.elapsed();
                      onStatus(status);
                  });
}

void FalJob::onStatus(const QJsonObject &body)
{
    const FalStatusAnswer status = FalQueueAnswers::readStatus(body);
    const QString &state = status.state;
    bool changed = state != m_lastState;
    m_lastState = state;
    const qsizetype logsBefore = m_seenLogs.size();
    reportLogs(status.logs);
    changed = changed || m_seenLogs.size() != logsBefore;

    if (state == QLatin1String("IN_QUEUE")) {
        const int position = status.queuePosition;
        if (position != m_lastPosition) {
            changed = true;
            m_lastPosition = position;
            emit queued(position);
            emit progress(
                position == 0
                    ? QCoreApplication::translate("FalJob", "In queue (next)")
                    : QCoreApplication::translate("FalJob", "In queue (position %1)").arg(position + 1));
        }
    } else if (state == QLatin1String("IN_PROGRESS")) {
        if (changed && logsBefore == m_seenLogs.size())
            emit progress(QCoreApplication::translate("FalJob", "Generating…"));
    } else if (state == QLatin1String("COMPLETED")) {
        if (status.inferenceSeconds)
            m_result.inferenceSeconds = status.inferenceSeconds;
        if (status.hasError)
            fail(FalErrors::fromCompletedStatus(body));
        else
            fetchResult();
        return;
    } else {
        fail(FalErrors::make(
            FalError::Kind::Server,
            QCoreApplication::translate("FalJob", "fal.ai reported an unknown job state \"%1\".")
                .arg(state)));
        return;
    }
    const FalTuning &tuning = m_client->tuning();
    m_pollDelayMs = changed ? tuning.pollIntervalMs
                            : std::min(tuning.pollMaxIntervalMs,
                                       static_cast<int>(m_pollDelayMs * tuning.pollBackoffFactor) + 1);
    schedulePoll();
}

void FalJob::reportLogs(const QList<FalLogLine> &lines)
{
    // Each status repeats the whole log so far; only lines not yet reported go out.
    QStringList fresh;
    for (const FalLogLine &line : lines) {
        if (m_seenLogs.contains(line.key))
            continue;
        m_seenLogs.insert(line.key);
        fresh.append(line.message);
    }
    if (!fresh.isEmpty()) {
        emit logs(fresh);
        emit progress(fresh.last());
    }
}

void FalJob::fetchResult()
{
    emit progress(QCoreApplication::translate("FalJob", "Fetching the result…"));
    const FalRetryRule rule{m_client->tuning().resultRetries, false, true};
    callForObject(m_client->apiRequest(m_responseUrl), "GET", {}, rule, FalErrors::Phase::Result,
                  QCoreApplication::translate("FalJob", "fal.ai sent a result that cannot be read."),
                  [this](const QJsonObject &output, const FalHttpResponse &response) {
                      // fal's count of what it bills, when it sends one (its serverless docs name the
                      // header).
                      bool counted = false;
                      const double units =
                          response.header("x-fal-billable-units").trimmed().toDouble(&counted);
                      if (counted)
                          m_result.billableUnits = units;
                      onResult(FalQueueAnswers::readResult(output));
                  });
}

void FalJob::onResult(const FalResultAnswer &output)
{
    if (output.images.isEmpty()) {
        fail(
            FalErrors::make(FalError::Kind::Server,
                            QCoreApplication::translate("FalJob", "fal.ai finished but returned no image.")));
        return;
    }
    // From here fal has made (and charged for) these images, even if fetching them fails.
    m_billedImages = int(output.images.size());
    if (output.seed)
        m_result.seed = output.seed;
    m_result.description = output.description;

    emit progress(QCoreApplication::translate("FalJob", "Downloading images…"));
    m_fetcher = new FalImageFetcher(m_client, output.images, this);
    connect(m_fetcher, &FalImageFetcher::failed, this, &FalJob::fail);
    connect(m_fetcher, &FalImageFetcher::done, this, &FalJob::succeed);
    m_fetcher->start();
}

void FalJob::cancel()
{
    stop(FalError::Kind::Cancelled, QCoreApplication::translate("FalJob", "Cancelled."));
}

void FalJob::stop(FalError::Kind kind, const QString &message)
{
    if (m_over)
        return;
    stopWork();
    if (!m_cancelUrl.isEmpty()) {
        // Owned by the client so the request outlives this job; fal only stops a queued job when asked.
        FalHttpCall *call = m_client->newCall(m_client->apiRequest(m_cancelUrl), "PUT", {}, {}, 0, m_client);
        connect(call, &FalHttpCall::done, call, &QObject::deleteLater);
        call->start();
    }
    fail(FalErrors::make(kind, message));
}

void FalJob::stopWork()
{
    m_pollTimer.stop();
    m_deadline.stop();
    if (m_call)
        m_call->abort();
    if (m_priceCall)
        m_priceCall->abort();
    if (m_uploader)
        m_uploader->abort();
    if (m_fetcher)
        m_fetcher->abort();
}

void FalJob::fail(const FalError &error)
{
    if (m_over)
        return;
    stopWork();
    m_over = true;
    FalError charged = error;
    charged.billedImages = m_billedImages;
    charged.price = m_result.price;
    emit failed(charged);
    deleteLater();
}

void FalJob::succeed(const QList<FalImage> &images)
{
    if (m_over)
        return;
    stopWork();
    m_over = true;
    m_result.images = images;
    m_result.totalMs = m_clock.elapsed();
    emit finished(m_result);
    deleteLater();
}

} // namespace confab
