#include "OpenRouterServer.h"

#include "FileParts.h"
#include "Fixtures.h"
#include "ImageBomb.h"
#include "StreamScript.h"
#include "ThinkingRound.h"
#include "WebSearchTool.h"
#include "http/RecordedResponse.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace confab::testserver {

namespace {

QString textOf(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    for (const QJsonValue &part : content.toArray()) {
        if (part.toObject().value(QStringLiteral("type")).toString() == QLatin1String("text"))
            parts.append(part.toObject().value(QStringLiteral("text")).toString());
    }
    return parts.join(QLatin1Char('\n'));
}

QString lastUserText(const QJsonObject &body)
{
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value(QStringLiteral("role")).toString() == QLatin1String("user"))
            return textOf(message.value(QStringLiteral("content")));
    }
    return {};
}

// "[call:NAME]ARGUMENTS[/call]" markers: the tool calls a test wants the model to make, in order.
QList<QPair<QString, QString>> askedCalls(const QString &prompt)
{
    static const QRegularExpression marker(QStringLiteral("\\[call:([A-Za-z0-9_-]+)\\](.*?)\\[/call\\]"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QList<QPair<QString, QString>> calls;
    for (auto it = marker.globalMatch(prompt); it.hasNext();) {
        const auto match = it.next();
        calls.append({match.captured(1), match.captured(2)});
    }
    return calls;
}

// The tool results since the last question, as the model would read them back to the user.
QString toolResultsAnswer(const QJsonObject &body)
{
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    QStringList results;
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        const QString role = message.value(QStringLiteral("role")).toString();
        if (role == QLatin1String("user"))
            break;
        if (role == QLatin1String("tool"))
            results.prepend(textOf(message.value(QStringLiteral("content"))).left(300));
    }
    return QStringLiteral("Tool results: ") + results.join(QStringLiteral(" | "));
}

// Confab's chat titles come from a request whose system prompt starts so (engine/TitleWriter.cpp).
bool isTitleRequest(const QJsonObject &body)
{
    const QJsonObject first = body.value(QStringLiteral("messages")).toArray().at(0).toObject();
    return first.value(QStringLiteral("role")).toString() == QLatin1String("system") &&
           textOf(first.value(QStringLiteral("content")))
               .startsWith(QLatin1String("You name conversations."));
}

// The first picture sent as a data URI of a type OpenRouter does not take; empty when all are png, jpeg, webp
// or gif (image-understanding guide, "Supported image content types").
QString unsupportedImageType(const QJsonObject &body)
{
    static const QStringList taken{QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                   QStringLiteral("image/webp"), QStringLiteral("image/gif")};
    for (const QJsonValue &message : body.value(QStringLiteral("messages")).toArray()) {
        for (const QJsonValue &part : message.toObject().value(QStringLiteral("content")).toArray()) {
            const QString url = part.toObject()
                                    .value(QStringLiteral("image_url"))
                                    .toObject()
                                    .value(QStringLiteral("url"))
                                    .toString();
            if (!url.startsWith(QLatin1String("data:")))
                continue;
            const QString type = url.mid(5, url.indexOf(u';') - 5);
            if (!taken.contains(type))
                return type;
        }
    }
    return {};
}

// max_completion_tokens, or the deprecated max_tokens a client may still send; 0 when neither came.
int answerLimit(const QJsonObject &body)
{
    const QJsonValue current = body.value(QStringLiteral("max_completion_tokens"));
    return current.isDouble() ? current.toInt() : body.value(QStringLiteral("max_tokens")).toInt();
}

QByteArray jsonError(int status, const QString &message)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                                 {QStringLiteral("code"), status}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

OpenRouterServer::OpenRouterServer(QObject *parent)
    : QObject(parent)
{
    m_http.setHandler(
        [this](const HttpRequest &request, HttpExchange *exchange) { handle(request, exchange); });
}

OpenRouterServer::~OpenRouterServer() = default;

bool OpenRouterServer::listen(quint16 port)
{
    return m_http.listen(port);
}

QUrl OpenRouterServer::baseUrl() const
{
    QUrl url = m_http.baseUrl();
    url.setPath(QStringLiteral("/api/v1"));
    return url;
}

void OpenRouterServer::enqueue(const Scenario &scenario)
{
    m_queue.enqueue(scenario);
}

QList<HttpRequest> OpenRouterServer::chatRequests() const
{
    QList<HttpRequest> chats;
    for (const HttpRequest &request : m_http.requests()) {
        if (request.path().endsWith(QLatin1String("/chat/completions")) &&
            !isTitleRequest(QJsonDocument::fromJson(request.body).object()))
            chats.append(request);
    }
    return chats;
}

QList<HttpRequest> OpenRouterServer::titleRequests() const
{
    QList<HttpRequest> titles;
    for (const HttpRequest &request : m_http.requests()) {
        if (request.path().endsWith(QLatin1String("/chat/completions")) &&
            isTitleRequest(QJsonDocument::fromJson(request.body).object()))
            titles.append(request);
    }
    return titles;
}

void OpenRouterServer::handle(const HttpRequest &request, HttpExchange *exchange)
{
    // Each write must leave at once, as a streaming server's does; with Nagle's algorithm small writes wait
    // for the client's delayed ACK and a token stream crawls. The exchange is a child of its socket.
    QString path = request.path();
    if (path.startsWith(QLatin1String("/api/v1")))
        path = path.mid(7);

    if (path == QLatin1String("/models") && request.method == "GET") {
        exchange->respondJson(200, fixtures::modelsJson(request.query(QStringLiteral("output_modalities"))));
        return;
    }
    // Linked pictures are fetched like any file on the web: without the key.
    if (path.startsWith(QLatin1String("/files/")) && request.method == "GET") {
        const auto file = m_files.constFind(path.mid(7));
        if (file == m_files.constEnd())
            exchange->respondJson(404, jsonError(404, QStringLiteral("Not Found")));
        else
            exchange->respond(200, "image/png", *file);
        return;
    }
    if (!authorize(request, exchange))
        return;
    if (path == QLatin1String("/chat/completions") && request.method == "POST") {
        handleChat(request, exchange);
    } else if ((path == QLatin1String("/key") || path == QLatin1String("/auth/key")) &&
               request.method == "GET") {
        const QByteArray key = request.header("authorization").mid(7);
        exchange->respondJson(200,
                              fixtures::keyJson(QString::fromLatin1(key.left(9)) + QStringLiteral("...") +
                                                QString::fromLatin1(key.right(3))));
    } else if (path == QLatin1String("/generation") && request.method == "GET") {
        handleGeneration(request, exchange);
    } else {
        exchange->respondJson(404, jsonError(404, QStringLiteral("Not Found")));
    }
}

bool OpenRouterServer::authorize(const HttpRequest &request, HttpExchange *exchange) const
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer ") || header.size() <= 7) {
        exchange->respondJson(401, jsonError(401, QStringLiteral("No auth credentials found")));
        return false;
    }
    const QString key = QString::fromUtf8(header.mid(7));
    if (key.startsWith(QLatin1String("sk-or-bad")) || (!m_expectedKey.isEmpty() && key != m_expectedKey)) {
        exchange->respondJson(401, jsonError(401, QStringLiteral("User not found.")));
        return false;
    }
    return true;
}

