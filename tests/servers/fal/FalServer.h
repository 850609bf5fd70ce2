#pragma once

#include "FalModelRunner.h"
#include "FalScenario.h"
#include "http/RawHttpServer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>

namespace confab::testserver {

// A stand-in for fal.ai on 127.0.0.1 that speaks its queue protocol (fal.md B.1–B.7): submit, status (polled
// or streamed), result, cancel; storage upload; file hosting; and a sync host under /sync. One port serves
// the queue, storage and file hosts.
//
// Which behaviour a submitted job gets: the next scenario enqueued by the test; else a "[scenario:NAME]"
// marker in the prompt; else a normal job. A job moves one step (queue position, log line, completion) per
// status read at most, and only once stepDelayMs has passed since its last step, so every step is seen by
// some read.
class FalServer : public QObject
{
    Q_OBJECT
public:
    using Scenario = FalScenario;

    explicit FalServer(QObject *parent = nullptr);

    bool listen(quint16 port = 0);
    QUrl baseUrl() const { return m_http.baseUrl(); }
    QUrl syncBaseUrl() const; // base for the "fal.run" host: POST {syncBaseUrl}/{model}

    // Requests must carry "Authorization: Key <key>"; with an empty key any non-empty key is accepted.
    void setExpectedKey(const QByteArray &key) { m_expectedKey = key; }
    void setStepDelayMs(int ms) { m_stepDelayMs = ms; }
    int stepDelayMs() const { return m_stepDelayMs; }

    void enqueue(const Scenario &scenario) { m_scenarios.append(scenario); }
    // What a job without a queued scenario or a prompt marker does (confab-testserver --fal-scenario).
    void setDefaultScenario(const Scenario &scenario) { m_defaultScenario = scenario; }
    static QStringList scenarioNames() { return FalScenario::names(); }
    static bool scenarioFromName(const QString &name, Scenario *scenario)
    {
        return FalScenario::fromName(name, scenario);
    }

    const QList<HttpRequest> &requests() const { return m_http.requests(); }
    // Recorded requests with this method whose path starts with pathPrefix.
    QList<HttpRequest> requestsTo(const QByteArray &method, const QString &pathPrefix) const;
    void clearRequests() { m_http.clearRequests(); }
    bool wasCancelled(const QString &requestId) const { return m_jobs.value(requestId).cancelled; }
    // The input JSON a job was submitted with.
    QJsonObject submittedInput(const QString &requestId) const { return m_jobs.value(requestId).input; }
    // Whether fal would keep the job's JSON input and output for its dashboard (no "X-Fal-Store-IO: 0").
    bool payloadStored(const QString &requestId) const { return m_jobs.value(requestId).payloadStored; }
    // How long the job's generated files live, from its object-lifecycle preference; -1: forever.
    qint64 outputLifetimeSeconds(const QString &requestId) const
    {
        return m_jobs.value(requestId).outputLifetimeSeconds;
    }
    // How long an uploaded file (its /files/… path) lives; -1: forever, as fal keeps uploads by default.
    qint64 uploadLifetimeSeconds(const QString &path) const { return m_uploadLifetimes.value(path, -1); }
    // An account fal will not serve (fal-ai/fal issue #1147: "User is locked. Reason: Exhausted balance…"):
    // submits and upload initiations answer 403 with this detail, status reads still work. Empty: unlocked.
    void setLockReason(const QString &detail) { m_lockReason = detail; }
    // What GET /v1/models/pricing answers for the model (fal's Platform API); both of Confab's models have
    // their published per-image USD price until a test sets another. A negative unitPrice: no entry.
    void setPrice(const QString &model, double unitPrice, const QString &unit = QStringLiteral("image"),
                  const QString &currency = QStringLiteral("USD"));
    // X-Fal-Billable-Units on each result, when set.
    void setBillableUnits(const QByteArray &units) { m_billableUnits = units; }

private:
    struct Job
    {
        QString id;
        QString model;    // full id, with subpath
        QString ownerApp; // the part status/result/cancel URLs use
        QJsonObject input;
        Scenario scenario;
        int step = 0;
        QElapsedTimer sinceStep;
        int failedStatusReads = 0;
        int silentStatusReads = 0;
        bool cancelled = false;
        bool hasOutput = false;
        FalModelOutput output;
        int replayStatusReads = 0;
        bool payloadStored = true;
        qint64 outputLifetimeSeconds = -1;
    };

    void handle(const HttpRequest &request, HttpExchange *exchange);
    bool authorized(const HttpRequest &request, HttpExchange *exchange) const;
    void lockedAnswer(HttpExchange *exchange) const;
    // The expiration an X-Fal-Object-Lifecycle(-Preference) header asks for (-1: none asked); empty after
    // answering 400 to a header that is not the documented {"expiration_duration_seconds": N}.
    std::optional<qint64> lifecycleOf(const HttpRequest &request, HttpExchange *exchange) const;
    void initiateUpload(const HttpRequest &request, HttpExchange *exchange);
    void serveFile(const HttpRequest &request, HttpExchange *exchange);
    void runSync(const QString &model, const HttpRequest &request, HttpExchange *exchange);
    void pricing(const HttpRequest &request, HttpExchange *exchange);

    // Queue host (FalServerQueue.cpp).
    void submit(const QString &model, const HttpRequest &request, HttpExchange *exchange);
    void routeRequest(const QStringList &segments, const HttpRequest &request, HttpExchange *exchange);
    void status(Job &job, const HttpRequest &request, HttpExchange *exchange);
    void streamStatus(const QString &id, const HttpRequest &request, HttpExchange *exchange);
    void result(Job &job, HttpExchange *exchange);
    void cancel(const QString &id, HttpExchange *exchange);
    Scenario scenarioForSubmit(const QJsonObject &input, bool *reject);
    // Replayed jobs (FalServerReplay.cpp).
    void replaySubmit(const QString &model, const QJsonObject &input, const Scenario &scenario,
                      HttpExchange *exchange);
    void replayStatus(Job &job, HttpExchange *exchange);
    void replayResult(Job &job, HttpExchange *exchange);
    QByteArray pointedHere(QByteArray body) const;
    int lastStep(const Job &job) const;
    bool isCompleted(const Job &job) const;
    void advance(Job &job, bool force);
    QJsonObject statusObject(const Job &job, bool withLogs) const;
    QJsonObject urlsFor(const Job &job) const;
    FalModelRunner runner() { return FalModelRunner(&m_files, baseUrl()); }

    RawHttpServer m_http;
    QByteArray m_expectedKey;
    int m_stepDelayMs = 100;
    QList<Scenario> m_scenarios;
    QHash<QString, int> m_markerRejectionsLeft;
    QHash<QString, Job> m_jobs;
    FalFileStore m_files;
    int m_nextId = 1;
    Scenario m_defaultScenario;
    QString m_lockReason;
    QHash<QString, qint64> m_uploadLifetimes;
    QHash<QString, QJsonObject> m_prices;
    QByteArray m_billableUnits;
};

} // namespace confab::testserver
