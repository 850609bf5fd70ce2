#include "TurnRequest.h"

namespace confab {

QJsonObject requestToJson(const TurnRequest &request)
{
    QJsonObject json;
    json.insert(QStringLiteral("model"), request.model);
    if (request.webSearch)
        json.insert(QStringLiteral("web_search"), true);
    if (request.mode == GenerationMode::TextToImage || request.mode == GenerationMode::ImageToImage) {
        const ImageOptions &image = request.image;
        QJsonObject options;
        if (!image.aspectRatio.isEmpty())
            options.insert(QStringLiteral("aspect_ratio"), image.aspectRatio);
        if (image.count > 0)
            options.insert(QStringLiteral("count"), image.count);
        if (!image.format.isEmpty())
            options.insert(QStringLiteral("format"), image.format);
        if (image.seed)
            options.insert(QStringLiteral("seed"), *image.seed);
        if (image.raw)
            options.insert(QStringLiteral("raw"), true);
        if (!image.safetyTolerance.isEmpty())
            options.insert(QStringLiteral("safety_tolerance"), image.safetyTolerance);
        if (!image.resolution.isEmpty())
            options.insert(QStringLiteral("resolution"), image.resolution);
        json.insert(QStringLiteral("image"), options);
    }
    return json;
}

TurnRequest requestFromJson(const QJsonObject &json)
{
    TurnRequest request;
    request.model = json.value(QStringLiteral("model")).toString();
    request.webSearch = json.value(QStringLiteral("web_search")).toBool();
    const QJsonObject options = json.value(QStringLiteral("image")).toObject();
    request.image.aspectRatio = options.value(QStringLiteral("aspect_ratio")).toString();
    request.image.count = options.value(QStringLiteral("count")).toInt();
    request.image.format = options.value(QStringLiteral("format")).toString();
    if (options.contains(QStringLiteral("seed")))
        request.image.seed = options.value(QStringLiteral("seed")).toInteger();
    request.image.raw = options.value(QStringLiteral("raw")).toBool();
    request.image.safetyTolerance = options.value(QStringLiteral("safety_tolerance")).toString();
    request.image.resolution = options.value(QStringLiteral("resolution")).toString();
    return request;
}

} // namespace confab
