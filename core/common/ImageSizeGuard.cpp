#include "common/ImageSizeGuard.h"

#include <QImageReader>

namespace confab {

namespace {
constexpr qint64 BytesPerPixel = 4;
constexpr int AllocationLimitMiB = int(MaxImagePixels * BytesPerPixel / (1024 * 1024)) + 1;
} // namespace

QString refuseOversizedImage(QImageReader &reader)
{
    reader.setAllocationLimit(AllocationLimitMiB);
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() <= MaxImagePixels)
        return {};
    return QStringLiteral("is %1 × %2 pixels; Confab opens images up to %3 megapixels")
        .arg(size.width())
        .arg(size.height())
        .arg(MaxImagePixels / 1'000'000);
}

} // namespace confab
