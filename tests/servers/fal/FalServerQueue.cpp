// The queue host of FalServer: submit, status (polled and streamed), result and cancel.
#include "FalServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace confab::testserver {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

int progressSteps(const FalScenario &scenario)
{
    return std::max<int>(1, int(scenario.logLines.size()));
}

} // namespace

FalScenario FalServer::scenarioForSubmit(const QJsonObject &input, bool *reject)
{
    *reject = false;
    if (!m_scenarios.isEmpty()) {
        Scenario scenario = m_scenarios.takeFirst();
        if (scenario.rejectSubmits > 0) {
            // The retry of a rejected submit is the same job: it gets the same scenario, one rejection fewer.
            *reject = true;
            Scenario retry = scenario;
            --retry.rejectSubmits;
            m_scenarios.prepend(retry);
        }
        return scenario;
    }
    Scenario scenario;
    const QString name = FalScenario::markerIn(input.value(QLatin1String("prompt")).toString());
    if (name.isEmpty() || !FalScenario::fromName(name, &scenario))
        return m_defaultScenario;
    if (scenario.rejectSubmits > 0) {
        if (!m_markerRejectionsLeft.contains(name))
            m_markerRejectionsLeft.insert(name, scenario.rejectSubmits);
        int &left = m_markerRejectionsLeft[name];
        if (left > 0) {
            --left;
            *reject = true;
        } else {
            m_markerRejectionsLeft.remove(name);
        }
    }
    return scenario;
}

