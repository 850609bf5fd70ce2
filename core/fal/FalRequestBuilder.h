#pragma once

#include "fal/FalTypes.h"

#include <QJsonObject>
#include <QStringList>

namespace confab {

// Checks options before anything is sent and turns them into the model's input JSON.
namespace FalRequestBuilder {

// An empty string when the options are fine, otherwise a sentence for the user.
QString validate(const FluxUltraOptions &options);
QString validate(const ImageEditOptions &options);

QJsonObject fluxUltraInput(const FluxUltraOptions &options);
// imageUrls: one fal storage URL per input image, in order.
QJsonObject imageEditInput(const ImageEditOptions &options, const QStringList &imageUrls);

QStringList fluxAspectRatios();
QStringList editAspectRatios();
QStringList fluxOutputFormats();
QStringList editOutputFormats();

} // namespace FalRequestBuilder

} // namespace confab
