// Attachment intake's image checks: header sniffing, the pixel limit that refuses decompression bombs, the
// decode that catches damaged files and the downscaling to the upload limit; and the same bytes as an image
// fal.ai or a chat model sent back. Every input ends as an image or as a refusal with a reason.
#include "FuzzSupport.h"
#include "fal/FalImageDecoder.h"
#include "limits/ImagePreparation.h"
#include "store/ImageStore.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdlib>

namespace {
// Small enough that most decodable inputs take the downscaling path.
constexpr qint64 UploadLimitBytes = 2048;
QTemporaryDir *imagesDir = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    confab::fuzz::silenceQtMessages();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    new QGuiApplication(*argc, *argv);
    imagesDir = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = confab::fuzz::bytesOf(data, size);

    const confab::PreparedImage prepared =
        confab::prepareImageData(bytes, QStringLiteral("fuzz.png"), UploadLimitBytes);
    if (prepared.ok == !prepared.error.isEmpty())
        std::abort();
    if (prepared.ok && (prepared.bytes.size() > UploadLimitBytes && prepared.downscaled))
        std::abort();

    const confab::FalDecodedImage received = confab::FalImageDecoder::fromBytes(bytes, 0);
    if (received.error.isEmpty() && (received.image.width <= 0 || received.image.height <= 0))
        std::abort();

    const confab::StoredImage stored = confab::storeImageBytes(bytes, imagesDir->path());
    if (stored.ok() && stored.hash.isEmpty())
        std::abort();
    if (stored.ok())
        QFile::remove(imagesDir->filePath(stored.hash));
    return 0;
}
