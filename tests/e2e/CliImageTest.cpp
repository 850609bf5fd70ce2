#include "CliHarness.h"
#include "catch.h"

#include <QDir>
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
