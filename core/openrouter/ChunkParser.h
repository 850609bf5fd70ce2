#pragma once

#include "domain/Citation.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace confab {

struct ToolCallDelta
{
    int index = -1; // -1 when the provider left it out
    QString id;
    QString name;
    QString arguments;
};

struct ImageOutput
{
    QByteArray bytes; // decoded; empty when the model gave a plain URL
    QString mime;
    QString url; // only for non-data URLs
};

// Everything one chat.completion.chunk (or a whole non-streamed chat.completion) says.
struct ChunkDelta
{
    bool valid = false; // false for data that is not a JSON object (e.g. a line cut by a dropped connection)
    bool done = false;  // the "[DONE]" sentinel
    QString id;
    QString model;
    QString provider;
    QString content;
    QString reasoning;
    QJsonArray reasoningDetails; // fragments, merged by ReasoningDetailsAssembler
    QList<ToolCallDelta> toolCalls;
    QList<ImageOutput> images;
    QList<Citation> citations; // url_citation annotations
    QString finishReason;

    bool hasUsage = false;
    int promptTokens = 0;
    int completionTokens = 0;
    int reasoningTokens = 0;
    std::optional<double> cost;
    int webSearches = 0; // usage.server_tool_use_details.web_search_requests

    bool hasError = false;
    QString errorMessage;
    QString errorCode;
    int errorStatus = 0;
};

// Pure: parses one SSE data payload. Decodes base64 images, so large payloads are parsed off the GUI thread.
ChunkDelta parseChunk(const QByteArray &data);

// Splits "data:image/png;base64,...." into bytes and MIME type; false if it is not a base64 data URI.
bool decodeDataUri(QByteArrayView uri, QByteArray *bytes, QString *mime);

} // namespace confab
