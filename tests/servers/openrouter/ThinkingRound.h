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

// A thought signature is valid only at the provider that made it. OpenRouter routes the requests that share a
// session_id to one provider (API reference: ChatRequest.session_id, "sticky routing key"); without it the
// next round may land elsewhere. `sessions` maps each issued tool call id to the session_id its request
// carried; the answer is a refusal when a replayed call comes back under another (or no) session_id.
QString switchedProviderProblem(const QJsonObject &body, const QHash<QString, QString> &sessions);

// Whether the request continues a tool conversation (it holds tool calls or tool results).
bool continuesToolConversation(const QJsonObject &body);

// The 400 body a provider gives for a refused follow-up, in OpenRouter's error shape.
QByteArray followUpErrorBody(const QString &problem);

} // namespace confab::testserver
