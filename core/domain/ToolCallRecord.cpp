#include "domain/ToolCallRecord.h"

#include "common/ContentHash.h"

#include <QJsonObject>
#include <QUrl>

namespace confab {

namespace {

using State = ToolCallRecord::State;

const QList<std::pair<State, QString>> &stateNames()
{
    static const QList<std::pair<State, QString>> names{
        {State::Asking, QStringLiteral("asking")}, {State::Running, QStringLiteral("running")},
        {State::Done, QStringLiteral("done")},     {State::Failed, QStringLiteral("failed")},
        {State::Denied, QStringLiteral("denied")}, {State::Cancelled, QStringLiteral("cancelled")},
    };
    return names;
}

// Names, ids and arguments are short in any real call; a record from outside may claim anything.
constexpr qsizetype MaxShortText = 256;
constexpr qsizetype MaxArgumentsChars = 64 * 1024;
constexpr qsizetype MaxImages = 16;
constexpr qsizetype MaxLinks = 64;
constexpr qsizetype MaxCalls = 256;

QString capped(const QString &text, qsizetype limit)
{
    return text.size() > limit ? text.left(limit) : text;
}

} // namespace

QString toString(ToolCallRecord::State state)
{
    for (const auto &[value, name] : stateNames())
        if (value == state)
            return name;
    return QStringLiteral("failed");
}

QString ToolCallRecord::textForModel() const
{
    switch (state) {
    case State::Denied:
        return QStringLiteral("The user did not allow this tool call. %1").arg(error).trimmed();
    case State::Cancelled:
        return QStringLiteral("The user stopped this tool call.");
    case State::Failed:
        return QStringLiteral("The tool call failed: %1").arg(error);
    case State::Asking:
    case State::Running:
    case State::Done:
        break;
    }
    QString text = resultText;
    if (truncated)
        text += QStringLiteral("\n[Result cut at %1 characters by Confab.]").arg(MaxResultChars);
    if (isError)
        text = QStringLiteral("The tool reported an error: ") + text;
    return text;
}

QJsonArray toolCallsToJson(const QList<ToolCallRecord> &calls)
{
    QJsonArray json;
    for (const ToolCallRecord &call : calls) {
        QJsonObject object{
            {QStringLiteral("call_id"), call.callId},      {QStringLiteral("function"), call.functionName},
            {QStringLiteral("server"), call.server},       {QStringLiteral("tool"), call.tool},
            {QStringLiteral("arguments"), call.arguments}, {QStringLiteral("state"), toString(call.state)},
            {QStringLiteral("result"), call.resultText},   {QStringLiteral("duration_ms"), call.durationMs},
        };
        if (call.truncated)
            object.insert(QStringLiteral("truncated"), true);
        if (call.isError)
            object.insert(QStringLiteral("is_error"), true);
        if (!call.error.isEmpty())
            object.insert(QStringLiteral("error"), call.error);
        if (call.startedAt.isValid())
            object.insert(QStringLiteral("started_at"), call.startedAt.toUTC().toString(Qt::ISODateWithMs));
        if (!call.imageHashes.isEmpty())
            object.insert(QStringLiteral("images"), QJsonArray::fromStringList(call.imageHashes));
        if (!call.links.isEmpty()) {
            QJsonArray links;
            for (const ToolResourceLink &link : call.links)
                links.append(
                    QJsonObject{{QStringLiteral("uri"), link.uri}, {QStringLiteral("name"), link.name}});
            object.insert(QStringLiteral("links"), links);
        }
        // Live progress belongs to a running call only; a finished one keeps none.
        if (!call.isFinished() && call.progress >= 0) {
            object.insert(QStringLiteral("progress"), call.progress);
            object.insert(QStringLiteral("total"), call.total);
            object.insert(QStringLiteral("progress_message"), call.progressMessage);
        }
        json.append(object);
    }
    return json;
}

QList<ToolCallRecord> toolCallsFromJson(const QJsonArray &json)
{
    QList<ToolCallRecord> calls;
    for (const QJsonValue &value : json) {
        if (calls.size() >= MaxCalls)
            break;
        const QJsonObject object = value.toObject();
        ToolCallRecord call;
        call.callId = capped(object.value(QStringLiteral("call_id")).toString(), MaxShortText);
        call.functionName = capped(object.value(QStringLiteral("function")).toString(), MaxShortText);
        call.server = capped(object.value(QStringLiteral("server")).toString(), MaxShortText);
        call.tool = capped(object.value(QStringLiteral("tool")).toString(), MaxShortText);
        call.arguments = capped(object.value(QStringLiteral("arguments")).toString(), MaxArgumentsChars);
        call.state = State::Failed;
        const QString state = object.value(QStringLiteral("state")).toString();
        for (const auto &[known, name] : stateNames())
            if (name == state)
                call.state = known;
        call.resultText = object.value(QStringLiteral("result")).toString();
        call.truncated = object.value(QStringLiteral("truncated")).toBool();
        if (call.resultText.size() > ToolCallRecord::MaxResultChars) {
            call.resultText.truncate(ToolCallRecord::MaxResultChars);
            call.truncated = true;
        }
        call.isError = object.value(QStringLiteral("is_error")).toBool();
        call.error = capped(object.value(QStringLiteral("error")).toString(), 4096);
        call.startedAt =
            QDateTime::fromString(object.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
        call.durationMs = std::max<qint64>(0, object.value(QStringLiteral("duration_ms")).toInteger());
        for (const QJsonValue &hash : object.value(QStringLiteral("images")).toArray()) {
            const QString text = hash.toString();
            // Image store keys are SHA-256 hex: anything else could name a path.
            if (isContentHash(text) && call.imageHashes.size() < MaxImages)
                call.imageHashes.append(text);
        }
        for (const QJsonValue &entry : object.value(QStringLiteral("links")).toArray()) {
            const QJsonObject link = entry.toObject();
            const QUrl uri(link.value(QStringLiteral("uri")).toString(), QUrl::StrictMode);
            if (!uri.isValid() || uri.scheme().isEmpty() || call.links.size() >= MaxLinks)
                continue;
            call.links.append({capped(uri.toString(), 2048),
                               capped(link.value(QStringLiteral("name")).toString(), MaxShortText)});
        }
        if (!call.isFinished()) {
            call.progress = object.value(QStringLiteral("progress")).toDouble(-1);
            call.total = object.value(QStringLiteral("total")).toDouble(-1);
            call.progressMessage =
                capped(object.value(QStringLiteral("progress_message")).toString(), MaxShortText);
        }
        calls.append(call);
    }
    return calls;
}

} // namespace confab