Scenario OpenRouterServer::pickScenario(const QJsonObject &body)
{
    if (!m_queue.isEmpty())
        return m_queue.dequeue();
    static const QRegularExpression marker(QStringLiteral("\\[scenario:([a-z0-9-]+)\\]"));
    const QRegularExpressionMatch match = marker.match(lastUserText(body));
    Scenario scenario = m_defaultScenario;
    if (match.hasMatch())
        Scenario::fromName(match.captured(1), &scenario);
    return scenario;
}

void OpenRouterServer::handleChat(const HttpRequest &request, HttpExchange *exchange)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const bool title = isTitleRequest(body);
    Scenario scenario =
        title ? (m_titleQueue.isEmpty() ? Scenario() : m_titleQueue.dequeue()) : pickScenario(body);
    const QString model = body.value(QStringLiteral("model")).toString(QStringLiteral("openrouter/auto"));

    // OpenRouter's web search server tool and PDF inputs, checked as its documentation states them; a plain
    // answer to a request that offers web search is the recorded web-searched answer with its citations.
    if (const QString problem =
            webSearchToolProblem(body).isEmpty() ? filePartProblem(body) : webSearchToolProblem(body);
        !problem.isEmpty()) {
        m_lastRefusal = problem;
        exchange->respondJson(400, jsonError(400, problem));
        return;
    }
    if (offersWebSearch(body) && scenario.answer == Scenario::Answer::Text && scenario.text.isEmpty()) {
        scenario.answer = Scenario::Answer::Replay;
        scenario.replayFile = QStringLiteral("openrouter/stream-web-search-citations.sse");
    }

    if (scenario.answer == Scenario::Answer::Replay) {
        const std::optional<RecordedResponse> recorded = RecordedResponse::load(scenario.replayFile);
        if (!recorded)
            exchange->respondJson(500, jsonError(500, QStringLiteral("No fixture ") + scenario.replayFile));
        else
            exchange->respond(recorded->status, recorded->contentType, recorded->body);
        return;
    }
    // Providers refuse a tool conversation that lost its tools, a call without its result, or a thinking
    // model's reasoning changed on the way back.
    if (continuesToolConversation(body)) {
        QString problem = followUpProblem(body, m_issuedReasoning);
        if (problem.isEmpty())
            problem = switchedProviderProblem(body, m_issuedSessions);
        if (!problem.isEmpty()) {
            m_lastRefusal = problem;
            exchange->respondJson(400, followUpErrorBody(problem));
            return;
        }
    }
    const bool toolsForbidden = body.value(QStringLiteral("tool_choice")).toString() == QLatin1String("none");
    const bool resultsArrived = body.value(QStringLiteral("messages"))
                                    .toArray()
                                    .last()
                                    .toObject()
                                    .value(QStringLiteral("role"))
                                    .toString() == QLatin1String("tool");
    if (scenario.answer == Scenario::Answer::ToolCalls && toolsForbidden)
        scenario.answer = Scenario::Answer::Text;
    const bool drawsImage = scenario.answer == Scenario::Answer::Image;
    const bool imagesAsked =
        body.value(QStringLiteral("modalities")).toArray().contains(QJsonValue(QStringLiteral("image")));
    const bool sendsImage = drawsImage && (imagesAsked || !scenario.imagesOnlyWithModalities);
    const bool thinkingFollowUp =
        scenario.answer == Scenario::Answer::Thinking && (toolsForbidden || resultsArrived);
    const QList<QPair<QString, QString>> asked = title ? QList<QPair<QString, QString>>()
                                                 : !scenario.calls.isEmpty() ? scenario.calls
                                                                             : askedCalls(lastUserText(body));
    if (!asked.isEmpty() && (resultsArrived || toolsForbidden)) {
        scenario.answer = Scenario::Answer::Text;
        scenario.text = toolResultsAnswer(body);
    }

    if (const QString type = unsupportedImageType(body); !type.isEmpty()) {
        m_lastRefusal = QStringLiteral("Unsupported image format: ") + type;
        exchange->respondJson(
            400, fixtures::typedErrorBody(400, QStringLiteral("unsupported_image_format"), m_lastRefusal));
        return;
    }
    // OpenRouter's API reference on max_tokens: "some providers enforce a minimum of 16".
    if (const int limit = answerLimit(body); body.contains(QStringLiteral("max_completion_tokens")) ||
                                             body.contains(QStringLiteral("max_tokens"))) {
        if (limit < 16) {
            m_lastRefusal = QStringLiteral("max_tokens must be at least 16");
            exchange->respondJson(
                400, fixtures::typedErrorBody(400, QStringLiteral("invalid_request"),
                                              QStringLiteral("Provider returned error: ") + m_lastRefusal));
            return;
        }
    }
    if (scenario.answer == Scenario::Answer::PreStreamError) {
        QHash<QByteArray, QByteArray> headers;
        if (scenario.retryAfterSeconds > 0)
            headers.insert("Retry-After", QByteArray::number(scenario.retryAfterSeconds));
        if (scenario.httpStatus == 429) {
            headers.insert("X-RateLimit-Limit", "20");
            headers.insert("X-RateLimit-Remaining", "0");
            headers.insert("X-RateLimit-Reset", QByteArray::number(QDateTime::currentMSecsSinceEpoch() +
                                                                   scenario.retryAfterSeconds * 1000));
        }
        exchange->respondJson(scenario.httpStatus,
                              fixtures::errorBody(scenario.httpStatus, model, answerLimit(body)), headers);
        return;
    }

    AnswerPlan plan;
    plan.generationId =
        QStringLiteral("gen-%1-%2").arg(QDateTime::currentSecsSinceEpoch()).arg(++m_generationCounter);
    plan.model = model;
    plan.prompt = lastUserText(body);
    plan.toolName = thinkingFollowUp ? QString()
                                     : body.value(QStringLiteral("tools"))
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(QStringLiteral("function"))
                                           .toObject()
                                           .value(QStringLiteral("name"))
                                           .toString();
    if (!asked.isEmpty() && !resultsArrived && !toolsForbidden) {
        plan.calls = asked;
        scenario.text = QStringLiteral("Let me use the tools.");
    }
    plan.promptTokens = int(request.body.size() / 4);
    QString text = scenario.text;
    if (text.isEmpty()) {
        if (scenario.answer == Scenario::Answer::LongText)
            text = fixtures::longAnswer(scenario.tokenCount);
        else if (sendsImage)
            text = QStringLiteral("Here is the image you asked for.");
        else if (drawsImage)
            text = QStringLiteral("Without being asked for images I can only describe it in words.");
        else if (scenario.answer == Scenario::Answer::ToolCalls)
            text = QStringLiteral("Let me look that up.");
        else if (scenario.answer == Scenario::Answer::Thinking && !plan.toolName.isEmpty())
            text = QStringLiteral("Let me draw that.");
        else
            text = title ? fixtures::titleFor(plan.prompt) : fixtures::defaultAnswer(plan.prompt);
    }
    plan.tokens = tokenize(text);
    if (scenario.answer == Scenario::Answer::Reasoning) {
        plan.reasoning =
            tokenize(scenario.reasoning.isEmpty() ? fixtures::reasoningFor(plan.prompt) : scenario.reasoning);
        // OpenRouter repeats the readable reasoning as reasoning.text details of one entry.
        for (const QString &piece : std::as_const(plan.reasoning))
            plan.reasoningDetails.append(
                QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("reasoning.text")},
                                       {QStringLiteral("text"), piece},
                                       {QStringLiteral("format"), QStringLiteral("unknown")},
                                       {QStringLiteral("index"), 0}}});
    }
    if (scenario.answer == Scenario::Answer::Thinking) {
        const ThinkingReasoning thinking = thinkingReasoning(plan.prompt, plan.generationId);
        plan.reasoning = thinking.text;
        plan.reasoningDetails = thinking.fragments;
        if (!plan.toolName.isEmpty()) {
            const QString call = StreamScript::toolCallId(plan.generationId, 0);
            m_issuedReasoning.insert(call, thinking.merged);
            m_issuedSessions.insert(call, body.value(QStringLiteral("session_id")).toString());
        }
    }
    // The model's thinking and its answer share the budget; an answer that does not fit stops for length.
    if (const int limit = answerLimit(body);
        limit > 0 && plan.reasoning.size() + plan.tokens.size() > limit) {
        plan.reasoning = plan.reasoning.mid(0, limit);
        plan.reasoningDetails = plan.reasoningDetails.mid(0, plan.reasoning.size());
        plan.tokens = plan.tokens.mid(0, limit - plan.reasoning.size());
        plan.finishReason = QStringLiteral("length");
        text = plan.tokens.join(QString());
    }
    if (sendsImage)
        plan.image = scenario.imageBomb ? pngBomb(50000, 50000) : fixtures::pngOfSize(scenario.imageBytes);
    if (sendsImage && scenario.imageLink != Scenario::ImageLink::None) {
        const QString name = plan.generationId + QStringLiteral(".png");
        QUrl link = m_http.baseUrl();
        link.setPath(QStringLiteral("/files/") + name);
        if (scenario.imageLink == Scenario::ImageLink::Served)
            m_files.insert(name, plan.image);
        else if (scenario.imageLink == Scenario::ImageLink::PlainHttpElsewhere)
            link.setHost(QStringLiteral("images.example.net"));
        plan.imageUrl = link.toString();
    }

    const StreamScript script(scenario, plan);
    if (title) {
        m_lastTitle = text;
    } else {
        m_lastAnswer = text;
        m_lastReasoning = plan.reasoning.join(QString());
        m_lastImage = plan.image;
        m_lastGenerationId = plan.generationId;
        m_lastCost = script.cost();
    }
    m_generations.insert(plan.generationId,
                         Generation{model, script.cost(), plan.promptTokens, script.completionTokens(), 0});

    const QHash<QByteArray, QByteArray> headers{{"X-Generation-Id", plan.generationId.toLatin1()}};
    if (!body.value(QStringLiteral("stream")).toBool()) {
        const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                                  {QStringLiteral("content"), text}};
        const QJsonObject completion{
            {QStringLiteral("id"), plan.generationId},
            {QStringLiteral("object"), QStringLiteral("chat.completion")},
            {QStringLiteral("model"), model},
            {QStringLiteral("provider"), plan.provider},
            {QStringLiteral("choices"),
             QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                    {QStringLiteral("finish_reason"), QStringLiteral("stop")},
                                    {QStringLiteral("message"), message}}}},
            {QStringLiteral("usage"),
             QJsonObject{{QStringLiteral("prompt_tokens"), plan.promptTokens},
                         {QStringLiteral("completion_tokens"), script.completionTokens()},
                         {QStringLiteral("cost"), script.cost()}}}};
        exchange->respondJson(200, QJsonDocument(completion).toJson(QJsonDocument::Compact), headers);
        return;
    }

    exchange->beginStream(200, "text/event-stream", headers, true);
    stream(scenario, script.events(), script.comment(), exchange,
           scenario.tokenDelayMs >= 0 ? scenario.tokenDelayMs : m_tokenDelayMs);
}

