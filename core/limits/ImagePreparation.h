#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

namespace confab {

// An image ready to upload, or the reason it cannot be sent.
struct PreparedImage
{
    bool ok = false;
    // A sentence naming the file, when not ok.
    QString error;
    QByteArray bytes;
    QString mimeType;
    QSize size;
    // True when the bytes were re-encoded to fit the upload limit.
    bool downscaled = false;
};

// Reads an image file and makes it fit the upload limit and the types providers take. Within the limit a PNG,
// JPEG, WebP or GIF keeps its own bytes; any other type (BMP, TIFF, ICO…) is converted to PNG, or JPEG for a
// photo; above the limit the image is shrunk (keeping its aspect ratio) and re-encoded: as PNG if it has
// transparent pixels, otherwise as JPEG at quality 90. Pure and reentrant, so it can run on a worker thread.
PreparedImage prepareImageFile(const QString &path, qint64 maxBytes);
// The same for bytes already in memory (a pasted image); `name` is how messages refer to it.
PreparedImage prepareImageData(const QByteArray &data, const QString &name, qint64 maxBytes);

// The types OpenRouter takes as image input (its image-understanding guide: png, jpeg, webp, gif); others are
// answered with 400 unsupported_image_format.
bool isSendableImageType(const QString &mimeType);

} // namespace confab
