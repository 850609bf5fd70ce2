#include "fal/FalRequestBuilder.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace confab::FalRequestBuilder {

namespace {

QString validateCommon(const QString &prompt, int numImages, const QString &outputFormat,
                       const QStringList &formats, int safetyTolerance)
{
    if (prompt.trimmed().isEmpty())
        return QCoreApplication::translate("FalRequestBuilder", "Write a prompt describing the image.");
    if (numImages < 1 || numImages > 4)
        return QCoreApplication::translate("FalRequestBuilder",
                                           "The number of images must be between 1 and 4 (got %1).")
            .arg(numImages);
    if (!formats.contains(outputFormat))
        return QCoreApplication::translate("FalRequestBuilder", "The image format must be %1 (got \"%2\").")
            .arg(formats.join(QStringLiteral(" or ")), outputFormat);
    if (safetyTolerance < 1 || safetyTolerance > 6)
        return QCoreApplication::translate(
                   "FalRequestBuilder", "The safety tolerance must be between 1 (strictest) and 6 (got %1).")
            .arg(safetyTolerance);
    return {};
}

} // namespace

QStringList fluxAspectRatios()
{
    return {QStringLiteral("21:9"), QStringLiteral("16:9"), QStringLiteral("4:3"),
            QStringLiteral("3:2"),  QStringLiteral("1:1"),  QStringLiteral("2:3"),
            QStringLiteral("3:4"),  QStringLiteral("9:16"), QStringLiteral("9:21")};
}

QStringList fluxOutputFormats()
{
    return {QStringLiteral("jpeg"), QStringLiteral("png")};
}

QStringList editOutputFormats()
{
    return {QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("webp")};
}

QStringList editAspectRatios()
{
    return {QStringLiteral("auto"), QStringLiteral("21:9"), QStringLiteral("16:9"), QStringLiteral("3:2"),
            QStringLiteral("4:3"),  QStringLiteral("5:4"),  QStringLiteral("1:1"),  QStringLiteral("4:5"),
            QStringLiteral("3:4"),  QStringLiteral("2:3"),  QStringLiteral("9:16")};
}

QString validate(const FluxUltraOptions &options)
{
    const QString common = validateCommon(options.prompt, options.numImages, options.outputFormat,
                                          fluxOutputFormats(), options.safetyTolerance);
    if (!common.isEmpty())
        return common;
    if (!fluxAspectRatios().contains(options.aspectRatio))
        return QCoreApplication::translate("FalRequestBuilder",
                                           "The aspect ratio \"%1\" is not one Flux Ultra offers (%2).")
            .arg(options.aspectRatio, fluxAspectRatios().join(QStringLiteral(", ")));
    if (options.seed && *options.seed < 0)
        return QCoreApplication::translate("FalRequestBuilder", "The seed must not be negative.");
    return {};
}

QString validate(const ImageEditOptions &options)
{
    const QString common = validateCommon(options.prompt, options.numImages, options.outputFormat,
                                          editOutputFormats(), options.safetyTolerance);
    if (!common.isEmpty())
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
    if (!options.aspectRatio.isEmpty() && !editAspectRatios().contains(options.aspectRatio))
        return QCoreApplication::translate("FalRequestBuilder",
                                           "The aspect ratio \"%1\" is not one the edit model offers (%2).")
            .arg(options.aspectRatio, editAspectRatios().join(QStringLiteral(", ")));
    return {};
}

QJsonObject fluxUltraInput(const FluxUltraOptions &options)
{
    QJsonObject input{
        {QStringLiteral("prompt"), options.prompt},
        {QStringLiteral("aspect_ratio"), options.aspectRatio},
        {QStringLiteral("num_images"), options.numImages},
        {QStringLiteral("output_format"), options.outputFormat},
        {QStringLiteral("raw"), options.raw},
        // fal's schema types the tolerance as a string enum "1".."6". The model has no other safety switch:
        // its current schema dropped enable_safety_checker.
        {QStringLiteral("safety_tolerance"), QString::number(options.safetyTolerance)},
    };
    if (options.seed)
        input.insert(QStringLiteral("seed"), static_cast<double>(*options.seed));
    return input;
}

QJsonObject imageEditInput(const ImageEditOptions &options, const QStringList &imageUrls)
{
    QJsonObject input{
        {QStringLiteral("prompt"), options.prompt},
        {QStringLiteral("image_urls"), QJsonArray::fromStringList(imageUrls)},
        {QStringLiteral("num_images"), options.numImages},
        {QStringLiteral("output_format"), options.outputFormat},
        {QStringLiteral("safety_tolerance"), QString::number(options.safetyTolerance)},
    };
    if (!options.aspectRatio.isEmpty())
        input.insert(QStringLiteral("aspect_ratio"), options.aspectRatio);
    return input;
}

} // namespace confab::FalRequestBuilder