void FalServer::submit(const QString &model, const HttpRequest &request, HttpExchange *exchange)
{
    if (!FalModelRunner::isKnownModel(model)) {
        exchange->respondJson(404, compact({{QStringLiteral("detail"),
                                             QStringLiteral("Application '%1' not found").arg(model)}}));
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        exchange->respondJson(400,
                              R"({"detail":"Request body is not valid JSON","error_type":"bad_request"})");
        return;
    }
    if (!m_lockReason.isEmpty()) {
        lockedAnswer(exchange);
        return;
    }
    const std::optional<qint64> lifetime = lifecycleOf(request, exchange);
    if (!lifetime)
        return;
    bool reject = false;
    const Scenario scenario = scenarioForSubmit(document.object(), &reject);
    if (!scenario.replay.isEmpty()) {
        replaySubmit(model, document.object(), scenario, exchange);
        return;
    }
    if (reject) {
        const QByteArray body =
            scenario.rejectStatus == 429
                ? R"({"detail":"Too many requests, slow down.","error_type":"rate_limited"})"
                : R"({"detail":"No runner available","error_type":"runner_scheduling_failure"})";
        // Retry-After as delta-seconds or as an HTTP date (RFC 9110 10.2.3), always in GMT.
        const QByteArray retryAfter =
            scenario.retryAfterAsDate
                ? QLocale::c()
                      .toString(QDateTime::currentDateTimeUtc().addSecs(scenario.retryAfterSeconds),
                                QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                      .toLatin1()
                : QByteArray::number(scenario.retryAfterSeconds);
        QHash<QByteArray, QByteArray> headers{{"Retry-After", retryAfter}};
        if (!scenario.retryableHeader.isEmpty())
            headers.insert("X-Fal-Retryable", scenario.retryableHeader);
        exchange->respondJson(scenario.rejectStatus, body, headers);
        return;
    }

    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.model = model;
    job.ownerApp = model.section(QLatin1Char('/'), 0, 1);
    job.input = document.object();
    job.scenario = scenario;
    job.payloadStored = request.header("x-fal-store-io").trimmed() != "0";
    job.outputLifetimeSeconds = *lifetime;
    job.sinceStep.start();
    QJsonObject answer = urlsFor(job);
    if (!scenario.submitWithoutStatus)
        answer.insert(QStringLiteral("status"), QStringLiteral("IN_QUEUE"));
    answer.insert(QStringLiteral("queue_position"), std::max(0, scenario.queuePositions - 1));
    m_jobs.insert(job.id, job);
    exchange->respondJson(200, compact(answer), {{"x-fal-request-id", job.id.toLatin1()}});
}

void FalServer::routeRequest(const QStringList &segments, const HttpRequest &request, HttpExchange *exchange)
{
    const QString ownerApp = segments.mid(0, 2).join(QLatin1Char('/'));
    const QString id = segments.at(3);
    const QStringList rest = segments.mid(4);
    auto job = m_jobs.find(id);
    if (request.method == "PUT" && rest == QStringList{QStringLiteral("cancel")}) {
        cancel(job != m_jobs.end() && job->ownerApp == ownerApp ? id : QString(), exchange);
        return;
    }
    if (request.method != "GET") {
        exchange->respondJson(405, R"({"detail":"Method Not Allowed"})");
        return;
    }
    if (job == m_jobs.end() || job->ownerApp != ownerApp) {
        exchange->respondJson(404, R"({"detail":"Request not found"})");
        return;
    }
    if (rest.isEmpty())
        result(*job, exchange);
    else if (rest == QStringList{QStringLiteral("status")})
        status(*job, request, exchange);
    else if (rest == QStringList{QStringLiteral("status"), QStringLiteral("stream")})
        streamStatus(id, request, exchange);
    else
        exchange->respondJson(404, R"({"detail":"Not Found"})");
}

int FalServer::lastStep(const Job &job) const
{
    const int completed = job.scenario.queuePositions + progressSteps(job.scenario);
    return job.scenario.stall ? completed - 1 : completed;
}

bool FalServer::isCompleted(const Job &job) const
{
    return job.cancelled || job.step >= job.scenario.queuePositions + progressSteps(job.scenario);
}

void FalServer::advance(Job &job, bool force)
{
    if (job.step < lastStep(job) && (force || job.sinceStep.elapsed() >= m_stepDelayMs)) {
        ++job.step;
        job.sinceStep.restart();
    }
}

QJsonObject FalServer::urlsFor(const Job &job) const
{
    // Status, result and cancel live under owner/app only: the subpath is dropped (fal.md B.1).
    QUrl base = baseUrl();
    base.setPath(QStringLiteral("/%1/requests/%2").arg(job.ownerApp, job.id));
    const QString response = base.toString();
    return {{QStringLiteral("request_id"), job.id},
            {QStringLiteral("response_url"), response},
            {QStringLiteral("status_url"), QString(response + QStringLiteral("/status"))},
            {QStringLiteral("cancel_url"), QString(response + QStringLiteral("/cancel"))}};
}

QJsonObject FalServer::statusObject(const Job &job, bool withLogs) const
{
    const Scenario &scenario = job.scenario;
    QJsonObject status = urlsFor(job);
    if (isCompleted(job)) {
        status.insert(QStringLiteral("status"), QStringLiteral("COMPLETED"));
        if (scenario.metrics)
            status.insert(QStringLiteral("metrics"), QJsonObject{{QStringLiteral("inference_time"), 0.42}});
        if (job.cancelled) {
            status.insert(QStringLiteral("error"), QStringLiteral("Request was cancelled"));
            status.insert(QStringLiteral("error_type"), QStringLiteral("client_cancelled"));
        } else if (!scenario.completedError.isEmpty()) {
            status.insert(QStringLiteral("error"), scenario.completedError);
            status.insert(QStringLiteral("error_type"), scenario.completedErrorType);
        }
    } else if (job.step < scenario.queuePositions) {
        status.insert(QStringLiteral("status"), QStringLiteral("IN_QUEUE"));
        status.insert(QStringLiteral("queue_position"), scenario.queuePositions - 1 - job.step);
        return status;
    } else {
        status.insert(QStringLiteral("status"), QStringLiteral("IN_PROGRESS"));
    }
    if (scenario.logs == Scenario::Logs::Absent)
        return status;
    if (scenario.logs == Scenario::Logs::Null || !withLogs) {
        status.insert(QStringLiteral("logs"), QJsonValue::Null);
        return status;
    }
    const int shown = isCompleted(job) ? int(scenario.logLines.size())
                                       : std::min<int>(job.step - scenario.queuePositions + 1,
                                                       int(scenario.logLines.size()));
    QJsonArray logs;
    for (int i = 0; i < shown; ++i) {
        logs.append(
            QJsonObject{{QStringLiteral("message"), scenario.logLines.at(i)},
                        {QStringLiteral("level"), QStringLiteral("INFO")},
                        {QStringLiteral("source"), QStringLiteral("USER")},
                        {QStringLiteral("timestamp"),
                         QStringLiteral("2025-09-01T12:00:%1.000Z").arg(i, 2, 10, QLatin1Char('0'))}});
    }
    status.insert(QStringLiteral("logs"), logs);
    return status;
}

static bool wantsLogs(const HttpRequest &request)
{
    const QString logs = request.query(QStringLiteral("logs"));
    return logs == QLatin1String("1") || logs == QLatin1String("true");
}

void FalServer::status(Job &job, const HttpRequest &request, HttpExchange *exchange)
{
    if (!job.scenario.replay.isEmpty()) {
        replayStatus(job, exchange);
        return;
    }
    if (job.failedStatusReads < job.scenario.failStatusReads) {
        ++job.failedStatusReads;
        exchange->respondJson(500, R"({"detail":"Internal server error","error_type":"internal_error"})");
        return;
    }
    if (job.silentStatusReads < job.scenario.silentStatusReads) {
        ++job.silentStatusReads;
        return; // the connection stays open with no answer until the client gives up
    }
    advance(job, false);
    exchange->respondJson(isCompleted(job) ? 200 : 202, compact(statusObject(job, wantsLogs(request))));
}

void FalServer::streamStatus(const QString &id, const HttpRequest &request, HttpExchange *exchange)
{
    const bool withLogs = wantsLogs(request);
    exchange->beginStream(200, "text/event-stream", {}, true);
    exchange->send(": connected\n\n");
    auto *timer = new QTimer(exchange);
    auto tick = [this, id, withLogs, exchange, timer](bool first) {
        auto job = m_jobs.find(id);
        if (job == m_jobs.end() || !exchange->isOpen()) {
            timer->stop();
            exchange->close();
            return;
        }
        if (!first)
            advance(*job, true);
        // A comment between events, as fal's keep-alives arrive, so parsers must skip them.
        exchange->send(": keep-alive\n\ndata: " + compact(statusObject(*job, withLogs)) + "\n\n");
        if (isCompleted(*job)) {
            timer->stop();
            exchange->close();
        }
    };
    connect(timer, &QTimer::timeout, exchange, [tick] { tick(false); });
    timer->start(std::max(1, m_stepDelayMs));
    tick(true);
}

void FalServer::result(Job &job, HttpExchange *exchange)
{
    if (!job.scenario.replay.isEmpty()) {
        replayResult(job, exchange);
        return;
    }
    const QHash<QByteArray, QByteArray> idHeader{{"x-fal-request-id", job.id.toLatin1()}};
    if (job.cancelled) {
        exchange->respondJson(400, R"({"detail":"Request was cancelled","error_type":"client_cancelled"})",
                              idHeader);
        return;
    }
    if (!isCompleted(job)) {
        exchange->respondJson(400, R"({"detail":"Request is still in progress"})", idHeader);
        return;
    }
    if (job.scenario.resultStatus != 200) {
        QHash<QByteArray, QByteArray> headers = job.scenario.resultHeaders;
        headers.insert(idHeader);
        exchange->respondJson(job.scenario.resultStatus, job.scenario.resultBody, headers);
        return;
    }
    if (!job.hasOutput) {
        job.output = runner().run(job.model, job.input, job.scenario, job.id);
        job.hasOutput = true;
    }
    QHash<QByteArray, QByteArray> headers = job.output.headers;
    headers.insert(idHeader);
    if (!m_billableUnits.isEmpty())
        headers.insert("X-Fal-Billable-Units", m_billableUnits);
    exchange->respond(job.output.status, "application/json", job.output.body, headers);
}

void FalServer::cancel(const QString &id, HttpExchange *exchange)
{
    auto job = m_jobs.find(id);
    if (id.isEmpty() || job == m_jobs.end()) {
        exchange->respondJson(404, R"({"status":"NOT_FOUND"})");
    } else if (isCompleted(*job)) {
        exchange->respondJson(400, R"({"status":"ALREADY_COMPLETED"})");
    } else {
        job->cancelled = true;
        exchange->respondJson(202, R"({"status":"CANCELLATION_REQUESTED"})");
    }
}

} // namespace confab::testserver
