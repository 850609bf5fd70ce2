#include "FalModelRunner.h"

#include "FalImageFactory.h"

#include <QHash>
#include <QJsonDocument>

namespace confab::testserver {

namespace {

const QString FluxUltra = QStringLiteral("fal-ai/flux-pro/v1.1-ultra");
const QString Flux2 = QStringLiteral("fal-ai/flux-2");
const QStringList GeminiEditModels = {QStringLiteral("fal-ai/gemini-25-flash-image/edit"),
                                      QStringLiteral("fal-ai/nano-banana/edit")};
// The Gemini 3 edit endpoints add a resolution (fal.ai/models/fal-ai/nano-banana-pro/llms.txt: 1K, 2K, 4K;
// fal-ai/nano-banana-2/llms.txt adds 0.5K) and web search; they have no safety_tolerance.
const QString NanoBananaPro = QStringLiteral("fal-ai/nano-banana-pro/edit");
const QString NanoBanana2 = QStringLiteral("fal-ai/nano-banana-2/edit");
const QStringList EditModels = GeminiEditModels + QStringList{NanoBananaPro, NanoBanana2};

// Every input field of each model's current schema (fal-js endpoints.ts: FluxProV11UltraInput and
// NanoBananaEditInput, which Gemini25FlashImageEditInput aliases). Anything else is refused as fal's
// validation does, e.g. enable_safety_checker, which Flux Ultra's schema no longer has.
const QStringList FluxFields = {QStringLiteral("prompt"),
                                QStringLiteral("seed"),
                                QStringLiteral("sync_mode"),
                                QStringLiteral("num_images"),
                                QStringLiteral("output_format"),
                                QStringLiteral("safety_tolerance"),
                                QStringLiteral("enhance_prompt"),
                                QStringLiteral("image_url"),
                                QStringLiteral("image_prompt_strength"),
                                QStringLiteral("aspect_ratio"),
                                QStringLiteral("raw")};
const QStringList EditFields = {
    QStringLiteral("prompt"),        QStringLiteral("image_urls"),   QStringLiteral("num_images"),
    QStringLiteral("output_format"), QStringLiteral("aspect_ratio"), QStringLiteral("safety_tolerance"),
    QStringLiteral("seed"),          QStringLiteral("sync_mode"),    QStringLiteral("limit_generations")};
const QStringList Gemini3EditFields = {QStringLiteral("prompt"),
                                       QStringLiteral("image_urls"),
                                       QStringLiteral("num_images"),
                                       QStringLiteral("output_format"),
                                       QStringLiteral("aspect_ratio"),
                                       QStringLiteral("resolution"),
                                       QStringLiteral("seed"),
                                       QStringLiteral("sync_mode"),
                                       QStringLiteral("limit_generations"),
                                       QStringLiteral("enable_web_search")};
// FLUX.2 [dev] text to image (fal.ai/models/fal-ai/flux-2/llms.txt): a named image_size instead of an aspect
// ratio, a safety checker switch instead of a tolerance, and no raw mode.
const QStringList Flux2Fields = {QStringLiteral("prompt"),       QStringLiteral("guidance_scale"),
                                 QStringLiteral("seed"),         QStringLiteral("num_inference_steps"),
                                 QStringLiteral("image_size"),   QStringLiteral("num_images"),
                                 QStringLiteral("acceleration"), QStringLiteral("enable_prompt_expansion"),
                                 QStringLiteral("sync_mode"),    QStringLiteral("enable_safety_checker"),
                                 QStringLiteral("output_format")};

QJsonObject entry(const QString &field, const QString &msg, const QString &type)
{
    QJsonArray loc{QStringLiteral("body")};
    if (!field.isEmpty())
        loc.append(field);
    return {{QStringLiteral("loc"), loc},
            {QStringLiteral("msg"), msg},
            {QStringLiteral("type"), type},
            {QStringLiteral("url"), QString(QStringLiteral("https://docs.fal.ai/errors#") + type)}};
}

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
}

void checkEnum(const QJsonObject &input, const QString &field, const QStringList &allowed, QJsonArray *detail)
{
    if (!input.contains(field))
        return;
    if (!allowed.contains(input.value(field).toString()))
        detail->append(entry(field,
                             QStringLiteral("Input should be '%1'").arg(allowed.join(QStringLiteral("', '"))),
                             QStringLiteral("literal_error")));
}

void checkBool(const QJsonObject &input, const QString &field, QJsonArray *detail)
{
    if (input.contains(field) && !input.value(field).isBool())
        detail->append(
            entry(field, QStringLiteral("Input should be a valid boolean"), QStringLiteral("bool_type")));
}

void checkExtra(const QJsonObject &input, const QStringList &known, QJsonArray *detail)
{
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (!known.contains(it.key()))
            detail->append(entry(it.key(), QStringLiteral("Extra inputs are not permitted"),
                                 QStringLiteral("extra_forbidden")));
    }
}

