#include "limits/ImagePreparation.h"

#include "ImageBomb.h"
#include "catch.h"
#include "limits/PromptValidator.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtConcurrent>

using confab::prepareImageData;
using confab::prepareImageFile;
using confab::PromptLimits;
using confab::PromptValidator;

namespace {
// Noise compresses badly, so even a modest picture is large on disk.
QImage noise(int width, int height, bool transparentCorner)
{
    QImage image(width, height, transparentCorner ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = 0xff000000u | (random.generate() & 0x00ffffffu);
    }
    if (transparentCorner) {
        for (int y = 0; y < height / 4; ++y) {
            for (int x = 0; x < width / 4; ++x)
                image.setPixel(x, y, qRgba(0, 0, 0, 0));
        }
    }
    return image;
}

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QImage decoded(const QByteArray &bytes)
{
    return QImage::fromData(bytes);
}
} // namespace

TEST_CASE("A small image is sent as it is")
{
    QTemporaryDir dir;
    const QByteArray png = encoded(noise(64, 48, false), "png");
    const auto image = prepareImageFile(writeFile(dir, QStringLiteral("small.png"), png), 1024 * 1024);
    REQUIRE(image.ok);
    CHECK(image.error.isEmpty());
    CHECK(image.bytes == png);
    CHECK(image.mimeType == QStringLiteral("image/png"));
    CHECK(image.size == QSize(64, 48));
    CHECK_FALSE(image.downscaled);
}

TEST_CASE("A file that is not an image is refused with the reason")
{
    QTemporaryDir dir;
    const auto image =
        prepareImageFile(writeFile(dir, QStringLiteral("notes.txt"), "shopping list: eggs, milk\n"), 1024);
    CHECK_FALSE(image.ok);
    CHECK(image.error == QStringLiteral("notes.txt is not an image (Unsupported image format)."));
    CHECK(image.bytes.isEmpty());
}

TEST_CASE("An empty file is refused as not an image")
{
    QTemporaryDir dir;
    const auto image = prepareImageFile(writeFile(dir, QStringLiteral("empty.png"), QByteArray()), 1024);
    CHECK(image.error == QStringLiteral("empty.png is not an image (the file is empty)."));
}

TEST_CASE("A missing file is refused with the reason")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.jpg"));
    const auto image = prepareImageFile(path, 1024);
    CHECK_FALSE(image.ok);
    // The reason is the system's own words: "No such file or directory" on Linux, "The system cannot find the
    // file specified." on Windows.
    QFile missing(path);
    REQUIRE_FALSE(missing.open(QIODevice::ReadOnly));
    CHECK(image.error == QStringLiteral("gone.jpg could not be read (%1).").arg(missing.errorString()));
}

TEST_CASE("A damaged image is refused with the reason")
{
    QTemporaryDir dir;
    const QByteArray png = encoded(noise(200, 200, false), "png");
    const auto image =
        prepareImageFile(writeFile(dir, QStringLiteral("broken.png"), png.left(300)), 1024 * 1024);
    CHECK_FALSE(image.ok);
    CHECK(image.error ==
          QStringLiteral("broken.png could not be read as an image (Unable to read image data)."));
}

TEST_CASE("An image whose header claims more pixels than Confab opens is refused before decoding")
{
    QTemporaryDir dir;
    const QByteArray bomb = confab::testserver::pngBomb(50000, 50000);
    REQUIRE(bomb.size() < 1024);
    const auto image = prepareImageFile(writeFile(dir, QStringLiteral("bomb.png"), bomb), 1024 * 1024);
    CHECK_FALSE(image.ok);
    CHECK(image.error ==
          QStringLiteral("bomb.png is 50000 × 50000 pixels; Confab opens images up to 64 megapixels."));
    CHECK(image.bytes.isEmpty());

    // One row over the limit is refused too, pasted or not.
    const auto justOver =
        prepareImageData(confab::testserver::pngBomb(8000, 8001), QStringLiteral("tall.png"), 1024);
    CHECK(justOver.error ==
          QStringLiteral("tall.png is 8000 × 8001 pixels; Confab opens images up to 64 megapixels."));
}

TEST_CASE("A folder given as an image is refused with its name and the reason")
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("photos.png"));
    const auto image = prepareImageFile(dir.filePath(QStringLiteral("photos.png")), 1024);
    CHECK_FALSE(image.ok);
    CHECK(image.error.startsWith(QStringLiteral("photos.png ")));
    CHECK(image.error.size() > QStringLiteral("photos.png is not an image ().").size());
}

