#include "FalImageFactory.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageWriter>
#include <QPainter>

#include <algorithm>

namespace confab::testserver::FalImageFactory {

QColor colourFor(const QString &prompt, int index)
{
    const QByteArray digest = QCryptographicHash::hash(prompt.toUtf8(), QCryptographicHash::Sha1);
    const int hue =
        ((static_cast<unsigned char>(digest[0]) << 8 | static_cast<unsigned char>(digest[1])) + index * 67) %
        360;
    return QColor::fromHsv(hue, 200, 230);
}

QSize sizeFor(const QString &aspectRatio)
{
    const QStringList parts = aspectRatio.split(QLatin1Char(':'));
    const int w = parts.value(0).toInt();
    const int h = parts.value(1).toInt();
    if (parts.size() != 2 || w <= 0 || h <= 0)
        return {512, 512};
    return w >= h ? QSize(512, std::max(1, 512 * h / w)) : QSize(std::max(1, 512 * w / h), 512);
}

QImage generate(const QString &prompt, int index, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, size.width(), 0);
    gradient.setColorAt(0, colourFor(prompt, index));
    gradient.setColorAt(1, Qt::black);
    painter.fillRect(image.rect(), gradient);
    return image;
}

QImage edit(const QImage &input, const QString &prompt, int index, const QString &aspectRatio)
{
    QImage source = input.convertToFormat(QImage::Format_RGB32);
    QSize size = source.size().scaled(512, 512, Qt::KeepAspectRatio);
    if (!aspectRatio.isEmpty() && aspectRatio != QLatin1String("auto"))
        size = sizeFor(aspectRatio);
    QImage image = source.mirrored(true, false).scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&image);
    painter.setOpacity(0.25);
    painter.fillRect(image.rect(), colourFor(prompt, index));
    return image;
}

QImage blocked(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::black);
    return image;
}

EncodedImage encode(const QImage &image, const QString &format)
{
    QByteArray qtFormat = format == QLatin1String("jpeg") ? QByteArray("jpeg") : QByteArray("png");
    if (format == QLatin1String("webp") && QImageWriter::supportedImageFormats().contains("webp"))
        qtFormat = "webp";
    EncodedImage encoded;
    QBuffer buffer(&encoded.bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, qtFormat.constData(), qtFormat == "jpeg" ? 90 : -1);
    encoded.mime = "image/" + qtFormat;
    return encoded;
}

QImage decodeDataUri(const QString &uri)
{
    const qsizetype comma = uri.indexOf(QLatin1Char(','));
    if (!uri.startsWith(QLatin1String("data:")) || comma < 0)
        return {};
    return QImage::fromData(QByteArray::fromBase64(uri.mid(comma + 1).toLatin1()));
}

} // namespace confab::testserver::FalImageFactory
