#include "Fixtures.h"

#include <QBuffer>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cmath>

namespace confab::testserver::fixtures {

namespace {

QJsonObject model(const QString &id, const QString &name, int context, const QString &prompt,
                  const QString &completion, const QStringList &input, const QStringList &output, bool tools,
                  bool reasoning = false)
{
    QStringList parameters{QStringLiteral("max_tokens"), QStringLiteral("temperature"),
                           QStringLiteral("top_p")};
    if (tools)
        parameters << QStringLiteral("tools") << QStringLiteral("tool_choice");
    if (reasoning)
        parameters << QStringLiteral("reasoning") << QStringLiteral("include_reasoning");
    QJsonObject entry{
        {QStringLiteral("id"), id},
        {QStringLiteral("canonical_slug"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("created"), 1759870431},
        {QStringLiteral("description"), QString(name + QStringLiteral(" served by the Confab test server."))},
        {QStringLiteral("context_length"), context},
        {QStringLiteral("architecture"),
         QJsonObject{
             {QStringLiteral("modality"),
              QString(input.join(QLatin1Char('+')) + QStringLiteral("->") + output.join(QLatin1Char('+')))},
             {QStringLiteral("input_modalities"), QJsonArray::fromStringList(input)},
             {QStringLiteral("output_modalities"), QJsonArray::fromStringList(output)},
             {QStringLiteral("tokenizer"), QStringLiteral("Other")},
             {QStringLiteral("instruct_type"), QJsonValue::Null}}},
        {QStringLiteral("pricing"), QJsonObject{{QStringLiteral("prompt"), prompt},
                                                {QStringLiteral("completion"), completion},
                                                {QStringLiteral("request"), QStringLiteral("0")},
                                                {QStringLiteral("image"), QStringLiteral("0")}}},
        {QStringLiteral("top_provider"), QJsonObject{{QStringLiteral("context_length"), context},
                                                     {QStringLiteral("max_completion_tokens"), 8192},
                                                     {QStringLiteral("is_moderated"), false}}},
        {QStringLiteral("per_request_limits"), QJsonValue::Null},
        {QStringLiteral("supported_parameters"), QJsonArray::fromStringList(parameters)},
        {QStringLiteral("default_parameters"), QJsonObject{}},
        {QStringLiteral("expiration_date"), QJsonValue::Null}};
    // The reasoning object of the API reference's ModelReasoning (openapi.yaml): supported_efforts highest
    // first, and the effort used when none is asked for.
    if (reasoning)
        entry.insert(QStringLiteral("reasoning"),
                     QJsonObject{{QStringLiteral("default_effort"), QStringLiteral("medium")},
                                 {QStringLiteral("default_enabled"), true},
                                 {QStringLiteral("mandatory"), false},
                                 {QStringLiteral("supported_efforts"),
                                  QJsonArray{QStringLiteral("high"), QStringLiteral("medium"),
                                             QStringLiteral("low"), QStringLiteral("minimal")}}});
    return entry;
}

} // namespace

QByteArray modelsJson(const QString &outputModalities)
{
    const QStringList text{QStringLiteral("text")};
    const QStringList vision{QStringLiteral("text"), QStringLiteral("image")};
    QJsonArray data{
        model(QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("OpenAI: GPT-4o-mini"), 128000,
              QStringLiteral("0.00000015"), QStringLiteral("0.0000006"), vision, text, true),
        model(QStringLiteral("anthropic/claude-sonnet-4"), QStringLiteral("Anthropic: Claude Sonnet 4"),
              200000, QStringLiteral("0.000003"), QStringLiteral("0.000015"), vision, text, true),
        model(QStringLiteral("meta-llama/llama-3.1-8b-instruct:free"),
              QStringLiteral("Meta: Llama 3.1 8B Instruct (free)"), 131072, QStringLiteral("0"),
              QStringLiteral("0"), text, text, false),
        model(QStringLiteral("google/gemini-3-flash-preview"),
              QStringLiteral("Google: Gemini 3 Flash Preview"), 1048576, QStringLiteral("0.0000005"),
              QStringLiteral("0.000003"), vision, text, true, true),
    };
    const bool withImages =
        outputModalities.contains(QLatin1String("image")) || outputModalities == QLatin1String("all");
    if (withImages)
        data.append(model(QStringLiteral("google/gemini-2.5-flash-image"),
                          QStringLiteral("Google: Gemini 2.5 Flash Image (Nano Banana)"), 32768,
                          QStringLiteral("0.0000003"), QStringLiteral("0.0000025"), vision, vision, false));
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data},
                                     {QStringLiteral("total_count"), data.size()},
                                     {QStringLiteral("links"),
                                      QJsonObject{{QStringLiteral("next"), QJsonValue::Null}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray keyJson(const QString &label)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("data"),
                                      QJsonObject{{QStringLiteral("label"), label},
                                                  {QStringLiteral("limit"), 100},
                                                  {QStringLiteral("limit_remaining"), 74.5},
                                                  {QStringLiteral("limit_reset"), QStringLiteral("monthly")},
                                                  {QStringLiteral("include_byok_in_limit"), false},
                                                  {QStringLiteral("usage"), 25.5},
                                                  {QStringLiteral("usage_daily"), 1.25},
                                                  {QStringLiteral("usage_weekly"), 7.5},
                                                  {QStringLiteral("usage_monthly"), 25.5},
                                                  {QStringLiteral("is_free_tier"), false},
                                                  {QStringLiteral("is_management_key"), false},
                                                  {QStringLiteral("expires_at"), QJsonValue::Null}}}})
        .toJson(QJsonDocument::Compact);
}

