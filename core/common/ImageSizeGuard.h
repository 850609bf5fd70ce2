#pragma once

#include <QString>
#include <QtGlobal>

class QImageReader;

namespace confab {

// The most pixels Confab decodes in one image: a 48-megapixel phone photo fits, while a small file whose
// header claims 50000 × 50000 pixels (a decompression bomb) would need gigabytes and is refused before
// decoding.
inline constexpr qint64 MaxImagePixels = 64'000'000;

// Call before reader.read(). Returns why the image is refused, as the end of a sentence about it ("is 50000 ×
// 50000 pixels; Confab opens images up to 64 megapixels"), or an empty string when its header is within the
// limit. Also caps what the reader may allocate, for formats whose header does not give their size.
QString refuseOversizedImage(QImageReader &reader);

} // namespace confab
