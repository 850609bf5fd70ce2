#pragma once

#include "fal/FalImageFetcher.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace confab {

struct FalLogLine
{
    QString key; // timestamp and message: each status repeats the whole log, so lines are told apart by it
    QString message;
};

// One queue status body as fal sends it: {"status":"IN_QUEUE","queue_position":2,"logs":[…]}, …
struct FalStatusAnswer
{
    QString state; // IN_QUEUE, IN_PROGRESS, COMPLETED, or whatever else fal said
    int queuePosition = 0;
    QList<FalLogLine> logs; // only lines with a message
    std::optional<double> inferenceSeconds;
    bool hasError = false; // COMPLETED although the job failed
};

// One result body: {"images":[{"url":…}],"has_nsfw_concepts":[…],"seed":…,"description":…}.
struct FalResultAnswer
{
    QList<FalOutputImage> images;
    std::optional<qint64> seed;
    QString description;
};

// Pure readers of fal's queue answers; FalJob acts on what they return. Anything missing or of the wrong type
// reads as absent.
namespace FalQueueAnswers {

std::optional<QJsonObject> parseObject(const QByteArray &body);
FalStatusAnswer readStatus(const QJsonObject &status);
FalResultAnswer readResult(const QJsonObject &output);

} // namespace FalQueueAnswers

} // namespace confab
