#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace confab::testserver {

// A thinking model's reasoning as Gemini 3 and Claude stream it through OpenRouter: a readable reasoning.text
// entry in fragments whose signature comes last, and an encrypted entry. What the model means is the merged
// array; the next request of a tool conversation must bring it back unchanged.
struct ThinkingReasoning
{
    QStringList text;            // the readable reasoning, fragment by fragment
    QList<QJsonArray> fragments; // the reasoning_details of each fragment's chunk, same length as text
    QJsonArray merged;           // what a client should assemble and send back
};

ThinkingReasoning thinkingReasoning(const QString &prompt, const QString &seed);

// Why a follow-up request (one carrying tool results) would be refused, or empty when it is well formed:
// `tools` present, every tool call answered by a tool message with its id, and each assistant message with
// tool calls carrying exactly the reasoning_details issued with those calls (when `issued` knows them).
QString followUpProblem(const QJsonObject &body, const QHash<QString, QJsonArray> &issued);

// Whether the request continues a tool conversation (it holds tool calls or tool results).
bool continuesToolConversation(const QJsonObject &body);

// The 400 body a provider gives for a refused follow-up, in OpenRouter's error shape.
QByteArray followUpErrorBody(const QString &problem);

} // namespace confab::testserver
