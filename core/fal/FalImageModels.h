#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace confab {

// The fal image models Confab offers, each with what its input schema takes. Sources, per model: its fal page
// (fal.ai/models/<id>/llms.txt) and the generated input types of fal-js; see shared/protocols/fal.md.
struct FalImageModel
{
    enum class Kind
    {
        TextToImage,
        Edit
    };
    // How the model takes the picture's shape: an aspect_ratio string, or FLUX.2's named image_size.
    enum class Shape
    {
        AspectRatio,
        ImageSize
    };

    QString id;
    QString name;
    Kind kind = Kind::TextToImage;
    Shape shape = Shape::AspectRatio;
    QStringList aspectRatios; // what the user may choose; "auto" (edits) follows the input picture
    QString defaultAspectRatio;
    QStringList resolutions; // "1K", "2K", "4K"…; empty when the model has no resolution field
    QString defaultResolution;
    QStringList outputFormats;
    int maxImages = 4;
    bool takesSeed = true;
    bool takesRaw = false;
    bool takesSafetyTolerance = true; // fal's "1".."6" string
    bool takesSafetyChecker = false;  // enable_safety_checker, for models without a tolerance
    // fal's price when it was last read here, in USD per image at the default resolution.
    double lastKnownPriceUsd = 0;
};

namespace falimagemodels {

const QList<FalImageModel> &all();
// Empty when the id is not one Confab offers.
const FalImageModel *find(const QString &id);
const FalImageModel &defaultFor(FalImageModel::Kind kind);
QStringList ids(FalImageModel::Kind kind);
// The model for this kind: `wanted` when it is one of that kind, else the default.
const FalImageModel &resolve(const QString &wanted, FalImageModel::Kind kind);
// FLUX.2's image_size for an aspect ratio ("16:9" → "landscape_16_9").
QString imageSizeFor(const QString &aspectRatio);

} // namespace falimagemodels
} // namespace confab
