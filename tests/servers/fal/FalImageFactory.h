#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>

namespace confab::testserver {

struct EncodedImage
{
    QByteArray bytes;
    QByteArray mime;
};

// Small, real, decodable images that tell tests apart what was asked for: the colour comes from the prompt
// (and the image's index), the shape from the aspect ratio, and edits visibly derive from their input.
namespace FalImageFactory {

QColor colourFor(const QString &prompt, int index);
// Long side 512 px; unknown or "auto" ratios give a square.
QSize sizeFor(const QString &aspectRatio);
// A horizontal gradient from colourFor(prompt, index) at the left edge to black at the right.
QImage generate(const QString &prompt, int index, QSize size);
// The input mirrored left to right and tinted a quarter of the way towards colourFor(prompt, index).
QImage edit(const QImage &input, const QString &prompt, int index, const QString &aspectRatio);
QImage blocked(QSize size); // what fal sends for a flagged image: all black
// "jpeg", "png" or "webp" (png when this Qt cannot write webp).
EncodedImage encode(const QImage &image, const QString &format);
QImage decodeDataUri(const QString &uri);

} // namespace FalImageFactory

} // namespace confab::testserver
