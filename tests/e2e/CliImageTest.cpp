#include "CliHarness.h"
#include "ImageBomb.h"
#include "catch.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>

using confab::test::CliHarness;
using confab::test::CliRun;

TEST_CASE("confab image writes the generated images into --out and prints their paths")
{
    CliHarness h;
    const QString out = h.dir.filePath(QStringLiteral("out"));
    const CliRun run = h.run({QStringLiteral("image"), QStringLiteral("A lighthouse at dusk"),
                              QStringLiteral("--out"), out, QStringLiteral("--count"), QStringLiteral("2"),
                              QStringLiteral("--aspect"), QStringLiteral("16:9")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList files = run.out.trimmed().split(u'\n');
    REQUIRE(files.size() == 2);
    for (const QString &file : files) {
        QImageReader reader(file);
        CHECK(reader.canRead());
        CHECK(reader.size().width() > reader.size().height());
    }
    CHECK(run.err.contains(QStringLiteral("In queue")));
}

TEST_CASE("confab image on a locked fal account prints fal's reason, not just a rejected key")
{
    CliHarness h;
    const QString reason = QStringLiteral(
        "User is locked. Reason: Exhausted balance. Top up your balance at fal.ai/dashboard/billing.");
    h.fal.setLockReason(reason);
    const CliRun run = h.run({QStringLiteral("image"), QStringLiteral("A lighthouse at dusk"),
                              QStringLiteral("--out"), h.dir.filePath(QStringLiteral("out"))});
    INFO(run.err.toStdString());
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("fal.ai refused the request (HTTP 403): ") + reason));
    CHECK_FALSE(run.err.contains(h.falKey));
}

TEST_CASE("confab edit edits the given image file into --out")
{
    CliHarness h;
    QImage input(80, 60, QImage::Format_RGB32);
    input.fill(Qt::darkGreen);
    const QString inputPath = h.dir.filePath(QStringLiteral("photo.png"));
    REQUIRE(input.save(inputPath));
    const QString out = h.dir.filePath(QStringLiteral("edited"));
    const CliRun run = h.run(
        {QStringLiteral("edit"), QStringLiteral("Make it autumn"), inputPath, QStringLiteral("--out"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString file = run.out.trimmed();
    QImage edited(file);
    REQUIRE_FALSE(edited.isNull());
    CHECK(edited != input);
}

TEST_CASE("confab edit refuses a file that is not an image, with the reason, and sends nothing")
{
    CliHarness h;
    const QString notes = h.dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("just some text\n");
    file.close();
    const CliRun run = h.run({QStringLiteral("edit"), QStringLiteral("Make it pop"), notes});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("notes.txt is not an image")));
    CHECK(h.fal.requests().isEmpty());
}

TEST_CASE("confab edit refuses a decompression bomb with its pixel size and the limit, and sends nothing")
{
    CliHarness h;
    const QString bomb = h.dir.filePath(QStringLiteral("bomb.png"));
    QFile file(bomb);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(confab::testserver::pngBomb(50000, 50000));
    file.close();
    const CliRun run = h.run({QStringLiteral("edit"), QStringLiteral("Make it pop"), bomb});
    CHECK(run.exitCode == 3);
    CHECK(run.err.trimmed() ==
          QStringLiteral("bomb.png is 50000 × 50000 pixels; Confab opens images up to 64 megapixels."));
    CHECK(h.fal.requests().isEmpty());
}

TEST_CASE("confab edit names each unusable file and why: missing, a folder, empty")
{
    CliHarness h;
    const QString missing = h.dir.filePath(QStringLiteral("gone.png"));
    const QString folder = h.dir.filePath(QStringLiteral("album.png"));
    REQUIRE(QDir().mkpath(folder));
    const QString empty = h.dir.filePath(QStringLiteral("empty.png"));
    QFile file(empty);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();

    const CliRun run = h.run({QStringLiteral("edit"), QStringLiteral("Make it pop"), missing, folder, empty});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("gone.png could not be read (No such file or directory).")));
    CHECK(run.err.contains(QStringLiteral("album.png ")));
    CHECK(run.err.contains(QStringLiteral("empty.png is not an image (the file is empty).")));
    CHECK(h.fal.requests().isEmpty());
}

TEST_CASE("confab image --model picks a model of the registry and sends its own input shape")
{
    CliHarness h;
    const CliRun run =
        h.run({QStringLiteral("image"), QStringLiteral("A lighthouse at dusk"), QStringLiteral("--model"),
               QStringLiteral("fal-ai/flux-2"), QStringLiteral("--aspect"), QStringLiteral("9:16"),
               QStringLiteral("--out"), h.dir.filePath(QStringLiteral("out"))});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const auto submits = h.fal.requestsTo("POST", QStringLiteral("/fal-ai/flux-2"));
    REQUIRE(submits.size() == 1);
    CHECK(submits.first().body.contains(R"("image_size":"portrait_16_9")"));
    QImageReader reader(run.out.trimmed());
    CHECK(reader.size().height() > reader.size().width());
    // With the key at hand, the registry's prices are asked for in one request, beside the job's own.
    bool askedForAll = false;
    for (const auto &request : h.fal.requestsTo("GET", QStringLiteral("/v1/models/pricing")))
        askedForAll =
            askedForAll || request.query(QStringLiteral("endpoint_id"))
                               .contains(QStringLiteral("fal-ai/flux-2,fal-ai/gemini-25-flash-image/edit"));
    CHECK(askedForAll);
}

TEST_CASE(
    "confab edit --model with an unknown id refuses, lists the edit models with prices and sends nothing")
{
    CliHarness h;
    QImage input(40, 30, QImage::Format_RGB32);
    input.fill(Qt::darkGreen);
    const QString inputPath = h.dir.filePath(QStringLiteral("photo.png"));
    REQUIRE(input.save(inputPath));
    const CliRun run = h.run({QStringLiteral("edit"), QStringLiteral("Make it autumn"), inputPath,
                              QStringLiteral("--model"), QStringLiteral("fal-ai/flux-2")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("\"fal-ai/flux-2\" is not a model Confab offers here")));
    CHECK(run.err.contains(QStringLiteral("fal-ai/nano-banana-pro/edit")));
    CHECK(run.err.contains(QStringLiteral("per image")));
    CHECK(h.fal.requestsTo("POST", QStringLiteral("/fal-ai")).isEmpty());
}

TEST_CASE("confab edit --model nano-banana-pro with --resolution sends the resolution")
{
    CliHarness h;
    QImage input(40, 30, QImage::Format_RGB32);
    input.fill(Qt::darkGreen);
    const QString inputPath = h.dir.filePath(QStringLiteral("photo.png"));
    REQUIRE(input.save(inputPath));
    const CliRun run =
        h.run({QStringLiteral("edit"), QStringLiteral("Make it autumn"), inputPath, QStringLiteral("--model"),
               QStringLiteral("fal-ai/nano-banana-pro/edit"), QStringLiteral("--resolution"),
               QStringLiteral("4K"), QStringLiteral("--out"), h.dir.filePath(QStringLiteral("out"))});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const auto submits = h.fal.requestsTo("POST", QStringLiteral("/fal-ai/nano-banana-pro/edit"));
    REQUIRE(submits.size() == 1);
    CHECK(submits.first().body.contains(R"("resolution":"4K")"));
    CHECK_FALSE(submits.first().body.contains("safety_tolerance"));
}