void OpenRouterServer::stream(const Scenario &scenario, const QList<QByteArray> &events,
                              const QByteArray &comment, HttpExchange *exchange, int tokenDelayMs)
{
    const QList<QByteArray> parts = StreamScript::splitForWriting(events, scenario);
    // A pause between pieces makes each one its own read on the client, so the splits really happen.
    const int delay = scenario.split == Scenario::Split::PerEvent ? tokenDelayMs : qMax(1, tokenDelayMs);
    const auto end = [this, scenario, exchange, comment] {
        switch (scenario.ending) {
        case Scenario::Ending::Disconnect:
            exchange->abort();
            break;
        case Scenario::Ending::Stall:
            if (scenario.commentIntervalMs > 0)
                keepCommenting(exchange, comment, scenario.commentIntervalMs, -1, {});
            break;
        default:
            exchange->close();
            break;
        }
    };
    if (scenario.firstTokenDelayMs > 0) {
        keepCommenting(exchange, comment, scenario.commentIntervalMs, scenario.firstTokenDelayMs,
                       [exchange, parts, delay, end] { exchange->sendParts(parts, qMax(1, delay), end); });
        return;
    }
    if (delay > 0) {
        exchange->sendParts(parts, delay, end);
        return;
    }
    for (const QByteArray &part : parts)
        exchange->send(part);
    end();
}

