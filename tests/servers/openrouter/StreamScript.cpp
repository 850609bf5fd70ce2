#include "StreamScript.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace confab::testserver {

namespace {

constexpr double PromptPrice = 0.0000005;
constexpr double CompletionPrice = 0.000002;

QString argumentsFor(int call, const QString &tool)
{
    // Confab's own Auto-mode tools take a prompt; anything else gets the classic weather example.
    if (tool == QStringLiteral("generate_image") || tool == QStringLiteral("edit_image"))
        return call == 0 ? QStringLiteral(R"({"prompt":"A lighthouse at dusk","aspect_ratio":"16:9"})")
                         : QStringLiteral(R"({"prompt":"The same lighthouse at dawn"})");
    return call == 0 ? QStringLiteral(R"({"location":"Paris","unit":"celsius"})")
                     : QStringLiteral(R"({"location":"Tōkyō","unit":"celsius"})");
}

} // namespace

QStringList tokenize(const QString &text)
{
    QStringList tokens;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            tokens.append(current);
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool startsWord = c.isSpace() && !current.isEmpty() && !current.back().isSpace();
        // Keep surrogate pairs whole: a token never holds half a character.
        const bool tooLong = current.size() >= 4 && !c.isLowSurrogate() && !c.isSpace();
        if (startsWord || tooLong)
            flush();
        current.append(c);
    }
    flush();
    return tokens;
}

StreamScript::StreamScript(const Scenario &scenario, const AnswerPlan &plan)
    : m_scenario(scenario)
    , m_plan(plan)
{}

QByteArray StreamScript::lineEnd() const
{
    switch (m_scenario.lineEnding) {
    case Scenario::LineEnding::CrLf:
        return "\r\n";
    case Scenario::LineEnding::Cr:
        return "\r";
    case Scenario::LineEnding::Lf:
        break;
    }
    return "\n";
}

QByteArray StreamScript::comment() const
{
    return ": OPENROUTER PROCESSING" + lineEnd() + lineEnd();
}

QByteArray StreamScript::frameRaw(const QByteArray &data) const
{
    return (m_scenario.dataWithoutSpace ? "data:" : "data: ") + data + lineEnd() + lineEnd();
}

QByteArray StreamScript::frame(const QJsonObject &chunk) const
{
    return frameRaw(QJsonDocument(chunk).toJson(QJsonDocument::Compact));
}