TEST_CASE("A photo over the upload limit is shrunk to fit as a JPEG with its aspect ratio")
{
    QTemporaryDir dir;
    const QByteArray png = encoded(noise(1200, 800, false), "png");
    const qint64 limit = 300 * 1024;
    REQUIRE(png.size() > limit);
    const auto image = prepareImageFile(writeFile(dir, QStringLiteral("photo.png"), png), limit);
    REQUIRE(image.ok);
    CHECK(image.downscaled);
    CHECK(image.bytes.size() <= limit);
    CHECK(image.mimeType == QStringLiteral("image/jpeg"));
    const QImage result = decoded(image.bytes);
    CHECK(result.size() == image.size);
    CHECK(result.width() < 1200);
    CHECK(std::abs(double(result.width()) / result.height() - 1.5) < 0.01);
}

TEST_CASE("An image with transparency stays a PNG when it is shrunk")
{
    QTemporaryDir dir;
    const QByteArray png = encoded(noise(800, 400, true), "png");
    const qint64 limit = 200 * 1024;
    REQUIRE(png.size() > limit);
    const auto image = prepareImageFile(writeFile(dir, QStringLiteral("sticker.png"), png), limit);
    REQUIRE(image.ok);
    CHECK(image.downscaled);
    CHECK(image.bytes.size() <= limit);
    CHECK(image.mimeType == QStringLiteral("image/png"));
    const QImage result = decoded(image.bytes);
    CHECK(std::abs(double(result.width()) / result.height() - 2.0) < 0.02);
    CHECK(qAlpha(result.pixel(0, 0)) == 0);
    CHECK(qAlpha(result.pixel(result.width() - 1, result.height() - 1)) == 255);
}

TEST_CASE("A pasted image is checked like a file")
{
    const auto image =
        prepareImageData(encoded(noise(10, 10, false), "jpeg"), QStringLiteral("pasted image"), 4096);
    REQUIRE(image.ok);
    CHECK(image.mimeType == QStringLiteral("image/jpeg"));
    CHECK(prepareImageData("GIF89a nonsense", QStringLiteral("pasted image"), 4096)
              .error.startsWith(QStringLiteral("pasted image ")));
}

TEST_CASE("Images can be prepared on a worker thread")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("photo.png"), encoded(noise(600, 400, false), "png"));
    const PromptValidator validator(PromptLimits{32000, 4, 100 * 1024});
    auto future = QtConcurrent::run([validator, path] { return validator.prepareImage(path); });
    future.waitForFinished();
    const auto image = future.result();
    REQUIRE(image.ok);
    CHECK(image.downscaled);
    CHECK(image.bytes.size() <= 100 * 1024);
}

TEST_CASE("A picture in a type providers refuse is converted: PNG for a drawing, JPEG for a photo")
{
    QTemporaryDir dir;
    // A flat drawing as BMP: PNG keeps it sharp and small.
    QImage drawing(120, 80, QImage::Format_RGB32);
    drawing.fill(Qt::white);
    for (int x = 10; x < 110; ++x)
        drawing.setPixel(x, 40, qRgb(200, 0, 0));
    const auto flat = prepareImageFile(writeFile(dir, QStringLiteral("drawing.bmp"), encoded(drawing, "bmp")),
                                       4 * 1024 * 1024);
    REQUIRE(flat.ok);
    CHECK(flat.mimeType == QStringLiteral("image/png"));
    CHECK(decoded(flat.bytes).pixel(50, 40) == qRgb(200, 0, 0));
    CHECK(flat.size == QSize(120, 80));

    // Photo-like noise: its PNG would be far larger than a JPEG.
    const auto photo = prepareImageFile(
        writeFile(dir, QStringLiteral("photo.bmp"), encoded(noise(200, 150, false), "bmp")), 4 * 1024 * 1024);
    REQUIRE(photo.ok);
    CHECK(photo.mimeType == QStringLiteral("image/jpeg"));
    CHECK(decoded(photo.bytes).size() == QSize(200, 150));

    // An icon with transparency stays transparent.
    const auto icon = prepareImageFile(
        writeFile(dir, QStringLiteral("icon.ico"), encoded(noise(32, 32, true), "ico")), 4 * 1024 * 1024);
    REQUIRE(icon.ok);
    CHECK(icon.mimeType == QStringLiteral("image/png"));
    CHECK(qAlpha(decoded(icon.bytes).pixel(1, 1)) == 0);
    CHECK_FALSE(confab::isSendableImageType(QStringLiteral("image/bmp")));
    CHECK_FALSE(confab::isSendableImageType(QStringLiteral("image/tiff")));
}
