#include "fal/FalRequestBuilder.h"

#include "fal/FalImageModels.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace confab::FalRequestBuilder {

namespace {

QString validateModel(const QString &id, FalImageModel::Kind kind, const FalImageModel **model)
{
    *model = falimagemodels::find(id);
    if (*model && (*model)->kind == kind)
        return {};
    return QCoreApplication::translate("FalRequestBuilder",
                                       "\"%1\" is not a fal model Confab offers for this; choose one of: %2.")
        .arg(id, falimagemodels::ids(kind).join(QStringLiteral(", ")));
}

QString validateCommon(const FalImageModel &model, const QString &prompt, int numImages,
                       const QString &outputFormat, int safetyTolerance)
{
    if (prompt.trimmed().isEmpty())
        return QCoreApplication::translate("FalRequestBuilder", "Write a prompt describing the image.");
    if (numImages < 1 || numImages > model.maxImages)
        return QCoreApplication::translate("FalRequestBuilder",
                                           "The number of images must be between 1 and %1 (got %2).")
            .arg(model.maxImages)
            .arg(numImages);
    if (!model.outputFormats.contains(outputFormat))
        return QCoreApplication::translate("FalRequestBuilder", "The image format must be %1 (got \"%2\").")
            .arg(model.outputFormats.join(QStringLiteral(" or ")), outputFormat);
    if (safetyTolerance < 1 || safetyTolerance > 6)
        return QCoreApplication::translate(
                   "FalRequestBuilder", "The safety tolerance must be between 1 (strictest) and 6 (got %1).")
            .arg(safetyTolerance);
    return {};
}

QString validateAspect(const FalImageModel &model, const QString &aspectRatio)
{
    if (aspectRatio.isEmpty() || model.aspectRatios.contains(aspectRatio))
        return {};
    return QCoreApplication::translate("FalRequestBuilder",
                                       "The aspect ratio \"%1\" is not one %2 offers (%3).")
        .arg(aspectRatio, model.name, model.aspectRatios.join(QStringLiteral(", ")));
}

// The fields every model shares, as its schema spells them.
QJsonObject commonInput(const FalImageModel &model, const QString &prompt, int numImages,
                        const QString &outputFormat, int safetyTolerance)
{
    QJsonObject input{
        {QStringLiteral("prompt"), prompt},
        {QStringLiteral("num_images"), numImages},
        {QStringLiteral("output_format"), outputFormat},
    };
    // fal's schemas type the tolerance as a string enum "1".."6".
    if (model.takesSafetyTolerance)
        input.insert(QStringLiteral("safety_tolerance"), QString::number(safetyTolerance));
    if (model.takesSafetyChecker)
        input.insert(QStringLiteral("enable_safety_checker"), true);
    return input;
}

} // namespace

QStringList fluxOutputFormats()
{
    return falimagemodels::defaultFor(FalImageModel::Kind::TextToImage).outputFormats;
}

QString validate(const FluxUltraOptions &options)
{
    const FalImageModel *model = nullptr;
    if (const QString problem = validateModel(options.model, FalImageModel::Kind::TextToImage, &model);
        !problem.isEmpty())
        return problem;
    if (const QString common = validateCommon(*model, options.prompt, options.numImages, options.outputFormat,
                                              options.safetyTolerance);
        !common.isEmpty())
        return common;
    // A text-to-image model needs a shape; only edits may leave it to their input picture.
    if (const QString aspect = validateAspect(*model, options.aspectRatio);
        !aspect.isEmpty() || options.aspectRatio.isEmpty())
        return aspect.isEmpty()
                   ? QCoreApplication::translate("FalRequestBuilder", "Choose an aspect ratio (%1).")
                         .arg(model->aspectRatios.join(QStringLiteral(", ")))
                   : aspect;
    if (options.seed && *options.seed < 0)
        return QCoreApplication::translate("FalRequestBuilder", "The seed must not be negative.");
    if (options.raw && !model->takesRaw)
        return QCoreApplication::translate("FalRequestBuilder", "%1 has no raw mode.").arg(model->name);
    return {};
}

QString validate(const ImageEditOptions &options)
{
    const FalImageModel *model = nullptr;
    if (const QString problem = validateModel(options.model, FalImageModel::Kind::Edit, &model);
        !problem.isEmpty())
        return problem;
    if (const QString common = validateCommon(*model, options.prompt, options.numImages, options.outputFormat,
                                              options.safetyTolerance);
        !common.isEmpty())
        return common;
    if (options.images.isEmpty())
        return QCoreApplication::translate("FalRequestBuilder", "Add at least one image to edit.");
    for (const InputImage &image : options.images) {
        if (image.bytes.isEmpty())
            return QCoreApplication::translate("FalRequestBuilder", "One of the input images is empty.");
        if (!image.mime.startsWith("image/"))
            return QCoreApplication::translate("FalRequestBuilder",
                                               "One of the input images is not an image.");
    }
    if (const QString aspect = validateAspect(*model, options.aspectRatio); !aspect.isEmpty())
        return aspect;
    if (!options.resolution.isEmpty() && !model->resolutions.contains(options.resolution))
        return model->resolutions.isEmpty()
                   ? QCoreApplication::translate("FalRequestBuilder", "%1 has no resolution to choose.")
                         .arg(model->name)
                   : QCoreApplication::translate("FalRequestBuilder",
                                                 "The resolution \"%1\" is not one %2 offers (%3).")
                         .arg(options.resolution, model->name, model->resolutions.join(QStringLiteral(", ")));
    return {};
}

QJsonObject fluxUltraInput(const FluxUltraOptions &options)
{
    const FalImageModel &model = falimagemodels::resolve(options.model, FalImageModel::Kind::TextToImage);
    QJsonObject input =
        commonInput(model, options.prompt, options.numImages, options.outputFormat, options.safetyTolerance);
    if (model.shape == FalImageModel::Shape::ImageSize)
        input.insert(QStringLiteral("image_size"), falimagemodels::imageSizeFor(options.aspectRatio));
    else
        input.insert(QStringLiteral("aspect_ratio"), options.aspectRatio);
    if (model.takesRaw)
        input.insert(QStringLiteral("raw"), options.raw);
    if (options.seed && model.takesSeed)
        input.insert(QStringLiteral("seed"), static_cast<double>(*options.seed));
    return input;
}

QJsonObject imageEditInput(const ImageEditOptions &options, const QStringList &imageUrls)
{
    const FalImageModel &model = falimagemodels::resolve(options.model, FalImageModel::Kind::Edit);
    QJsonObject input =
        commonInput(model, options.prompt, options.numImages, options.outputFormat, options.safetyTolerance);
    input.insert(QStringLiteral("image_urls"), QJsonArray::fromStringList(imageUrls));
    if (!options.aspectRatio.isEmpty())
        input.insert(QStringLiteral("aspect_ratio"), options.aspectRatio);
    if (!options.resolution.isEmpty())
        input.insert(QStringLiteral("resolution"), options.resolution);
    return input;
}

} // namespace confab::FalRequestBuilder
