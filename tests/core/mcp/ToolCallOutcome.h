#pragma once

#include "mcp/McpClient.h"

#include <QJsonObject>
#include <QJsonValue>

#include <memory>

namespace confab::test {

// What a tools/call came to, filled in as the client answers it.
struct ToolCallOutcome
{
    bool done = false;
    McpToolResult result;
    QString error;
    QList<McpProgress> progress;
};

enum class Progress
{
    Asked,
    NotAsked
};

// Calls `tool` with `arguments`; the outcome fills in as the answer arrives, and so does any progress when it
// is asked for (the request then carries a progress token). `id`, when given, receives the request's JSON-RPC
// id.
inline std::shared_ptr<ToolCallOutcome> startToolCall(McpClient &client, const QString &tool,
                                                      const QJsonObject &arguments, Progress progress,
                                                      QJsonValue *id = nullptr)
{
    auto outcome = std::make_shared<ToolCallOutcome>();
    McpClient::ProgressHandler onProgress;
    if (progress == Progress::Asked)
        onProgress = [outcome](const McpProgress &update) { outcome->progress.append(update); };
    const QJsonValue sent = client.callTool(
        tool, arguments,
        [outcome](const McpToolResult &result, const QString &error) {
            outcome->done = true;
            outcome->result = result;
            outcome->error = error;
        },
        std::move(onProgress));
    if (id)
        *id = sent;
    return outcome;
}

} // namespace confab::test