void checkCommon(const QJsonObject &input, QJsonArray *detail)
{
    if (!input.contains(QLatin1String("prompt")))
        detail->append(
            entry(QStringLiteral("prompt"), QStringLiteral("Field required"), QStringLiteral("missing")));
    else if (!input.value(QLatin1String("prompt")).isString())
        detail->append(entry(QStringLiteral("prompt"), QStringLiteral("Input should be a valid string"),
                             QStringLiteral("string_type")));
    const QJsonValue count = input.value(QLatin1String("num_images"));
    if (!count.isUndefined()) {
        if (!isInteger(count))
            detail->append(entry(QStringLiteral("num_images"),
                                 QStringLiteral("Input should be a valid integer"),
                                 QStringLiteral("int_type")));
        else if (count.toInteger() < 1)
            detail->append(entry(QStringLiteral("num_images"),
                                 QStringLiteral("Input should be greater than or equal to 1"),
                                 QStringLiteral("greater_than_equal")));
        else if (count.toInteger() > 4)
            detail->append(entry(QStringLiteral("num_images"),
                                 QStringLiteral("Input should be less than or equal to 4"),
                                 QStringLiteral("less_than_equal")));
    }
    if (input.contains(QLatin1String("seed")) && !isInteger(input.value(QLatin1String("seed"))))
        detail->append(entry(QStringLiteral("seed"), QStringLiteral("Input should be a valid integer"),
                             QStringLiteral("int_type")));
    checkEnum(input, QStringLiteral("safety_tolerance"),
              {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
               QStringLiteral("5"), QStringLiteral("6")},
              detail);
    checkBool(input, QStringLiteral("sync_mode"), detail);
}

qint64 seedFor(const QJsonObject &input)
{
    if (input.contains(QLatin1String("seed")))
        return input.value(QLatin1String("seed")).toInteger();
    return static_cast<qint64>(qHash(input.value(QLatin1String("prompt")).toString()) & 0x7fffffff);
}

} // namespace

FalModelRunner::FalModelRunner(FalFileStore *files, QUrl baseUrl)
    : m_files(files)
    , m_baseUrl(std::move(baseUrl))
{}

bool FalModelRunner::isKnownModel(const QString &model)
{
    return model == FluxUltra || model == Flux2 || EditModels.contains(model);
}

bool FalModelRunner::isEditModel(const QString &model)
{
    return EditModels.contains(model);
}

