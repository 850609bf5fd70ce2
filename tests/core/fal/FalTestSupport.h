#pragma once

#include "FalServer.h"
#include "fal/FalClient.h"
#include "fal/FalJob.h"

#include <QImage>
#include <QNetworkAccessManager>

#include <optional>

namespace confab::test {

inline constexpr char FalTestKey[] = "fal-test-key-0123456789";

// A real client talking over loopback to the fal stand-in, with every wait shrunk so jobs finish in
// milliseconds.
struct FalFixture
{
    FalFixture();

    FalJob *generate(const QString &prompt, int numImages = 1, const QString &format = QStringLiteral("png"));
    FalJob *runScenario(const QString &scenarioName, int numImages = 1);
    void setTuning(const std::function<void(FalTuning &)> &change);

    QNetworkAccessManager network;
    testserver::FalServer server;
    FalClient client{&network};
};

// Everything a job told its listener, in order.
struct FalOutcome
{
    explicit FalOutcome(FalJob *job);
    bool waitForEnd(int timeoutMs = 10000);

    QList<int> positions;
    QStringList logLines;
    QStringList progress;
    std::optional<FalResult> result;
    std::optional<FalError> error;
    int finalSignals = 0;
    QString requestId;
};

QImage imageOf(const FalImage &image);
// Whether two colours are within a JPEG's worth of each other.
bool near(QColor a, QColor b, int tolerance = 24);

} // namespace confab::test
