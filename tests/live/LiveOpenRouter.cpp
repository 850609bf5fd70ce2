#include "LiveOpenRouter.h"

#include "limits/ImagePreparation.h"
#include "openrouter/ChatStream.h"
#include "openrouter/OpenRouterClient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <optional>

namespace confab::live {

namespace {

struct Answer
{
    std::optional<ChatResult> result;
    std::optional<ChatError> error;
    QList<QByteArray> images;
};

Answer ask(OpenRouterClient &client, const ChatRequest &request)
{
    Answer answer;
    ChatStream *stream = client.streamChat(request);
    QEventLoop loop;
    QObject::connect(stream, &ChatStream::imageReceived, &loop,
                     [&](const QByteArray &bytes, const QString &) { answer.images << bytes; });
    QObject::connect(stream, &ChatStream::finished, &loop, [&](const ChatResult &result) {
        answer.result = result;
        loop.quit();
    });
    QObject::connect(stream, &ChatStream::failed, &loop, [&](const ChatError &error) {
        answer.error = error;
        loop.quit();
    });
    QTimer::singleShot(240'000, &loop, &QEventLoop::quit);
    loop.exec();
    stream->deleteLater();
    return answer;
}

int verdict(bool passed, const Answer &answer, const QString &what)
{
    QTextStream out(stdout);
    if (answer.result)
        out << answer.result->text << '\n';
    if (answer.error)
        out << "error: " << answer.error->message << '\n';
    out << (passed ? "PASSED: " : "FAILED: ") << what << '\n';
    return passed ? 0 : 1;
}

ChatMessage message(const QString &role, const QString &text)
{
    ChatMessage m;
    m.role = role;
    m.text = text;
    return m;
}

int visionBmp(OpenRouterClient &client)
{
    QImage picture(160, 120, QImage::Format_RGB32);
    picture.fill(Qt::red);
    QByteArray bmp;
    QBuffer buffer(&bmp);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "BMP");
    const PreparedImage prepared = prepareImageData(bmp, QStringLiteral("red.bmp"), 4 * 1024 * 1024);
    ChatRequest request;
    request.model = QStringLiteral("openai/gpt-4o-mini");
    request.maxTokens = 32;
    ChatMessage question = message(QStringLiteral("user"), QStringLiteral("Which colour fills this picture? "
                                                                          "Answer with one word."));
    question.images = {ImagePart{{}, prepared.bytes, prepared.mimeType}};
    request.messages = {question};
    const Answer answer = ask(client, request);
    return verdict(prepared.ok && answer.result && answer.result->text.contains(u"red", Qt::CaseInsensitive),
                   answer, QStringLiteral("a BMP attachment is converted and understood"));
}

int toolRounds(OpenRouterClient &client)
{
    const QJsonArray tools{QJsonObject{
        {QStringLiteral("type"), QStringLiteral("function")},
        {QStringLiteral("function"),
         QJsonObject{
             {QStringLiteral("name"), QStringLiteral("get_time")},
             {QStringLiteral("description"), QStringLiteral("The current time in a city.")},
             {QStringLiteral("parameters"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                          {QStringLiteral("properties"),
                           QJsonObject{{QStringLiteral("city"),
                                        QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                          {QStringLiteral("required"), QJsonArray{QStringLiteral("city")}}}}}}}};
    ChatRequest request;
    request.model = QStringLiteral("google/gemini-3-flash-preview");
    request.maxTokens = 2048;
    request.reasoningEffort = QStringLiteral("low");
    request.tools = tools;
    request.sessionId = QStringLiteral("confab-live-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.messages = {
        message(QStringLiteral("user"), QStringLiteral("Use the tool: what time is it in Oslo?"))};
    const Answer first = ask(client, request);
    if (!first.result || first.result->toolCalls.isEmpty())
        return verdict(false, first, QStringLiteral("the first round asks for the tool"));
    ChatMessage asked = message(QStringLiteral("assistant"), first.result->text);
    asked.toolCalls = first.result->toolCalls;
    asked.reasoningDetails = first.result->reasoningDetails;
    request.messages << asked;
    for (const ToolCall &call : first.result->toolCalls) {
        ChatMessage result = message(QStringLiteral("tool"), QStringLiteral(R"({"time":"14:05"})"));
        result.toolCallId = call.id;
        request.messages << result;
    }
    const Answer second = ask(client, request);
    return verdict(second.result.has_value(), second,
                   QStringLiteral("round 2 replays the reasoning under the same session_id and is answered"));
}

int imageLink(OpenRouterClient &client)
{
    ChatRequest request;
    request.model = QStringLiteral("google/gemini-2.5-flash-image");
    request.modalities = {QStringLiteral("image"), QStringLiteral("text")};
    request.messages = {message(QStringLiteral("user"), QStringLiteral("Draw a small red circle."))};
    const Answer answer = ask(client, request);
    const bool decoded = !answer.images.isEmpty() && !QImage::fromData(answer.images.first()).isNull();
    return verdict(answer.result && decoded, answer,
                   QStringLiteral("an image-output model's picture comes home and decodes"));
}

} // namespace

bool isOpenRouterCheck(const QString &check)
{
    return check == QLatin1String("vision-bmp") || check == QLatin1String("tool-rounds") ||
           check == QLatin1String("image-link");
}

int runOpenRouterCheck(const QString &check, const QString &apiKey)
{
    QNetworkAccessManager network;
    OpenRouterClient client(&network);
    client.setApiKey(apiKey);
    if (check == QLatin1String("vision-bmp"))
        return visionBmp(client);
    if (check == QLatin1String("tool-rounds"))
        return toolRounds(client);
    return imageLink(client);
}

} // namespace confab::live
