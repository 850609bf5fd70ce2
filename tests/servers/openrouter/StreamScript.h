#pragma once

#include "Scenario.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace confab::testserver {

// The facts a chat answer is built from: who asked, what they asked, and what the answer is.
struct AnswerPlan
{
    QString generationId;
    QString model;
    QString provider = QStringLiteral("Confab Test");
    QString prompt;   // the last user message's text
    QString toolName; // the first tool the request offered
    // Calls the prompt asked for by name ("[call:NAME]ARGUMENTS[/call]"), instead of the scenario's calls of
    // toolName: a test names the MCP tool (server__tool) and its arguments.
    QList<QPair<QString, QString>> calls;
    QStringList tokens; // the answer text in the pieces it streams in
    QStringList reasoning;
    QList<QJsonArray> reasoningDetails; // sent alongside reasoning[i] when present
    QByteArray image;                   // PNG bytes for Answer::Image
    QString imageUrl;                   // sent instead of the data URI when the scenario links the picture
    int promptTokens = 0;
    QString finishReason; // "length" when the answer was cut to the request's limit; empty: stop/tool_calls
};

// The SSE byte stream for a scenario, one entry per event (comments included), framed with the scenario's
// line ends. The ending (disconnect, stall) is applied by the server; this only lists what is written before
// it.
class StreamScript
{
public:
    StreamScript(const Scenario &scenario, const AnswerPlan &plan);

    QList<QByteArray> events() const;
    QByteArray comment() const;
    int completionTokens() const;
    double cost() const;

    // The id the stream gives its index-th tool call.
    static QString toolCallId(const QString &generationId, int index);
    bool callsTools() const;

    // The bytes of all events split the way the scenario writes them.
    static QList<QByteArray> splitForWriting(const QList<QByteArray> &events, const Scenario &scenario);

private:
    QByteArray frame(const QJsonObject &chunk) const;
    QByteArray frameRaw(const QByteArray &data) const;
    QByteArray lineEnd() const;
    QJsonObject chunk(const QJsonObject &delta, const QJsonValue &finishReason = QJsonValue::Null) const;
    QList<QByteArray> toolCallEvents() const;
    QByteArray errorEvent() const;
    QByteArray usageEvent() const;

    Scenario m_scenario;
    AnswerPlan m_plan;
};

// Splits text into small pieces like a tokenizer would: words with their leading space, long words in parts.
QStringList tokenize(const QString &text);

} // namespace confab::testserver
