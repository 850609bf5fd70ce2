#include "fal/FalImageDecoder.h"

#include "common/ImageSizeGuard.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>

namespace confab::FalImageDecoder {

namespace {

QString tooLargeText(qint64 maxBytes)
{
    return QCoreApplication::translate("FalImageDecoder", "fal.ai sent an image larger than the %1 MB limit.")
        .arg(maxBytes / (1024 * 1024));
}

} // namespace

FalDecodedImage fromBytes(const QByteArray &bytes, qint64 maxBytes)
{
    FalDecodedImage decoded;
    if (maxBytes > 0 && bytes.size() > maxBytes) {
        decoded.error = tooLargeText(maxBytes);
        return decoded;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (const QString tooLarge = refuseOversizedImage(reader); !tooLarge.isEmpty()) {
        decoded.error = QStringLiteral("The image fal.ai sent ") + tooLarge + u'.';
        return decoded;
    }
    // Reading the whole image, not just its header, catches truncated files.
    const QImage image = reader.read();
    if (image.isNull() || format.isEmpty()) {
        decoded.error =
            QCoreApplication::translate("FalImageDecoder", "fal.ai sent an image that cannot be read (%1).")
                .arg(reader.errorString());
        return decoded;
    }
    decoded.image.bytes = bytes;
    decoded.image.mime = "image/" + (format == "jpg" ? QByteArray("jpeg") : format);
    decoded.image.width = image.width();
    decoded.image.height = image.height();
    return decoded;
}

FalDecodedImage fromDataUri(const QByteArray &uri, qint64 maxBytes)
{
    const qsizetype comma = uri.indexOf(',');
    if (!uri.startsWith("data:") || comma < 0 || !uri.left(comma).endsWith(";base64")) {
        FalDecodedImage decoded;
        decoded.error = QCoreApplication::translate("FalImageDecoder",
                                                    "fal.ai sent an image in a form that cannot be read.");
        return decoded;
    }
    if (maxBytes > 0 && (uri.size() - comma) / 4 * 3 > maxBytes) {
        FalDecodedImage decoded;
        decoded.error = tooLargeText(maxBytes);
        return decoded;
    }
    return fromBytes(QByteArray::fromBase64(uri.mid(comma + 1)), maxBytes);
}

} // namespace confab::FalImageDecoder
