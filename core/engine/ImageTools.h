#pragma once

#include "engine/TurnRequest.h"

#include <QJsonArray>

namespace confab {

struct ToolCall;

// The tools Auto mode offers the model: it answers in text, or asks for an image to be made or edited.
QJsonArray imageToolDefinitions();

struct ImageToolRequest
{
    enum class Kind
    {
        Generate,
        Edit,
        Unknown
    };

    Kind kind = Kind::Unknown;
    QString prompt;
    ImageOptions options;
    // Why the call cannot run (unknown tool, arguments that are not JSON, no prompt), told back to the model.
    QString error;
};

ImageToolRequest parseImageToolCall(const ToolCall &call);

} // namespace confab