QJsonObject StreamScript::chunk(const QJsonObject &delta, const QJsonValue &finishReason) const
{
    QJsonObject choice{{QStringLiteral("index"), 0},
                       {QStringLiteral("delta"), delta},
                       {QStringLiteral("finish_reason"), finishReason},
                       {QStringLiteral("native_finish_reason"), finishReason},
                       {QStringLiteral("logprobs"), QJsonValue::Null}};
    return QJsonObject{{QStringLiteral("id"), m_plan.generationId},
                       {QStringLiteral("provider"), m_plan.provider},
                       {QStringLiteral("model"), m_plan.model},
                       {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                       {QStringLiteral("created"), 1764031697},
                       {QStringLiteral("choices"), QJsonArray{choice}}};
}

int StreamScript::completionTokens() const
{
    int count = int(m_plan.tokens.size() + m_plan.reasoning.size());
    if (m_scenario.answer == Scenario::Answer::Image)
        count += 1290;
    if (callsTools())
        count += 18;
    return count;
}

double StreamScript::cost() const
{
    return m_plan.promptTokens * PromptPrice + completionTokens() * CompletionPrice;
}

QString StreamScript::toolCallId(const QString &generationId, int index)
{
    return QStringLiteral("call_%1_%2").arg(generationId.right(6)).arg(index);
}

bool StreamScript::callsTools() const
{
    return !m_plan.calls.isEmpty() || m_scenario.answer == Scenario::Answer::ToolCalls ||
           (m_scenario.answer == Scenario::Answer::Thinking && !m_plan.toolName.isEmpty());
}

QList<QByteArray> StreamScript::toolCallEvents() const
{
    const QString name = m_plan.toolName.isEmpty() ? QStringLiteral("get_weather") : m_plan.toolName;
    const bool withIndex = m_scenario.toolStyle != Scenario::ToolStyle::MissingIndex;
    auto call = [&](int index, const QString &id, const QString &callName, const QString &arguments) {
        QJsonObject function{{QStringLiteral("arguments"), arguments}};
        QJsonObject object;
        if (withIndex)
            object.insert(QStringLiteral("index"), index);
        if (!id.isEmpty()) {
            object.insert(QStringLiteral("id"), id);
            object.insert(QStringLiteral("type"), QStringLiteral("function"));
            function.insert(QStringLiteral("name"), callName);
        }
        object.insert(QStringLiteral("function"), function);
        return frame(chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                       {QStringLiteral("content"), QJsonValue::Null},
                                       {QStringLiteral("tool_calls"), QJsonArray{object}}}));
    };

    QList<QByteArray> events;
    for (int index = 0; index < m_plan.calls.size(); ++index) {
        const auto &[callName, arguments] = m_plan.calls.at(index);
        const QString id = toolCallId(m_plan.generationId, index);
        events.append(call(index, id, callName, QString()));
        for (qsizetype at = 0; at < arguments.size(); at += 7)
            events.append(call(index, QString(), QString(), arguments.mid(at, 7)));
    }
    if (!m_plan.calls.isEmpty())
        return events;
    for (int index = 0; index < 2; ++index) {
        const QString id = toolCallId(m_plan.generationId, index);
        const QString arguments = argumentsFor(index, name);
        if (m_scenario.toolStyle == Scenario::ToolStyle::WholeArguments) {
            events.append(call(index, id, name, arguments));
            continue;
        }
        events.append(call(index, id, name, QString()));
        for (qsizetype at = 0; at < arguments.size(); at += 7)
            events.append(call(index, QString(), QString(), arguments.mid(at, 7)));
    }
    return events;
}

QByteArray StreamScript::errorEvent() const
{
    const QJsonValue code =
        m_scenario.stringErrorCode ? QJsonValue(QStringLiteral("server_error")) : QJsonValue(502);
    const QJsonObject error{
        {QStringLiteral("code"), code},
        {QStringLiteral("message"), QStringLiteral("Provider disconnected mid-stream")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("error_type"), QStringLiteral("provider_unavailable")}}}};
    QJsonObject event = chunk(QJsonObject{{QStringLiteral("content"), QString()}}, QStringLiteral("error"));
    if (m_scenario.ending == Scenario::Ending::MidStreamErrorInChoice) {
        QJsonArray choices = event.value(QStringLiteral("choices")).toArray();
        QJsonObject choice = choices.at(0).toObject();
        choice.insert(QStringLiteral("error"), error);
        choices.replace(0, choice);
        event.insert(QStringLiteral("choices"), choices);
    } else {
        event.insert(QStringLiteral("error"), error);
    }
    return frame(event);
}

QByteArray StreamScript::usageEvent() const
{
    const int completion = completionTokens();
    const QJsonObject usage{
        {QStringLiteral("prompt_tokens"), m_plan.promptTokens},
        {QStringLiteral("completion_tokens"), completion},
        {QStringLiteral("total_tokens"), m_plan.promptTokens + completion},
        {QStringLiteral("prompt_tokens_details"), QJsonObject{{QStringLiteral("cached_tokens"), 0}}},
        {QStringLiteral("completion_tokens_details"),
         QJsonObject{{QStringLiteral("reasoning_tokens"), int(m_plan.reasoning.size())}}},
        {QStringLiteral("cost"), cost()},
        {QStringLiteral("is_byok"), false}};
    QJsonObject event = m_scenario.usageWithDummyChoice
                            ? chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                {QStringLiteral("content"), QString()}})
                            : chunk(QJsonObject{});
    if (!m_scenario.usageWithDummyChoice)
        event.insert(QStringLiteral("choices"), QJsonArray{});
    event.insert(QStringLiteral("usage"), usage);
    return frame(event);
}