QJsonArray FalModelRunner::validate(const QString &model, const QJsonObject &input)
{
    QJsonArray detail;
    checkCommon(input, &detail);
    const bool gemini3 = model == NanoBananaPro || model == NanoBanana2;
    checkExtra(input,
               gemini3              ? Gemini3EditFields
               : isEditModel(model) ? EditFields
               : model == Flux2     ? Flux2Fields
                                    : FluxFields,
               &detail);
    if (gemini3)
        checkEnum(input, QStringLiteral("resolution"),
                  model == NanoBanana2
                      ? QStringList{QStringLiteral("0.5K"), QStringLiteral("1K"), QStringLiteral("2K"),
                                    QStringLiteral("4K")}
                      : QStringList{QStringLiteral("1K"), QStringLiteral("2K"), QStringLiteral("4K")},
                  &detail);
    if (model == Flux2) {
        checkEnum(input, QStringLiteral("image_size"),
                  {QStringLiteral("square_hd"), QStringLiteral("square"), QStringLiteral("portrait_4_3"),
                   QStringLiteral("portrait_16_9"), QStringLiteral("landscape_4_3"),
                   QStringLiteral("landscape_16_9")},
                  &detail);
        checkEnum(input, QStringLiteral("output_format"),
                  {QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("webp")}, &detail);
        checkBool(input, QStringLiteral("enable_safety_checker"), &detail);
    } else if (isEditModel(model)) {
        const QJsonValue urls = input.value(QLatin1String("image_urls"));
        if (urls.isUndefined())
            detail.append(entry(QStringLiteral("image_urls"), QStringLiteral("Field required"),
                                QStringLiteral("missing")));
        else if (!urls.isArray() || urls.toArray().isEmpty())
            detail.append(entry(QStringLiteral("image_urls"),
                                QStringLiteral("List should have at least 1 item after validation, not 0"),
                                QStringLiteral("too_short")));
        checkEnum(input, QStringLiteral("aspect_ratio"),
                  {QStringLiteral("auto"), QStringLiteral("21:9"), QStringLiteral("16:9"),
                   QStringLiteral("3:2"), QStringLiteral("4:3"), QStringLiteral("5:4"), QStringLiteral("1:1"),
                   QStringLiteral("4:5"), QStringLiteral("3:4"), QStringLiteral("2:3"),
                   QStringLiteral("9:16")},
                  &detail);
        checkEnum(input, QStringLiteral("output_format"),
                  {QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("webp")}, &detail);
    } else {
        checkEnum(input, QStringLiteral("aspect_ratio"),
                  {QStringLiteral("21:9"), QStringLiteral("16:9"), QStringLiteral("4:3"),
                   QStringLiteral("3:2"), QStringLiteral("1:1"), QStringLiteral("2:3"), QStringLiteral("3:4"),
                   QStringLiteral("9:16"), QStringLiteral("9:21")},
                  &detail);
        checkEnum(input, QStringLiteral("output_format"), {QStringLiteral("jpeg"), QStringLiteral("png")},
                  &detail);
        checkBool(input, QStringLiteral("raw"), &detail);
        checkBool(input, QStringLiteral("enhance_prompt"), &detail);
    }
    return detail;
}

QByteArray FalModelRunner::detailBody(const QJsonArray &detail)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("detail"), detail}}).toJson(QJsonDocument::Compact);
}

FalModelOutput FalModelRunner::run(const QString &model, const QJsonObject &input,
                                   const FalScenario &scenario, const QString &requestId)
{
    const QJsonArray detail = validate(model, input);
    if (!detail.isEmpty())
        return {422, detailBody(detail), {}};
    return isEditModel(model) ? edit(input, scenario, requestId) : generate(input, scenario, requestId);
}

QJsonObject FalModelRunner::publish(const QImage &image, const QString &format, const QString &path,
                                    bool inlineData, bool corrupt)
{
    const EncodedImage encoded = FalImageFactory::encode(image, format);
    const QString extension = QString::fromLatin1(encoded.mime.mid(6));
    QString url;
    if (inlineData) {
        url = QString::fromLatin1("data:" + encoded.mime + ";base64," + encoded.bytes.toBase64());
    } else {
        const QString filePath = path + QLatin1Char('.') + extension;
        m_files->insert(filePath,
                        {corrupt ? QByteArray("this is not an image") : encoded.bytes, encoded.mime});
        QUrl fileUrl = m_baseUrl;
        fileUrl.setPath(filePath);
        url = fileUrl.toString();
    }
    return {{QStringLiteral("url"), url},
            {QStringLiteral("width"), image.width()},
            {QStringLiteral("height"), image.height()},
            {QStringLiteral("content_type"), QString::fromLatin1(encoded.mime)},
            {QStringLiteral("file_name"), QString(QStringLiteral("output.") + extension)},
            {QStringLiteral("file_size"), static_cast<qint64>(encoded.bytes.size())}};
}