QString defaultAnswer(const QString &prompt)
{
    QString echo = prompt.simplified();
    if (echo.size() > 60)
        echo = echo.left(57) + QStringLiteral("...");
    return QStringLiteral("You asked: \"") + echo +
           QStringLiteral("\"\n\nHere is a **short answer** from the local test server:\n\n"
                          "- It streams in small pieces, one `data:` event each.\n"
                          "- A usage chunk with the cost follows the finish.\n\n"
                          "That is all for now.");
}

QString titleFor(const QString &request)
{
    QString question = request.section(QStringLiteral("\n\nAnswer:"), 0, 0);
    if (question.startsWith(QStringLiteral("Question:")))
        question = question.mid(9);
    // A short question is its own title; a longer one keeps its first four words. Either way the closing
    // punctuation goes, as a model would drop it.
    const QStringList words = question.simplified().split(u' ', Qt::SkipEmptyParts);
    QString title = words.mid(0, words.size() <= 6 ? 6 : 4).join(u' ');
    while (!title.isEmpty() && !title.back().isLetterOrNumber())
        title.chop(1);
    if (title.isEmpty())
        return QStringLiteral("A short chat");
    title[0] = title.at(0).toUpper();
    return title;
}

QString longAnswer(int tokens)
{
    static const QStringList words{
        QStringLiteral("streaming"), QStringLiteral("tokens"), QStringLiteral("arrive"),
        QStringLiteral("one"),       QStringLiteral("by"),     QStringLiteral("one"),
        QStringLiteral("from"),      QStringLiteral("the"),    QStringLiteral("model")};
    QString text;
    for (int i = 0; i < tokens; ++i) {
        if (i > 0)
            text += (i % 40 == 0) ? QStringLiteral("\n\n") : QStringLiteral(" ");
        text += words.at(i % words.size());
    }
    return text;
}

QString reasoningFor(const QString &prompt)
{
    return QStringLiteral("The user wrote ") + QString::number(prompt.size()) +
           QStringLiteral(" characters. I should answer briefly and clearly.");
}

QByteArray pngOfSize(int bytes)
{
    static QHash<int, QByteArray> cache;
    if (cache.contains(bytes))
        return cache.value(bytes);
    const int side = qMax(1, int(std::sqrt(bytes / 3.0)));
    QImage image(side, side, QImage::Format_RGB888);
    QRandomGenerator random(side);
    for (int y = 0; y < side; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < side * 3; ++x)
            line[x] = uchar(random.bounded(256));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 0);
    cache.insert(bytes, png);
    return png;
}

QByteArray typedErrorBody(int status, const QString &errorType, const QString &message)
{
    const QJsonObject error{
        {QStringLiteral("code"), status},
        {QStringLiteral("message"), message},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("error_type"), errorType}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

QByteArray errorBody(int status, const QString &model, int maxTokens)
{
    QJsonObject error{{QStringLiteral("code"), status}};
    switch (status) {
    case 400:
        error.insert(QStringLiteral("message"), QString(model + QStringLiteral(" is not a valid model ID")));
        break;
    case 401:
        error.insert(QStringLiteral("message"), QStringLiteral("User not found."));
        break;
    case 402:
        error.insert(
            QStringLiteral("message"),
            QStringLiteral("This request requires more credits, or fewer max_tokens. You requested up to "
                           "%1 tokens, but can only afford 27. To increase, visit "
                           "https://openrouter.ai/settings/credits and upgrade to a paid account")
                .arg(maxTokens));
        error.insert(QStringLiteral("metadata"),
                     QJsonObject{{QStringLiteral("provider_name"), QJsonValue::Null}});
        break;
    case 403:
        error.insert(QStringLiteral("message"), QStringLiteral("Your input was flagged by moderation"));
        error.insert(QStringLiteral("metadata"),
                     QJsonObject{{QStringLiteral("reasons"), QJsonArray{QStringLiteral("harassment")}},
                                 {QStringLiteral("flagged_input"), QStringLiteral("...")},
                                 {QStringLiteral("provider_name"), QStringLiteral("OpenAI")},
                                 {QStringLiteral("model_slug"), model}});
        break;
    case 408:
        error.insert(QStringLiteral("message"),
                     QStringLiteral("Operation timed out. Please try again later."));
        break;
    case 429:
        error.insert(QStringLiteral("message"), QStringLiteral("Rate limit exceeded: free-models-per-min."));
        break;
    case 502:
        // The upstream provider's own error body rides along as a JSON string in metadata.raw.
        error.insert(QStringLiteral("message"), QStringLiteral("Provider returned error"));
        error.insert(
            QStringLiteral("metadata"),
            QJsonObject{{QStringLiteral("provider_name"), QStringLiteral("Google AI Studio")},
                        {QStringLiteral("raw"),
                         QStringLiteral(R"({"error":{"code":503,"message":"The model is overloaded. )"
                                        R"(Please try again later.","status":"UNAVAILABLE"}})")},
                        {QStringLiteral("is_byok"), false}});
        break;
    case 503:
        error.insert(QStringLiteral("message"),
                     QStringLiteral("No available model provider that meets your routing requirements"));
        break;
    default:
        error.insert(QStringLiteral("message"), QStringLiteral("Internal Server Error"));
        break;
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

} // namespace confab::testserver::fixtures
