// `confab chat --attach`: documents go with the question as OpenRouter's file parts (PDFs) or as text with
// their name (source and text files), are kept in the document store, and go again with later turns.
#include "CliHarness.h"
#include "catch.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace confab;
using confab::test::CliHarness;
using confab::test::CliRun;

namespace {

QByteArray twoPagePdf()
{
    return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           "2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj\n"
           "3 0 obj << /Type /Page /Parent 2 0 R >> endobj\n4 0 obj << /Type /Page /Parent 2 0 R >> endobj\n"
           "trailer << /Root 1 0 R >>\n%%EOF\n";
}

QString writeFile(CliHarness &h, const QString &name, const QByteArray &bytes)
{
    QFile file(h.dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

// The content parts of the last user message of the last chat request.
QJsonArray lastUserParts(CliHarness &h)
{
    const QJsonObject body = QJsonDocument::fromJson(h.openRouter.chatRequests().last().body).object();
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value(QStringLiteral("role")).toString() == QLatin1String("user"))
            return message.value(QStringLiteral("content")).toArray();
    }
    return {};
}

// The content parts of the first user message of the last chat request.
QJsonArray firstUserParts(CliHarness &h)
{
    const QJsonObject body = QJsonDocument::fromJson(h.openRouter.chatRequests().last().body).object();
    for (const QJsonValue &message : body.value(QStringLiteral("messages")).toArray()) {
        if (message.toObject().value(QStringLiteral("role")).toString() == QLatin1String("user"))
            return message.toObject().value(QStringLiteral("content")).toArray();
    }
    return {};
}

QJsonObject partOfType(const QJsonArray &parts, const QString &type)
{
    for (const QJsonValue &part : parts) {
        if (part.toObject().value(QStringLiteral("type")).toString() == type)
            return part.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("confab chat --attach sends a PDF as a file part and keeps sending it in later turns")
{
    CliHarness h;
    const QString pdf = writeFile(h, QStringLiteral("plan.pdf"), twoPagePdf());
    const CliRun run = h.run(
        {QStringLiteral("chat"), QStringLiteral("--attach"), pdf, QStringLiteral("What does the plan say?")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(run.out.trimmed().isEmpty());

    const QJsonArray parts = lastUserParts(h);
    CHECK(parts.at(0).toObject().value(QStringLiteral("text")).toString() ==
          QStringLiteral("What does the plan say?"));
    const QJsonObject file =
        partOfType(parts, QStringLiteral("file")).value(QStringLiteral("file")).toObject();
    CHECK(file.value(QStringLiteral("filename")).toString() == QStringLiteral("plan.pdf"));
    CHECK(file.value(QStringLiteral("file_data")).toString() ==
          QStringLiteral("data:application/pdf;base64,") + QString::fromLatin1(twoPagePdf().toBase64()));
    const QJsonObject body = QJsonDocument::fromJson(h.openRouter.chatRequests().last().body).object();
    CHECK(body.value(QStringLiteral("plugins")).toArray().first().toObject() ==
          QJsonDocument::fromJson(R"({"id":"file-parser","pdf":{"engine":"cloudflare-ai"}})").object());

    // The file may be gone: the next turn sends the stored copy.
    REQUIRE(QFile::remove(pdf));
    const CliRun next = h.run({QStringLiteral("chat"), QStringLiteral("--session"), QStringLiteral("1"),
                               QStringLiteral("And the second page?")});
    INFO(next.err.toStdString());
    REQUIRE(next.exitCode == 0);
    const QJsonArray firstQuestion = firstUserParts(h);
    CHECK(partOfType(firstQuestion, QStringLiteral("file"))
              .value(QStringLiteral("file"))
              .toObject()
              .value(QStringLiteral("filename")) == QStringLiteral("plan.pdf"));
}

TEST_CASE("confab chat --attach sends a source file as text with its name")
{
    CliHarness h;
    const QString source = writeFile(h, QStringLiteral("fib.py"),
                                     "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n");
    const CliRun run = h.run(
        {QStringLiteral("chat"), QStringLiteral("--attach"), source, QStringLiteral("Why is this slow?")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray parts = lastUserParts(h);
    REQUIRE(parts.size() == 2);
    CHECK(parts.at(1).toObject().value(QStringLiteral("text")).toString() ==
          QStringLiteral("<file name=\"fib.py\">\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + "
                         "fib(n - 2)\n\n</file>"));
    CHECK_FALSE(h.openRouter.chatRequests().last().body.contains("file-parser"));
}

TEST_CASE("A document over the limits is refused before anything is sent")
{
    CliHarness h;
    QByteArray book = "%PDF-1.4\n";
    for (int i = 0; i < 101; ++i)
        book += "<< /Type /Page >>\n";
    const QString pdf = writeFile(h, QStringLiteral("book.pdf"), book);
    const QString binary = writeFile(h, QStringLiteral("data.csv"), QByteArray("a,b\n\xff\xfe\x00", 7));
    const CliRun run = h.run({QStringLiteral("chat"), QStringLiteral("--attach"), pdf,
                              QStringLiteral("--attach"), binary, QStringLiteral("Summarise")});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(
        QStringLiteral("book.pdf: The PDF has 101 pages; models read up to 100 pages at a time.")));
    CHECK(run.err.contains(QStringLiteral("data.csv: The file is not UTF-8 text.")));
    CHECK(h.openRouter.chatRequests().isEmpty());
}

TEST_CASE("A question's documents survive JSON export and import, bytes and all")
{
    CliHarness h;
    const QString pdf = writeFile(h, QStringLiteral("plan.pdf"), twoPagePdf());
    REQUIRE(h.run({QStringLiteral("chat"), QStringLiteral("--attach"), pdf, QStringLiteral("Summarise")})
                .exitCode == 0);
    const QString folder = h.dir.filePath(QStringLiteral("export"));
    REQUIRE(h.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                   QStringLiteral("--out"), folder})
                .exitCode == 0);

    CliHarness other;
    const CliRun imported = other.run({QStringLiteral("import"), folder});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    // The imported question sends its document again, read from the importing store.
    const CliRun next = other.run({QStringLiteral("chat"), QStringLiteral("--session"), QStringLiteral("1"),
                                   QStringLiteral("And page two?")});
    INFO(next.err.toStdString());
    REQUIRE(next.exitCode == 0);
    const QJsonArray first = firstUserParts(other);
    const QString dataUrl =
        QStringLiteral("data:application/pdf;base64,") + QString::fromLatin1(twoPagePdf().toBase64());
    CHECK(partOfType(first, QStringLiteral("file")).value(QStringLiteral("file")).toObject() ==
          QJsonObject{{QStringLiteral("filename"), QStringLiteral("plan.pdf")},
                      {QStringLiteral("file_data"), dataUrl}});
}

// Issue 22 item 1 from the command line: a BMP, which OpenRouter refuses, leaves as a PNG.
TEST_CASE("confab chat --attach sends a BMP picture converted to PNG, as OpenRouter takes no BMP")
{
    CliHarness h;
    QImage picture(64, 48, QImage::Format_RGB32);
    picture.fill(QColor(30, 120, 200));
    const QString bmp = h.dir.filePath(QStringLiteral("scan.bmp"));
    REQUIRE(picture.save(bmp, "BMP"));
    const CliRun run = h.run(
        {QStringLiteral("chat"), QStringLiteral("--attach"), bmp, QStringLiteral("What colour is this?")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString url = partOfType(lastUserParts(h), QStringLiteral("image_url"))
                            .value(QStringLiteral("image_url"))
                            .toObject()
                            .value(QStringLiteral("url"))
                            .toString();
    CHECK(url.startsWith(QStringLiteral("data:image/png;base64,")));
    CHECK(
        QImage::fromData(QByteArray::fromBase64(url.section(QLatin1Char(','), 1).toLatin1()), "PNG").size() ==
        QSize(64, 48));
}

TEST_CASE("confab chat --pdf-engine sets the chat's PDF engine, which its later questions keep using")
{
    CliHarness h;
    const QString pdf = writeFile(h, QStringLiteral("scan.pdf"), twoPagePdf());
    const CliRun run =
        h.run({QStringLiteral("chat"), QStringLiteral("--attach"), pdf, QStringLiteral("--pdf-engine"),
               QStringLiteral("mistral-ocr"), QStringLiteral("What does the scan say?")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // The plugin as OpenRouter's PDF guide spells it, with the chosen engine.
    const auto engineSent = [&h] {
        return QJsonDocument::fromJson(h.openRouter.chatRequests().last().body)
            .object()
            .value(QStringLiteral("plugins"))
            .toArray()
            .first()
            .toObject();
    };
    CHECK(engineSent() ==
          QJsonDocument::fromJson(R"({"id":"file-parser","pdf":{"engine":"mistral-ocr"}})").object());

    const CliRun next = h.run({QStringLiteral("chat"), QStringLiteral("--session"), QStringLiteral("1"),
                               QStringLiteral("And the second page?")});
    INFO(next.err.toStdString());
    REQUIRE(next.exitCode == 0);
    CHECK(engineSent() ==
          QJsonDocument::fromJson(R"({"id":"file-parser","pdf":{"engine":"mistral-ocr"}})").object());

    const CliRun back =
        h.run({QStringLiteral("chat"), QStringLiteral("--session"), QStringLiteral("1"),
               QStringLiteral("--pdf-engine"), QStringLiteral("auto"), QStringLiteral("Thanks")});
    REQUIRE(back.exitCode == 0);
    CHECK(engineSent() ==
          QJsonDocument::fromJson(R"({"id":"file-parser","pdf":{"engine":"cloudflare-ai"}})").object());
}

TEST_CASE("confab chat --pdf-engine with an unknown engine lists the engines and which cost money")
{
    CliHarness h;
    const CliRun run = h.run({QStringLiteral("chat"), QStringLiteral("--pdf-engine"),
                              QStringLiteral("pdf-text"), QStringLiteral("Hello")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("\"pdf-text\" is not a PDF engine")));
    CHECK(run.err.contains(QStringLiteral("mistral-ocr")));
    CHECK(run.err.contains(QStringLiteral("($)")));
    CHECK(h.openRouter.chatRequests().isEmpty());
}