FalModelOutput FalModelRunner::generate(const QJsonObject &input, const FalScenario &scenario,
                                        const QString &requestId)
{
    const QString prompt = input.value(QLatin1String("prompt")).toString();
    // FLUX.2 names its sizes (image_size); the others take an aspect ratio.
    static const QHash<QString, QString> namedSizes{
        {QStringLiteral("square_hd"), QStringLiteral("1:1")},
        {QStringLiteral("square"), QStringLiteral("1:1")},
        {QStringLiteral("portrait_4_3"), QStringLiteral("3:4")},
        {QStringLiteral("portrait_16_9"), QStringLiteral("9:16")},
        {QStringLiteral("landscape_4_3"), QStringLiteral("4:3")},
        {QStringLiteral("landscape_16_9"), QStringLiteral("16:9")}};
    const QString imageSize = input.value(QLatin1String("image_size")).toString();
    const QSize size = FalImageFactory::sizeFor(
        imageSize.isEmpty() ? input.value(QLatin1String("aspect_ratio")).toString(QStringLiteral("16:9"))
                            : namedSizes.value(imageSize, QStringLiteral("4:3")));
    const QString format = input.value(QLatin1String("output_format")).toString(QStringLiteral("jpeg"));
    const bool inlineData = input.value(QLatin1String("sync_mode")).toBool(false) || scenario.inlineImages;
    const int count = input.value(QLatin1String("num_images")).toInt(1);
    QJsonArray images;
    QJsonArray nsfw;
    for (int i = 0; i < count; ++i) {
        const bool flagged = scenario.nsfw && i == 0;
        const QImage image =
            flagged ? FalImageFactory::blocked(size) : FalImageFactory::generate(prompt, i, size);
        images.append(publish(image, format, QStringLiteral("/files/%1/%2").arg(requestId).arg(i), inlineData,
                              scenario.corruptImage));
        nsfw.append(flagged);
    }
    const QJsonObject output{{QStringLiteral("images"), images},
                             {QStringLiteral("timings"), QJsonObject{}},
                             {QStringLiteral("seed"), static_cast<double>(seedFor(input))},
                             {QStringLiteral("has_nsfw_concepts"), nsfw},
                             {QStringLiteral("prompt"), prompt}};
    return {200, QJsonDocument(output).toJson(QJsonDocument::Compact), {}};
}

FalModelOutput FalModelRunner::edit(const QJsonObject &input, const FalScenario &scenario,
                                    const QString &requestId)
{
    const QJsonArray urls = input.value(QLatin1String("image_urls")).toArray();
    QList<QImage> sources;
    for (qsizetype i = 0; i < urls.size(); ++i) {
        const QImage image = loadInput(urls.at(i).toString());
        if (image.isNull()) {
            QJsonObject problem = entry(QStringLiteral("image_urls"),
                                        QStringLiteral("Could not load the image at image_urls[%1].").arg(i),
                                        QStringLiteral("image_load_error"));
            return {422, detailBody({problem}), {}};
        }
        sources.append(image);
    }
    const QString prompt = input.value(QLatin1String("prompt")).toString();
    const QString format = input.value(QLatin1String("output_format")).toString(QStringLiteral("png"));
    const QString aspect = input.value(QLatin1String("aspect_ratio")).toString();
    const bool inlineData = input.value(QLatin1String("sync_mode")).toBool(false) || scenario.inlineImages;
    const int count = input.value(QLatin1String("num_images")).toInt(1);
    QJsonArray images;
    for (int i = 0; i < count; ++i) {
        const QImage image = FalImageFactory::edit(sources.at(i % sources.size()), prompt, i, aspect);
        images.append(publish(image, format, QStringLiteral("/files/%1/%2").arg(requestId).arg(i), inlineData,
                              scenario.corruptImage));
    }
    const QJsonObject output{{QStringLiteral("images"), images},
                             {QStringLiteral("description"), QStringLiteral("Here is the edited image.")}};
    return {200, QJsonDocument(output).toJson(QJsonDocument::Compact), {}};
}

QImage FalModelRunner::loadInput(const QString &url) const
{
    if (url.startsWith(QLatin1String("data:")))
        return FalImageFactory::decodeDataUri(url);
    const QUrl parsed(url);
    if (parsed.host() != m_baseUrl.host() || parsed.port() != m_baseUrl.port())
        return {};
    return QImage::fromData(m_files->value(parsed.path()).bytes);
}

} // namespace confab::testserver
