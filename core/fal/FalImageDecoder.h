#pragma once

#include "fal/FalTypes.h"

namespace confab {

struct FalDecodedImage
{
    FalImage image;
    QString error; // empty on success
};

// Pure functions, safe to run on a worker thread: the bytes must decode as an image Qt can read.
namespace FalImageDecoder {

FalDecodedImage fromBytes(const QByteArray &bytes, qint64 maxBytes);
// "data:image/png;base64,…" as fal returns with sync_mode.
FalDecodedImage fromDataUri(const QByteArray &uri, qint64 maxBytes);

} // namespace FalImageDecoder

} // namespace confab
