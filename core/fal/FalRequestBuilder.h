#pragma once

#include "fal/FalTypes.h"

#include <QJsonObject>
#include <QStringList>

namespace confab {

// Checks options against their model's schema (FalImageModels.h) before anything is sent and turns them into
// that model's input JSON.
namespace FalRequestBuilder {

// An empty string when the options are fine, otherwise a sentence for the user.
QString validate(const FluxUltraOptions &options);
QString validate(const ImageEditOptions &options);

QJsonObject fluxUltraInput(const FluxUltraOptions &options);
// imageUrls: one fal storage URL per input image, in order.
QJsonObject imageEditInput(const ImageEditOptions &options, const QStringList &imageUrls);

// The output formats of the default text-to-image model (Flux Ultra).
QStringList fluxOutputFormats();

} // namespace FalRequestBuilder

} // namespace confab