void OpenRouterServer::keepCommenting(HttpExchange *exchange, const QByteArray &comment, int intervalMs,
                                      int forMs, std::function<void()> then)
{
    auto *timer = new QTimer(exchange);
    const QDeadlineTimer deadline =
        forMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(forMs);
    connect(timer, &QTimer::timeout, exchange, [exchange, timer, deadline, comment, then] {
        if (deadline.hasExpired()) {
            timer->stop();
            timer->deleteLater();
            if (then)
                then();
            return;
        }
        exchange->send(comment);
    });
    timer->start(qMax(1, intervalMs));
}

void OpenRouterServer::handleGeneration(const HttpRequest &request, HttpExchange *exchange)
{
    const QString id = request.query(QStringLiteral("id"));
    auto it = m_generations.find(id);
    if (it == m_generations.end() || ++it->lookups <= m_generationNotReady) {
        exchange->respondJson(404, jsonError(404, QStringLiteral("Generation not found")));
        return;
    }
    const QJsonObject data{{QStringLiteral("id"), id},
                           {QStringLiteral("total_cost"), it->cost},
                           {QStringLiteral("model"), it->model},
                           {QStringLiteral("provider_name"), QStringLiteral("Confab Test")},
                           {QStringLiteral("streamed"), true},
                           {QStringLiteral("cancelled"), false},
                           {QStringLiteral("finish_reason"), QStringLiteral("stop")},
                           {QStringLiteral("tokens_prompt"), it->promptTokens},
                           {QStringLiteral("tokens_completion"), it->completionTokens},
                           {QStringLiteral("native_tokens_prompt"), it->promptTokens},
                           {QStringLiteral("native_tokens_completion"), it->completionTokens}};
    exchange->respondJson(
        200, QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact));
}

} // namespace confab::testserver
