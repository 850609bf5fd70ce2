#include "CliHarness.h"
#include "catch.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>

using confab::test::CliHarness;
using confab::test::CliRun;

namespace {
// Every file under `root` whose bytes contain `secret`.
QStringList filesContaining(const QString &root, const QByteArray &secret)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            found << file.fileName();
    }
    return found;
}
} // namespace

TEST_CASE("API keys never reach the store, the settings, exports or any output, even when a request fails")
{
    CliHarness h;
    h.openRouterKey = QStringLiteral("sk-or-v1-LEAKCHECK-7f3a9c21d0");
    h.falKey = QStringLiteral("fal-LEAKCHECK-2b8e44aa:secretpart91");
    QString everything;
    const auto run = [&](const QStringList &arguments) {
        const CliRun result = h.run(arguments);
        everything += result.out + result.err;
        return result;
    };

    REQUIRE(run({QStringLiteral("chat"), QStringLiteral("Hello")}).exitCode == 0);
    REQUIRE(run({QStringLiteral("image"), QStringLiteral("A cat"), QStringLiteral("--out"),
                 h.dir.filePath(QStringLiteral("out"))})
                .exitCode == 0);
    QImage photo(40, 30, QImage::Format_RGB32);
    photo.fill(Qt::blue);
    REQUIRE(photo.save(h.dir.filePath(QStringLiteral("in.png"))));
    REQUIRE(run({QStringLiteral("edit"), QStringLiteral("Warmer"), h.dir.filePath(QStringLiteral("in.png")),
                 QStringLiteral("--out"), h.dir.filePath(QStringLiteral("out"))})
                .exitCode == 0);
    h.openRouter.setExpectedKey(QStringLiteral("sk-or-v1-the-right-one"));
    CHECK(run({QStringLiteral("chat"), QStringLiteral("This one is rejected")}).exitCode == 1);
    REQUIRE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--out"), h.dir.filePath(QStringLiteral("export"))})
                .exitCode == 0);

    for (const QByteArray &secret :
         {QByteArray("LEAKCHECK-7f3a9c21d0"), QByteArray("LEAKCHECK-2b8e44aa"), QByteArray("secretpart91")}) {
        INFO(secret.toStdString());
        CHECK_FALSE(everything.contains(QString::fromLatin1(secret)));
        // The harness's folder holds the commands' data, home, settings and caches.
        CHECK(filesContaining(h.dir.path(), secret).isEmpty());
    }
    // The fal server did receive the key: the check above is not vacuous.
    CHECK(h.fal.requests().first().header("authorization").contains("LEAKCHECK"));
}
