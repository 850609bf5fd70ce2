#include "limits/ImagePreparation.h"

#include "common/ImageSizeGuard.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QMimeDatabase>

#include <cmath>

namespace confab {

namespace {
constexpr int jpegQuality = 90;
constexpr int smallestSide = 16;
constexpr double shrinkStep = 0.8;
constexpr int maxAttempts = 24;

PreparedImage refused(QString error)
{
    PreparedImage image;
    image.error = std::move(error);
    return image;
}

bool hasTransparentPixels(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) < 255)
                return true;
        }
    }
    return false;
}

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (qstrcmp(format, "jpeg") == 0)
        writer.setQuality(jpegQuality);
    if (!writer.write(image))
        return {};
    return bytes;
}

PreparedImage shrinkToFit(const QImage &original, qint64 maxBytes, qint64 originalBytes, const QString &name)
{
    const bool keepAlpha = hasTransparentPixels(original);
    const char *format = keepAlpha ? "png" : "jpeg";
    // Every pixel is opaque when going to JPEG, so dropping the alpha channel loses nothing.
    const QImage source = keepAlpha ? original : original.convertToFormat(QImage::Format_RGB32);
    // Encoded size grows roughly with the pixel count, so the first guess scales by the square root.
    double scale =
        std::min(1.0, std::sqrt(static_cast<double>(maxBytes) / static_cast<double>(originalBytes)));
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        const QSize target(std::max(1, static_cast<int>(std::lround(source.width() * scale))),
                           std::max(1, static_cast<int>(std::lround(source.height() * scale))));
        const QImage scaled = target == source.size()
                                  ? source
                                  : source.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const QByteArray bytes = encode(scaled, format);
        if (bytes.isEmpty())
            return refused(
                QCoreApplication::translate("ImagePreparation", "%1 could not be converted for upload.")
                    .arg(name));
        if (bytes.size() <= maxBytes) {
            PreparedImage image;
            image.ok = true;
            image.bytes = bytes;
            image.mimeType = keepAlpha ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
            image.size = scaled.size();
            image.downscaled = true;
            return image;
        }
        if (std::min(target.width(), target.height()) <= smallestSide)
            break;
        scale *= shrinkStep;
    }
    return refused(
        QCoreApplication::translate("ImagePreparation", "%1 is too large to send, even after shrinking it.")
            .arg(name));
}
// A BMP, TIFF, ICO… as PNG, or as JPEG when it is a photo: one whose PNG is more than twice its JPEG's size
// (flat screenshots and drawings stay sharp, photos stay small). Transparency keeps PNG.
PreparedImage converted(const QImage &image)
{
    PreparedImage prepared;
    const QByteArray png = encode(image, "png");
    const QByteArray jpeg = hasTransparentPixels(image)
                                ? QByteArray()
                                : encode(image.convertToFormat(QImage::Format_RGB32), "jpeg");
    const bool photo = !jpeg.isEmpty() && png.size() > 2 * jpeg.size();
    prepared.bytes = photo ? jpeg : png;
    prepared.ok = !prepared.bytes.isEmpty();
    prepared.mimeType = photo ? QStringLiteral("image/jpeg") : QStringLiteral("image/png");
    prepared.size = image.size();
    return prepared;
}

} // namespace

PreparedImage prepareImageFile(const QString &path, qint64 maxBytes)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(QCoreApplication::translate("ImagePreparation", "%1 could not be read (%2).")
                           .arg(name, file.errorString()));
    return prepareImageData(file.readAll(), name, maxBytes);
}

PreparedImage prepareImageData(const QByteArray &data, const QString &name, qint64 maxBytes)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // Re-encoded images lose their EXIF data, so the orientation it asks for is applied to the pixels.
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        const QString why = data.isEmpty()
                                ? QCoreApplication::translate("ImagePreparation", "the file is empty")
                                : reader.errorString();
        return refused(
            QCoreApplication::translate("ImagePreparation", "%1 is not an image (%2).").arg(name, why));
    }
    if (const QString tooLarge = refuseOversizedImage(reader); !tooLarge.isEmpty())
        return refused(name + u' ' + tooLarge + u'.');
    const QImage image = reader.read();
    if (image.isNull()) {
        return refused(
            QCoreApplication::translate("ImagePreparation", "%1 could not be read as an image (%2).")
                .arg(name, reader.errorString()));
    }
    const QString mimeType = QMimeDatabase().mimeTypeForData(data).name();
    if (data.size() <= maxBytes && isSendableImageType(mimeType)) {
        PreparedImage prepared;
        prepared.ok = true;
        prepared.bytes = data;
        prepared.mimeType = mimeType;
        prepared.size = image.size();
        return prepared;
    }
    if (!isSendableImageType(mimeType)) {
        // Converted within the limit; otherwise shrunk below, which converts as well.
        if (PreparedImage sendable = converted(image); sendable.ok && sendable.bytes.size() <= maxBytes)
            return sendable;
    }
    return shrinkToFit(image, maxBytes, data.size(), name);
}

bool isSendableImageType(const QString &mimeType)
{
    return mimeType == QLatin1String("image/png") || mimeType == QLatin1String("image/jpeg") ||
           mimeType == QLatin1String("image/webp") || mimeType == QLatin1String("image/gif");
}

} // namespace confab
