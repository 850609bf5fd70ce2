#include "ChunkParser.h"

#include "openrouter/ImageDownload.h"
#include "openrouter/ProviderError.h"
#include "openrouter/ReasoningDetails.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace confab {

namespace {

QString codeText(const QJsonValue &code)
{
    if (code.isDouble())
        return QString::number(code.toInteger());
    return code.toString();
}

void readError(const QJsonObject &error, ChunkDelta &delta)
{
    delta.hasError = true;
    // Providers wrap their own error in metadata.raw; its message is the useful one.
    const ProviderErrorDetail provider = providerErrorDetail(error);
    delta.errorMessage =
        provider.isEmpty() ? error.value(QStringLiteral("message")).toString() : provider.text();
    delta.errorCode = codeText(error.value(QStringLiteral("code")));
    if (error.value(QStringLiteral("code")).isDouble())
        delta.errorStatus = error.value(QStringLiteral("code")).toInt();
}

void readToolCalls(const QJsonArray &calls, ChunkDelta &delta)
{
    for (const QJsonValue &value : calls) {
        const QJsonObject call = value.toObject();
        const QJsonObject function = call.value(QStringLiteral("function")).toObject();
        ToolCallDelta part;
        part.index = call.value(QStringLiteral("index")).toInt(-1);
        part.id = call.value(QStringLiteral("id")).toString();
        part.name = function.value(QStringLiteral("name")).toString();
        const QJsonValue arguments = function.value(QStringLiteral("arguments"));
        // A few providers send the arguments as an object rather than a JSON string.
        part.arguments =
            arguments.isObject()
                ? QString::fromUtf8(QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact))
                : arguments.toString();
        delta.toolCalls.append(part);
    }
}

void readImages(const QJsonArray &images, ChunkDelta &delta)
{
    for (const QJsonValue &value : images) {
        const QJsonObject item = value.toObject();
        const QJsonValue imageUrl = item.value(QStringLiteral("image_url"));
        const QString url = imageUrl.isObject() ? imageUrl.toObject().value(QStringLiteral("url")).toString()
                                                : imageUrl.toString();
        if (url.isEmpty())
            continue;
        ImageOutput image;
        // A link is kept only up to a length no real one reaches, so ImageDownload still refuses an overlong
        // one by its length while a hostile answer cannot make every copy of it huge.
        if (!decodeDataUri(url.toLatin1(), &image.bytes, &image.mime))
            image.url = url.left(ImageDownload::MaxUrlChars + 1);
        delta.images.append(image);
    }
}

void readChoice(const QJsonObject &choice, ChunkDelta &delta)
{
    QJsonObject body = choice.value(QStringLiteral("delta")).toObject();
    if (body.isEmpty())
        body = choice.value(QStringLiteral("message")).toObject();
    delta.content += body.value(QStringLiteral("content")).toString();
    const QJsonArray details = body.value(QStringLiteral("reasoning_details")).toArray();
    for (const QJsonValue &detail : details)
        delta.reasoningDetails.append(detail);
    // OpenRouter sends the readable reasoning twice (plain and in the details); some providers only in the
    // details.
    const QJsonValue reasoning = body.value(QStringLiteral("reasoning"));
    delta.reasoning += reasoning.isString() ? reasoning.toString() : reasoningTextOf(details);
    readToolCalls(body.value(QStringLiteral("tool_calls")).toArray(), delta);
    readImages(body.value(QStringLiteral("images")).toArray(), delta);

    const QString finish = choice.value(QStringLiteral("finish_reason")).toString();
    if (!finish.isEmpty())
        delta.finishReason = finish;
    if (choice.value(QStringLiteral("error")).isObject())
        readError(choice.value(QStringLiteral("error")).toObject(), delta);
    if (finish == QLatin1String("error") && !delta.hasError) {
        delta.hasError = true;
        delta.errorMessage =
            QCoreApplication::translate("ChunkParser", "The provider stopped with an error.");
    }
}

void readUsage(const QJsonObject &usage, ChunkDelta &delta)
{
    delta.hasUsage = true;
    delta.promptTokens = usage.value(QStringLiteral("prompt_tokens")).toInt();
    delta.completionTokens = usage.value(QStringLiteral("completion_tokens")).toInt();
    delta.reasoningTokens = usage.value(QStringLiteral("completion_tokens_details"))
                                .toObject()
                                .value(QStringLiteral("reasoning_tokens"))
                                .toInt();
    if (usage.value(QStringLiteral("cost")).isDouble())
        delta.cost = usage.value(QStringLiteral("cost")).toDouble();
    // With the user's own provider key (BYOK), cost is only OpenRouter's fee; what the provider charged that
    // key comes in cost_details.upstream_inference_cost. Without BYOK that figure is already inside cost.
    const QJsonValue upstream = usage.value(QStringLiteral("cost_details"))
                                    .toObject()
                                    .value(QStringLiteral("upstream_inference_cost"));
    if (usage.value(QStringLiteral("is_byok")).toBool() && upstream.isDouble())
        delta.cost = delta.cost.value_or(0) + upstream.toDouble();
}

} // namespace

bool decodeDataUri(QByteArrayView uri, QByteArray *bytes, QString *mime)
{
    if (!uri.startsWith("data:"))
        return false;
    const qsizetype comma = uri.indexOf(',');
    if (comma < 0)
        return false;
    const QByteArrayView header = uri.sliced(5, comma - 5);
    if (!header.endsWith(";base64"))
        return false;
    *mime = QString::fromLatin1(header.first(header.size() - 7));
    *bytes = QByteArray::fromBase64(uri.sliced(comma + 1).toByteArray());
    return true;
}

ChunkDelta parseChunk(const QByteArray &data)
{
    ChunkDelta delta;
    if (data.startsWith("[DONE]")) {
        delta.valid = true;
        delta.done = true;
        return delta;
    }
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (!document.isObject())
        return delta;
    const QJsonObject chunk = document.object();
    delta.valid = true;
    delta.id = chunk.value(QStringLiteral("id")).toString();
    delta.model = chunk.value(QStringLiteral("model")).toString();
    delta.provider = chunk.value(QStringLiteral("provider")).toString();
    for (const QJsonValue &choice : chunk.value(QStringLiteral("choices")).toArray())
        readChoice(choice.toObject(), delta);
    if (chunk.value(QStringLiteral("usage")).isObject())
        readUsage(chunk.value(QStringLiteral("usage")).toObject(), delta);
    if (chunk.value(QStringLiteral("error")).isObject())
        readError(chunk.value(QStringLiteral("error")).toObject(), delta);
    return delta;
}

} // namespace confab
