#include "fal/FalImageModels.h"

#include "fal/FalTypes.h"

namespace confab::falimagemodels {

namespace {

QStringList geminiAspectRatios()
{
    return {QStringLiteral("auto"), QStringLiteral("21:9"), QStringLiteral("16:9"), QStringLiteral("3:2"),
            QStringLiteral("4:3"),  QStringLiteral("5:4"),  QStringLiteral("1:1"),  QStringLiteral("4:5"),
            QStringLiteral("3:4"),  QStringLiteral("2:3"),  QStringLiteral("9:16")};
}

QList<FalImageModel> build()
{
    using K = FalImageModel::Kind;
    QList<FalImageModel> models;

    // fal.ai/models/fal-ai/flux-pro/v1.1-ultra; fal-js FluxProV11UltraInput (fal.md B.4). $0.06 per image.
    FalImageModel ultra;
    ultra.id = QString::fromLatin1(FalModel::FluxProUltra);
    ultra.name = QStringLiteral("FLUX1.1 [pro] ultra");
    ultra.aspectRatios = {QStringLiteral("21:9"), QStringLiteral("16:9"), QStringLiteral("4:3"),
                          QStringLiteral("3:2"),  QStringLiteral("1:1"),  QStringLiteral("2:3"),
                          QStringLiteral("3:4"),  QStringLiteral("9:16"), QStringLiteral("9:21")};
    ultra.defaultAspectRatio = QStringLiteral("16:9");
    ultra.outputFormats = {QStringLiteral("jpeg"), QStringLiteral("png")};
    ultra.takesRaw = true;
    ultra.lastKnownPriceUsd = 0.06;
    models << ultra;

    // fal.ai/models/fal-ai/flux-2/llms.txt (FLUX.2 [dev]): prompt, image_size (named sizes, default
    // landscape_4_3), num_images 1–4, seed, guidance_scale, num_inference_steps, acceleration,
    // enable_prompt_expansion, enable_safety_checker, sync_mode, output_format jpeg|png|webp. Billed per
    // megapixel ($0.012); a 1 MP picture is the price shown.
    FalImageModel flux2;
    flux2.id = QStringLiteral("fal-ai/flux-2");
    flux2.name = QStringLiteral("FLUX.2 [dev]");
    flux2.shape = FalImageModel::Shape::ImageSize;
    flux2.aspectRatios = {QStringLiteral("1:1"), QStringLiteral("4:3"), QStringLiteral("16:9"),
                          QStringLiteral("3:4"), QStringLiteral("9:16")};
    flux2.defaultAspectRatio = QStringLiteral("4:3");
    flux2.outputFormats = {QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("webp")};
    flux2.takesSafetyTolerance = false;
    flux2.takesSafetyChecker = true;
    flux2.lastKnownPriceUsd = 0.012;
    models << flux2;

    // fal.ai/models/fal-ai/nano-banana/edit/llms.txt; fal-js NanoBananaEditInput, which
    // Gemini25FlashImageEditInput aliases (fal.md B.5). $0.039 per image.
    FalImageModel nano;
    nano.id = QString::fromLatin1(FalModel::GeminiFlashEdit);
    nano.name = QStringLiteral("Nano Banana (Gemini 2.5 Flash Image)");
    nano.kind = K::Edit;
    nano.aspectRatios = geminiAspectRatios();
    nano.defaultAspectRatio = QStringLiteral("auto");
    nano.outputFormats = {QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("webp")};
    nano.takesSeed = false;
    nano.lastKnownPriceUsd = 0.039;
    models << nano;

    // fal.ai/models/fal-ai/nano-banana-2/llms.txt (Gemini 3.1 Flash Image): the edit endpoint adds a
    // resolution (0.5K, 1K default, 2K, 4K; 2K and 4K at 1.5 and 2 times the price). $0.08 per image.
    FalImageModel nano2 = nano;
    nano2.id = QStringLiteral("fal-ai/nano-banana-2/edit");
    nano2.name = QStringLiteral("Nano Banana 2 (Gemini 3.1 Flash Image)");
    nano2.resolutions = {QStringLiteral("0.5K"), QStringLiteral("1K"), QStringLiteral("2K"),
                         QStringLiteral("4K")};
    nano2.defaultResolution = QStringLiteral("1K");
    nano2.takesSafetyTolerance = false;
    nano2.lastKnownPriceUsd = 0.08;
    models << nano2;

    // fal.ai/models/fal-ai/nano-banana-pro/llms.txt and docs "Nano Banana Pro API" (Gemini 3 Pro Image):
    // resolution 1K (default), 2K, 4K (4K at twice the price). $0.15 per image.
    FalImageModel pro = nano2;
    pro.id = QStringLiteral("fal-ai/nano-banana-pro/edit");
    pro.name = QStringLiteral("Nano Banana Pro (Gemini 3 Pro Image)");
    pro.resolutions = {QStringLiteral("1K"), QStringLiteral("2K"), QStringLiteral("4K")};
    pro.lastKnownPriceUsd = 0.15;
    models << pro;
    return models;
}

} // namespace

const QList<FalImageModel> &all()
{
    static const QList<FalImageModel> models = build();
    return models;
}

const FalImageModel *find(const QString &id)
{
    for (const FalImageModel &model : all()) {
        if (model.id == id)
            return &model;
    }
    return nullptr;
}

const FalImageModel &defaultFor(FalImageModel::Kind kind)
{
    return *find(QString::fromLatin1(kind == FalImageModel::Kind::Edit ? FalModel::GeminiFlashEdit
                                                                       : FalModel::FluxProUltra));
}

QStringList ids(FalImageModel::Kind kind)
{
    QStringList result;
    for (const FalImageModel &model : all()) {
        if (model.kind == kind)
            result << model.id;
    }
    return result;
}

const FalImageModel &resolve(const QString &wanted, FalImageModel::Kind kind)
{
    const FalImageModel *model = find(wanted);
    return model && model->kind == kind ? *model : defaultFor(kind);
}

QString imageSizeFor(const QString &aspectRatio)
{
    if (aspectRatio == QLatin1String("1:1"))
        return QStringLiteral("square_hd");
    if (aspectRatio == QLatin1String("16:9"))
        return QStringLiteral("landscape_16_9");
    if (aspectRatio == QLatin1String("3:4"))
        return QStringLiteral("portrait_4_3");
    if (aspectRatio == QLatin1String("9:16"))
        return QStringLiteral("portrait_16_9");
    return QStringLiteral("landscape_4_3");
}

} // namespace confab::falimagemodels
