#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace confab {

// A link a tool result pointed at (an MCP resource_link): shown, never fetched by Confab.
struct ToolResourceLink
{
    QString uri;
    QString name;

    bool operator==(const ToolResourceLink &) const = default;
};

// One call of an MCP tool made while writing an answer, kept with the answer (in its metadata, so export,
// import and sync carry it like citations). It holds the result as the model saw it, never the server's
// configuration: on another machine the server may not exist.
struct ToolCallRecord
{
    enum class State
    {
        Asking,    // waiting for the user's approval
        Running,   // tools/call sent, no answer yet
        Done,      // the server answered (isError says whether the tool itself failed)
        Failed,    // no usable answer: timeout, the server exited, an answer over the limit, unknown tool
        Denied,    // the user (or the command line's rules) refused the call
        Cancelled, // the user pressed Stop while it ran
    };

    // What is kept of a result's text; the model is sent the same text, so what it read is what is shown.
    static constexpr qsizetype MaxResultChars = 100'000;

    QString callId;       // the model's tool_call id, for replaying the conversation
    QString functionName; // the name the model called ("server__tool")
    QString server;
    QString tool;
    QString arguments; // JSON text exactly as the model wrote it
    State state = State::Running;
    QString resultText;      // text parts of the result, capped at MaxResultChars
    bool truncated = false;  // resultText was cut
    QStringList imageHashes; // result pictures in the image store; also images of the answer (see Turn)
    QList<ToolResourceLink> links;
    bool isError = false; // the tool reported failure (MCP isError)
    QString error;        // why Failed / Denied / Cancelled, for the user and the model
    QDateTime startedAt;
    qint64 durationMs = 0;
    // Live progress while Running (notifications/progress); total < 0 when the server does not know.
    double progress = -1;
    double total = -1;
    QString progressMessage;

    bool isFinished() const { return state != State::Asking && state != State::Running; }
    // What goes back to the model as the tool message's content.
    QString textForModel() const;

    bool operator==(const ToolCallRecord &) const = default;
};

QString toString(ToolCallRecord::State state);
QJsonArray toolCallsToJson(const QList<ToolCallRecord> &calls);
// Entries are checked like any input from a synced folder or an import: unknown states become Failed, texts
// are capped, links that are not plain URIs are dropped.
QList<ToolCallRecord> toolCallsFromJson(const QJsonArray &json);

} // namespace confab

Q_DECLARE_METATYPE(confab::ToolCallRecord)
