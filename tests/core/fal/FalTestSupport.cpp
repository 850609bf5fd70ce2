#include "FalTestSupport.h"

#include "Wait.h"
#include "catch.h"

namespace confab::test {

FalFixture::FalFixture()
{
    REQUIRE(server.listen());
    server.setStepDelayMs(0);
    server.setExpectedKey(FalTestKey);
    client.setApiKey(QString::fromLatin1(FalTestKey));
    client.setQueueBaseUrl(server.baseUrl());
    client.setStorageBaseUrl(server.baseUrl());
    client.setPlatformBaseUrl(server.baseUrl());
    setTuning([](FalTuning &tuning) {
        tuning.pollIntervalMs = 2;
        tuning.pollMaxIntervalMs = 10;
        tuning.retryBaseMs = 2;
        tuning.retryMaxMs = 10;
        tuning.requestTimeoutMs = 5000;
        tuning.jobTimeoutMs = 20000;
    });
}

void FalFixture::setTuning(const std::function<void(FalTuning &)> &change)
{
    FalTuning tuning = client.tuning();
    change(tuning);
    client.setTuning(tuning);
}

FalJob *FalFixture::generate(const QString &prompt, int numImages, const QString &format)
{
    FluxUltraOptions options;
    options.prompt = prompt;
    options.numImages = numImages;
    options.outputFormat = format;
    return client.generate(options);
}

FalJob *FalFixture::runScenario(const QString &scenarioName, int numImages)
{
    testserver::FalScenario scenario;
    REQUIRE(testserver::FalServer::scenarioFromName(scenarioName, &scenario));
    server.enqueue(scenario);
    return generate(QStringLiteral("a lighthouse at dusk"), numImages);
}

FalOutcome::FalOutcome(FalJob *job)
{
    QObject::connect(job, &FalJob::queued, job, [this](int position) { positions.append(position); });
    QObject::connect(job, &FalJob::logs, job, [this](const QStringList &lines) { logLines += lines; });
    QObject::connect(job, &FalJob::progress, job, [this](const QString &text) { progress.append(text); });
    QObject::connect(job, &FalJob::finished, job, [this, job](const FalResult &r) {
        result = r;
        requestId = job->requestId();
        ++finalSignals;
    });
    QObject::connect(job, &FalJob::failed, job, [this, job](const FalError &e) {
        error = e;
        requestId = job->requestId();
        ++finalSignals;
    });
}

bool FalOutcome::waitForEnd(int timeoutMs)
{
    const bool ended = waitUntil([this] { return finalSignals > 0; }, timeoutMs);
    // Anything still queued (a second final signal would be a bug) gets its chance to show up.
    spinFor(20);
    return ended;
}

QImage imageOf(const FalImage &image)
{
    return QImage::fromData(image.bytes);
}

bool near(QColor a, QColor b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace confab::test
