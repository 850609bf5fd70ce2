#include "ThinkingRound.h"

#include <QJsonDocument>
#include <QSet>

namespace confab::testserver {

namespace {

QJsonObject detail(const QString &type, int index, const QJsonObject &fields)
{
    QJsonObject entry{{QStringLiteral("type"), type},
                      {QStringLiteral("index"), index},
                      {QStringLiteral("format"), QStringLiteral("google-gemini-v1")}};
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        entry.insert(it.key(), it.value());
    return entry;
}

QString callId(const QJsonValue &call)
{
    return call.toObject().value(QStringLiteral("id")).toString();
}

} // namespace

ThinkingReasoning thinkingReasoning(const QString &prompt, const QString &seed)
{
    ThinkingReasoning reasoning;
    reasoning.text = {QStringLiteral("The user wants "), QStringLiteral("\"") + prompt.left(40),
                      QStringLiteral("\". A picture helps: "), QStringLiteral("I will call the image tool.")};
    const QString signature = QStringLiteral("sig-") + seed;
    const QString id = QStringLiteral("rs-") + seed;
    const QString secret = QString::fromLatin1(QByteArray("encrypted-thoughts-" + seed.toUtf8()).toBase64());
    for (qsizetype i = 0; i < reasoning.text.size(); ++i) {
        QJsonObject fields{{QStringLiteral("text"), reasoning.text.at(i)}};
        if (i == 0)
            fields.insert(QStringLiteral("id"), id);
        // Gemini and Claude send the signature only with the last piece of a thinking block.
        fields.insert(QStringLiteral("signature"),
                      i + 1 == reasoning.text.size() ? QJsonValue(signature) : QJsonValue(QJsonValue::Null));
        QJsonArray chunk{detail(QStringLiteral("reasoning.text"), 0, fields)};
        if (i + 1 == reasoning.text.size())
            chunk.append(detail(QStringLiteral("reasoning.encrypted"), 1,
                                QJsonObject{{QStringLiteral("data"), secret}}));
        reasoning.fragments.append(chunk);
    }
    reasoning.merged.append(detail(QStringLiteral("reasoning.text"), 0,
                                   QJsonObject{{QStringLiteral("text"), reasoning.text.join(QString())},
                                               {QStringLiteral("id"), id},
                                               {QStringLiteral("signature"), signature}}));
    reasoning.merged.append(
        detail(QStringLiteral("reasoning.encrypted"), 1, QJsonObject{{QStringLiteral("data"), secret}}));
    return reasoning;
}

bool continuesToolConversation(const QJsonObject &body)
{
    for (const QJsonValue &value : body.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        if (message.value(QStringLiteral("role")).toString() == QLatin1String("tool") ||
            !message.value(QStringLiteral("tool_calls")).toArray().isEmpty())
            return true;
    }
    return false;
}

QString followUpProblem(const QJsonObject &body, const QHash<QString, QJsonArray> &issued)
{
    if (body.value(QStringLiteral("tools")).toArray().isEmpty())
        return QStringLiteral("Requests which include tool calls or tool results must define tools.");
    QSet<QString> asked;
    QSet<QString> answered;
    for (const QJsonValue &value : body.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        if (message.value(QStringLiteral("role")).toString() == QLatin1String("tool"))
            answered.insert(message.value(QStringLiteral("tool_call_id")).toString());
        const QJsonArray calls = message.value(QStringLiteral("tool_calls")).toArray();
        if (calls.isEmpty())
            continue;
        for (const QJsonValue &call : calls)
            asked.insert(callId(call));
        const auto expected = issued.constFind(callId(calls.first()));
        if (expected != issued.constEnd() &&
            message.value(QStringLiteral("reasoning_details")).toArray() != *expected)
            return QStringLiteral(
                "Gemini models require OpenRouter reasoning details to be preserved in each "
                "request. Please refer to our docs: https://openrouter.ai/docs/guides/"
                "best-practices/reasoning-tokens#preserving-reasoning-blocks.");
    }
    if (asked != answered)
        return QStringLiteral("Each tool call must be answered by one tool message with its tool_call_id.");
    return {};
}

QString switchedProviderProblem(const QJsonObject &body, const QHash<QString, QString> &sessions)
{
    const QString session = body.value(QStringLiteral("session_id")).toString();
    for (const QJsonValue &value : body.value(QStringLiteral("messages")).toArray()) {
        const QJsonArray calls = value.toObject().value(QStringLiteral("tool_calls")).toArray();
        if (calls.isEmpty())
            continue;
        const auto issuedUnder = sessions.constFind(callId(calls.first()));
        if (issuedUnder != sessions.constEnd() && (issuedUnder->isEmpty() || *issuedUnder != session))
            return QStringLiteral("Corrupted thought signature.");
    }
    return {};
}

QByteArray followUpErrorBody(const QString &problem)
{
    const QJsonObject error{
        {QStringLiteral("code"), 400},
        {QStringLiteral("message"), QStringLiteral("Provider returned error")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("provider_name"), QStringLiteral("Google AI Studio")},
                     {QStringLiteral("raw"),
                      QString::fromUtf8(
                          QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                     QJsonObject{{QStringLiteral("code"), 400},
                                                                 {QStringLiteral("message"), problem},
                                                                 {QStringLiteral("status"),
                                                                  QStringLiteral("INVALID_ARGUMENT")}}}})
                              .toJson(QJsonDocument::Compact))}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

} // namespace confab::testserver