QList<QByteArray> StreamScript::events() const
{
    QList<QByteArray> out;
    for (int i = 0; i < m_scenario.leadingComments; ++i)
        out.append(comment());
    out.append(frame(chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                       {QStringLiteral("content"), QString()}})));

    for (qsizetype i = 0; i < m_plan.reasoning.size(); ++i) {
        QJsonObject delta{{QStringLiteral("role"), QStringLiteral("assistant")},
                          {QStringLiteral("content"), QString()},
                          {QStringLiteral("reasoning"), m_plan.reasoning.at(i)}};
        if (i < m_plan.reasoningDetails.size())
            delta.insert(QStringLiteral("reasoning_details"), m_plan.reasoningDetails.at(i));
        out.append(frame(chunk(delta)));
    }

    const bool endsEarly = m_scenario.ending != Scenario::Ending::Done;
    int sent = 0;
    for (const QString &token : m_plan.tokens) {
        if (endsEarly && sent == m_scenario.tokensBeforeEnding)
            break;
        out.append(frame(chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                           {QStringLiteral("content"), token}})));
        if (m_scenario.commentsBetweenEvents && sent % 3 == 1)
            out.append(comment());
        ++sent;
    }

    if (m_scenario.ending == Scenario::Ending::MidStreamError ||
        m_scenario.ending == Scenario::Ending::MidStreamErrorInChoice) {
        out.append(errorEvent());
        return out;
    }
    if (endsEarly)
        return out;

    QString finish = m_plan.finishReason.isEmpty() ? QStringLiteral("stop") : m_plan.finishReason;
    if (callsTools()) {
        out.append(toolCallEvents());
        finish = m_scenario.toolFinishAsStop ? QStringLiteral("stop") : QStringLiteral("tool_calls");
    }
    if (m_scenario.answer == Scenario::Answer::Image && !m_plan.image.isEmpty()) {
        const QJsonObject image{
            {QStringLiteral("type"), QStringLiteral("image_url")},
            {QStringLiteral("image_url"),
             QJsonObject{{QStringLiteral("url"), m_plan.imageUrl.isEmpty()
                                                     ? QString(QStringLiteral("data:image/png;base64,") +
                                                               QString::fromLatin1(m_plan.image.toBase64()))
                                                     : m_plan.imageUrl}}}};
        out.append(frame(chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                           {QStringLiteral("content"), QString()},
                                           {QStringLiteral("images"), QJsonArray{image}}})));
    }
    out.append(frame(chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                       {QStringLiteral("content"), QString()}},
                           finish)));
    out.append(usageEvent());
    out.append(frameRaw("[DONE]"));
    return out;
}

QList<QByteArray> StreamScript::splitForWriting(const QList<QByteArray> &events, const Scenario &scenario)
{
    if (scenario.split == Scenario::Split::PerEvent)
        return events;
    const QByteArray all = events.join();
    QList<QByteArray> parts;
    if (scenario.split == Scenario::Split::EveryNBytes) {
        const int size = qMax(1, scenario.writeSize);
        for (qsizetype at = 0; at < all.size(); at += size)
            parts.append(all.mid(at, size));
        return parts;
    }
    // Tricky: cut right after every "\r" and inside every multi-byte UTF-8 sequence.
    qsizetype start = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const auto byte = uchar(all.at(i));
        const bool afterCr = byte == '\r';
        const bool insideSequence = byte >= 0xC0;
        if (afterCr || insideSequence) {
            parts.append(all.mid(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < all.size())
        parts.append(all.mid(start));
    return parts;
}

} // namespace confab::testserver
