#pragma once

#include "fal/FalHttpCall.h"
#include "fal/FalTypes.h"

#include <QJsonObject>

namespace confab {

// Turns what fal answered into an error a person can act on. The key is never part of any message.
namespace FalErrors {

enum class Phase
{
    Upload,
    Submit,
    Status,
    Result,
    Download
};

FalError fromResponse(const FalHttpResponse &response, Phase phase);
// fal's own words about a failed answer (its `detail` or `message`), cut to a readable length; empty when it
// said nothing readable.
QString detailText(const FalHttpResponse &response);
// A COMPLETED status that carries an error: the job failed although the queue says it is done.
FalError fromCompletedStatus(const QJsonObject &status);
FalError make(FalError::Kind kind, const QString &message, int httpStatus = 0, const QString &type = {});

} // namespace FalErrors

} // namespace confab
