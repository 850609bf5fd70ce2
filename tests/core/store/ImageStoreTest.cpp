#include "ImageBomb.h"
#include "TestStore.h"
#include "Wait.h"
#include "catch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>

using namespace confab;

TEST_CASE("An image is stored once under the SHA-256 of its bytes with its size and type")
{
    test::TestStore fixture;
    const QByteArray png = test::imageBytes(Qt::green, 64, 48);
    const StoredImage first = fixture->images()->store(png);
    REQUIRE(first.ok());
    CHECK(first.hash ==
          QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    CHECK(first.width == 64);
    CHECK(first.height == 48);
    CHECK(first.mime == QStringLiteral("image/png"));
    CHECK(fixture->images()->bytes(first.hash) == png);

    const StoredImage again = fixture->images()->store(png);
    CHECK(again.hash == first.hash);
    CHECK(QDir(fixture->images()->imagesDir()).entryList(QDir::Files).size() == 1);

    const StoredImage jpeg = fixture->images()->store(test::imageBytes(Qt::green, 64, 48, "JPEG"));
    REQUIRE(jpeg.ok());
    CHECK(jpeg.mime == QStringLiteral("image/jpeg"));
    CHECK(jpeg.hash != first.hash);
}

TEST_CASE("Bytes that are not a readable image are refused with the reason")
{
    test::TestStore fixture;
    const StoredImage text = fixture->images()->store(QByteArrayLiteral("%PDF-1.7 definitely not a picture"));
    CHECK_FALSE(text.ok());
    CHECK(text.error.contains(QStringLiteral("not an image")));
    CHECK(text.hash.isEmpty());

    const StoredImage empty = fixture->images()->store({});
    CHECK_FALSE(empty.ok());
    CHECK(empty.error.contains(QStringLiteral("empty")));

    const QByteArray png = test::imageBytes(Qt::yellow, 200, 200);
    const StoredImage truncated = fixture->images()->store(png.left(png.size() / 3));
    CHECK_FALSE(truncated.ok());
    CHECK_FALSE(truncated.error.isEmpty());

    CHECK(QDir(fixture->images()->imagesDir()).entryList(QDir::Files).isEmpty());
    CHECK_FALSE(fixture->images()->storeFile(fixture.folder() + QStringLiteral("/missing.png")).ok());
}

TEST_CASE("A received image whose header claims too many pixels is refused before decoding")
{
    test::TestStore fixture;
    const StoredImage bomb = fixture->images()->store(testserver::pngBomb(50000, 50000));
    CHECK_FALSE(bomb.ok());
    CHECK(bomb.error ==
          QStringLiteral("This image is 50000 × 50000 pixels; Confab opens images up to 64 megapixels."));
    CHECK(QDir(fixture->images()->imagesDir()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("A thumbnail is made in the background, fits the size, and is reused from disk")
{
    test::TestStore fixture;
    const StoredImage big = fixture->images()->store(test::imageBytes(Qt::magenta, 1024, 512));
    REQUIRE(big.ok());
    CHECK(fixture->images()->cachedThumbnail(big.hash).isEmpty());

    QSignalSpy ready(fixture->images(), &ImageStore::thumbnailReady);
    fixture->images()->requestThumbnail(big.hash, 256);
    // Never synchronous: the caller returns before the thumbnail exists.
    CHECK(ready.isEmpty());
    REQUIRE(test::waitUntil([&] { return ready.count() == 1; }));
    const QString path = ready.first().at(2).toString();
    const QImage thumbnail(path);
    CHECK(thumbnail.width() == 256);
    CHECK(thumbnail.height() == 128);
    CHECK(fixture->images()->cachedThumbnail(big.hash, 256) == path);

    fixture->images()->requestThumbnail(big.hash, 256);
    REQUIRE(test::waitUntil([&] { return ready.count() == 2; }));
    CHECK(ready.last().at(2).toString() == path);
}

TEST_CASE("A thumbnail of an unknown image fails with a reason")
{
    test::TestStore fixture;
    QSignalSpy failed(fixture->images(), &ImageStore::thumbnailFailed);
    fixture->images()->requestThumbnail(QString(64, QLatin1Char('0')));
    REQUIRE(test::waitUntil([&] { return failed.count() == 1; }));
    CHECK_FALSE(failed.first().at(2).toString().isEmpty());
}

TEST_CASE("A large picture can be stored on a worker thread with the same result")
{
    test::TestStore fixture;
    const QByteArray png = test::imageBytes(Qt::darkBlue, 800, 600);
    QFuture<StoredImage> future = fixture->images()->storeInBackground(png);
    REQUIRE(test::waitUntil([&] { return future.isFinished(); }));
    const StoredImage stored = future.result();
    REQUIRE(stored.ok());
    CHECK(stored.width == 800);
    CHECK(fixture->images()->store(png).hash == stored.hash);
    CHECK(fixture->images()->bytes(stored.hash) == png);

    QFuture<StoredImage> refused = fixture->images()->storeInBackground(QByteArrayLiteral("GIF89a garbage"));
    REQUIRE(test::waitUntil([&] { return refused.isFinished(); }));
    CHECK_FALSE(refused.result().ok());
}
