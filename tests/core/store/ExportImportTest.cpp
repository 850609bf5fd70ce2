#include "TestStore.h"
#include "Wait.h"
#include "catch.h"
#include "store/HistoryExporter.h"
#include "store/HistoryImporter.h"
#include "store/HistoryTransfer.h"
#include "store/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>
#include <memory>

using namespace confab;

namespace {

// Two sessions with text, metadata, a failed answer and pictures (one shared by both).
void fillHistory(test::TestStore &fixture)
{
    const StoredImage cat = fixture->images()->store(test::imageBytes(Qt::darkGray, 50, 40));
    const StoredImage edit = fixture->images()->store(test::imageBytes(Qt::cyan, 30, 30, "JPEG"));
    ChatParameters nice;
    nice.systemPrompt = QStringLiteral("Be nice");
    const Session chat =
        fixture->sessions()
            ->create(QStringLiteral("Cats"), SessionType::Text, QStringLiteral("openai/gpt-4o"), nice)
            .value();
    fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("Draw my cat"));
    NewMessage picture;
    picture.sessionId = chat.id;
    picture.role = MessageRole::Assistant;
    picture.content = QStringLiteral("Here it is, **in grey**.");
    picture.contentType = ContentType::Mixed;
    picture.metadata.model = QStringLiteral("fal-ai/flux-pro/v1.1-ultra");
    picture.metadata.generationMs = 8100;
    picture.metadata.costUsd = 0.06;
    picture.images << MessageImage{cat.hash, ImageRole::Output, cat.width, cat.height, cat.mime, 0};
    fixture->messages()->create(picture);
    const Message failed =
        fixture.addMessage(chat.id, MessageRole::Assistant, QStringLiteral("Half"), MessageStatus::Pending);
    fixture->messages()->stop(failed.id);
    fixture->sessions()->setPinned(chat.id, true);

    const Session edits = fixture.newSession(QStringLiteral("Edits"));
    NewMessage input;
    input.sessionId = edits.id;
    input.content = QStringLiteral("Make it cyan");
    input.contentType = ContentType::Mixed;
    input.images << MessageImage{cat.hash, ImageRole::Input, cat.width, cat.height, cat.mime, 0}
                 << MessageImage{edit.hash, ImageRole::Input, edit.width, edit.height, edit.mime, 1};
    fixture->messages()->create(input);
    fixture->sessions()->archive(edits.id);
}

struct Snapshot
{
    QList<Session> sessions;
    QList<QList<Message>> messages;
};

// Everything but the ids, which a store gives out itself.
Snapshot snapshot(Store &store)
{
    Snapshot result;
    for (auto status : {SessionStatus::Active, SessionStatus::Archived, SessionStatus::Deleted}) {
        for (Session session : store.sessions()->list(status)) {
            QList<Message> messages = store.messages()->page(session.id, 0, 1000);
            for (Message &message : messages) {
                message.id = 0;
                message.sessionId = 0;
                message.parentId = 0;
            }
            session.id = 0;
            result.sessions << session;
            result.messages << messages;
        }
    }
    return result;
}

// Before schema 3 a stopped answer was written as failed, with the error text "stopped".
QJsonArray asWrittenBeforeStatuses(QJsonArray sessions)
{
    for (QJsonValueRef sessionRef : sessions) {
        QJsonObject session = sessionRef.toObject();
        QJsonArray messages = session.value(QStringLiteral("messages")).toArray();
        for (QJsonValueRef messageRef : messages) {
            QJsonObject message = messageRef.toObject();
            if (message.value(QStringLiteral("status")).toString() != QStringLiteral("stopped"))
                continue;
            message.insert(QStringLiteral("status"), QStringLiteral("failed"));
            QJsonObject metadata = message.value(QStringLiteral("metadata")).toObject();
            metadata.insert(QStringLiteral("error"), QStringLiteral("stopped"));
            message.insert(QStringLiteral("metadata"), metadata);
            messageRef = message;
        }
        session.insert(QStringLiteral("messages"), messages);
        sessionRef = session;
    }
    return sessions;
}

// The same history as a version 1 file from an older Confab: one JSON document, pictures inside it as base64,
// a stopped answer as failed-and-stopped.
QString writeVersionOne(const QString &exportFolder, const QString &target)
{
    QFile file(exportFolder + QStringLiteral("/history.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    CHECK(exported.contains("\"stopped\""));
    QJsonObject root = QJsonDocument::fromJson(exported).object();
    root.insert(QStringLiteral("sessions"),
                asWrittenBeforeStatuses(root.value(QStringLiteral("sessions")).toArray()));
    QJsonObject images;
    const QDir imagesDir(exportFolder + QStringLiteral("/images"));
    for (const QString &name : imagesDir.entryList(QDir::Files)) {
        QFile image(imagesDir.filePath(name));
        REQUIRE(image.open(QIODevice::ReadOnly));
        images.insert(QFileInfo(name).completeBaseName(),
                      QJsonObject{{QStringLiteral("mime"), name.endsWith(QStringLiteral(".png"))
                                                               ? QStringLiteral("image/png")
                                                               : QStringLiteral("image/jpeg")},
                                  {QStringLiteral("data"), QString::fromLatin1(image.readAll().toBase64())}});
    }
    root.insert(QStringLiteral("images"), images);
    root.insert(QStringLiteral("version"), 1);
    QFile out(target);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return target;
}

void checkSameHistory(test::TestStore &original, test::TestStore &restored)
{
    const Snapshot before = snapshot(original.store());
    const Snapshot after = snapshot(restored.store());
    REQUIRE(after.sessions.size() == 2);
    CHECK(after.sessions == before.sessions);
    CHECK(after.messages == before.messages);
    for (const QList<Message> &messages : before.messages) {
        for (const Message &message : messages) {
            for (const MessageImage &image : message.images)
                CHECK(restored->images()->bytes(image.hash) == original->images()->bytes(image.hash));
        }
    }
}

} // namespace

TEST_CASE("A JSON export imported into an empty store gives back the same sessions, messages and images")
{
    test::TestStore original;
    fillHistory(original);
    const QString folder = original.folder() + QStringLiteral("/export");
    HistoryExporter exporter(original.store());
    REQUIRE(exporter.exportJson({}, folder));
    // Pictures are files beside the JSON, not base64 inside it.
    CHECK(QDir(folder + QStringLiteral("/images")).entryList(QDir::Files).size() == 2);
    QFile json(folder + QStringLiteral("/history.json"));
    REQUIRE(json.open(QIODevice::ReadOnly));
    CHECK_FALSE(json.readAll().contains("\"data\""));

    test::TestStore restored;
    HistoryImporter importer(restored.store());
    const bool imported = importer.importJson(folder);
    INFO(importer.lastError().toStdString());
    REQUIRE(imported);
    CHECK(importer.importedSessions().size() == 2);
    checkSameHistory(original, restored);
}

TEST_CASE(
    "An export in the older single-file format, pictures inside and stopped written as failed, still imports")
{
    test::TestStore original;
    fillHistory(original);
    const QString folder = original.folder() + QStringLiteral("/export");
    REQUIRE(HistoryExporter(original.store()).exportJson({}, folder));
    const QString old = writeVersionOne(folder, original.folder() + QStringLiteral("/old.json"));

    test::TestStore restored;
    HistoryImporter importer(restored.store());
    INFO(importer.lastError().toStdString());
    REQUIRE(importer.importJson(old));
    checkSameHistory(original, restored);
}

TEST_CASE("Export and import keep every version of a message, which one is shown, and the chat's parameters")
{
    test::TestStore original;
    const Session chat = original.newSession(QStringLiteral("Colours"));
    const Message question = original.addMessage(chat.id, MessageRole::User, QStringLiteral("Name a colour"));
    const Message blue = original.addMessage(chat.id, MessageRole::Assistant, QStringLiteral("Blue"));
    NewMessage red;
    red.sessionId = chat.id;
    red.parentId = question.id;
    red.role = MessageRole::Assistant;
    red.content = QStringLiteral("Red");
    original->messages()->create(red);
    original.addMessage(chat.id, MessageRole::User, QStringLiteral("Why red?"));
    REQUIRE(original->messages()->selectBranch(blue.id));
    ChatParameters warm;
    warm.temperature = 0.6;
    warm.topP = 0.9;
    REQUIRE(original->sessions()->setParameters(chat.id, warm));
    const QString folder = original.folder() + QStringLiteral("/branches");
    REQUIRE(HistoryExporter(original.store()).exportJson({}, folder));

    test::TestStore restored;
    HistoryImporter importer(restored.store());
    REQUIRE(importer.importJson(folder));
    const qint64 session = importer.importedSessions().first();
    CHECK(restored->messages()->pageAfter(session, 0, 10).size() == 4);
    const QList<Message> shown = restored->messages()->page(session, 0, 10);
    REQUIRE(shown.size() == 2);
    CHECK(shown.at(1).content == QStringLiteral("Blue"));
    CHECK(shown.at(1).branchCount == 2);
    const QList<qint64> versions = restored->messages()->versions(shown.at(1).id);
    REQUIRE(restored->messages()->selectBranch(versions.last()));
    QStringList other;
    for (const Message &message : restored->messages()->page(session, 0, 10))
        other << message.content;
    CHECK(other ==
          QStringList{QStringLiteral("Name a colour"), QStringLiteral("Red"), QStringLiteral("Why red?")});
    CHECK(restored->sessions()->get(session)->temperature.value_or(-1) == Approx(0.6));
    CHECK(restored->sessions()->get(session)->topP.value_or(-1) == Approx(0.9));
    CHECK_FALSE(restored->sessions()->get(session)->maxTokens.has_value());
}

TEST_CASE("A malformed or truncated export is refused with the reason and changes nothing")
{
    test::TestStore original;
    fillHistory(original);
    const QString folder = original.folder() + QStringLiteral("/export");
    REQUIRE(HistoryExporter(original.store()).exportJson({}, folder));
    QFile goodFile(folder + QStringLiteral("/history.json"));
    REQUIRE(goodFile.open(QIODevice::ReadOnly));
    const QByteArray json = goodFile.readAll();
    QFile oldFile(writeVersionOne(folder, original.folder() + QStringLiteral("/old.json")));
    REQUIRE(oldFile.open(QIODevice::ReadOnly));
    const QByteArray old = oldFile.readAll();

    test::TestStore target;
    target.newSession(QStringLiteral("Already here"));
    // Each case is a copy of the export folder with history.json replaced, so the pictures are there too.
    const auto write = [&](const QByteArray &bytes) {
        const QString copy = target.folder() + QStringLiteral("/bad");
        QDir(copy).removeRecursively();
        QDir().mkpath(copy + QStringLiteral("/images"));
        for (const QString &name : QDir(folder + QStringLiteral("/images")).entryList(QDir::Files))
            QFile::copy(folder + QStringLiteral("/images/") + name, copy + QStringLiteral("/images/") + name);
        QFile file(copy + QStringLiteral("/history.json"));
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(bytes);
        return copy;
    };
    QByteArray wrongRole = json;
    wrongRole.replace("\"role\":\"assistant\"", "\"role\":\"wizard\"");
    QByteArray lateWrongRole = json;
    const qsizetype lastRole = lateWrongRole.lastIndexOf("\"role\":\"user\"");
    lateWrongRole.replace(lastRole, qsizetype(std::strlen("\"role\":\"user\"")), "\"role\":\"wizard\"");
    QByteArray damagedImage = old;
    damagedImage.replace("\"data\": \"", "\"data\": \"AAAA");
    QByteArray future = json;
    future.replace("\"version\":2", "\"version\":99");
    QByteArray missingImage = json;
    missingImage.replace("\"hash\":\"", "\"hash\":\"0");

    const QList<std::pair<QByteArray, QString>> cases{
        {json.left(json.size() / 2), QStringLiteral("truncated")},
        {json.left(json.size() - 3), QStringLiteral("truncated")},
        {json + "{", QStringLiteral("not valid JSON")},
        {QByteArrayLiteral("{\"format\": \"something-else\", \"version\": 1}"),
         QStringLiteral("not a Confab")},
        {wrongRole, QStringLiteral("wizard")},
        {lateWrongRole, QStringLiteral("wizard")},
        {damagedImage, QStringLiteral("damaged")},
        {missingImage, QStringLiteral("not in the export")},
        {future, QStringLiteral("version 99")},
        {QByteArray(), QStringLiteral("not valid JSON")},
    };
    for (const auto &[bytes, reason] : cases) {
        INFO(reason.toStdString());
        HistoryImporter importer(target.store());
        CHECK_FALSE(importer.importJson(write(bytes)));
        INFO(importer.lastError().toStdString());
        CHECK(importer.lastError().contains(reason));
        CHECK(target->sessions()->count(SessionStatus::Active) == 1);
        CHECK(target->sessions()->count(SessionStatus::Archived) == 0);
        CHECK(QDir(target->images()->imagesDir()).entryList(QDir::Files).isEmpty());
    }
    CHECK_FALSE(HistoryImporter(target.store()).importJson(target.folder() + QStringLiteral("/nope.json")));
}

TEST_CASE("An import that runs out of disk space leaves the store as it was")
{
    test::TestStore original;
    fillHistory(original);
    for (int i = 0; i < 400; ++i)
        original.addMessage(original->sessions()->list(SessionStatus::Active).first().id, MessageRole::User,
                            QStringLiteral("filler message number %1 with some words to index").arg(i));
    const QString folder = original.folder() + QStringLiteral("/export");
    REQUIRE(HistoryExporter(original.store()).exportJson({}, folder));

    test::TestStore target;
    target.newSession(QStringLiteral("Already here"));
    // A database that may not grow past a few pages stands in for a full disk.
    const QSqlDatabase db = target->database().connection();
    const qint64 pages = sql::scalar(db, QStringLiteral("PRAGMA page_count")).toLongLong();
    REQUIRE(sql::run(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 3)));

    HistoryImporter importer(target.store());
    CHECK_FALSE(importer.importJson(folder));
    INFO(importer.lastError().toStdString());
    CHECK(importer.lastError().contains(QStringLiteral("full")));
    CHECK(target->sessions()->count(SessionStatus::Active) == 1);
    CHECK(target->sessions()->count(SessionStatus::Archived) == 0);
    CHECK(QDir(target->images()->imagesDir()).entryList(QDir::Files).isEmpty());
    CHECK(
        target->sessions()->create(QStringLiteral("Still writable"), SessionType::Text, {}, {}).has_value());
}

TEST_CASE("Cancelling an export or an import part way leaves nothing half-done")
{
    test::TestStore original;
    fillHistory(original);
    const QString folder = original.folder() + QStringLiteral("/export");
    HistoryExporter exporter(original.store());
    qint64 lastTotal = 0;
    CHECK_FALSE(exporter.exportJson({}, folder, [&](qint64 done, qint64 total) {
        lastTotal = total;
        return done < 3;
    }));
    CHECK(exporter.wasCancelled());
    CHECK(lastTotal == 4);
    CHECK_FALSE(QFileInfo::exists(folder + QStringLiteral("/history.json")));
    CHECK_FALSE(QFileInfo::exists(folder + QStringLiteral("/images")));

    REQUIRE(exporter.exportJson({}, folder));
    test::TestStore target;
    HistoryImporter importer(target.store());
    int calls = 0;
    CHECK_FALSE(importer.importJson(folder, [&](qint64 done, qint64 total) {
        CHECK(done <= total);
        return ++calls < 3;
    }));
    CHECK(importer.wasCancelled());
    CHECK(importer.lastError().contains(QStringLiteral("cancelled")));
    CHECK(target->sessions()->count(SessionStatus::Active) == 0);
    CHECK(target->sessions()->count(SessionStatus::Archived) == 0);
    CHECK(QDir(target->images()->imagesDir()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("A whole-history export and import run on a worker thread and report progress")
{
    test::TestStore original;
    fillHistory(original);
    const QString folder = original.folder() + QStringLiteral("/export");
    bool finished = false, succeeded = false;
    QString error;
    std::unique_ptr<HistoryTransfer> exporting(HistoryTransfer::startExport(original.location(), {}, folder));
    QObject::connect(exporting.get(), &HistoryTransfer::finished,
                     [&](bool ok, bool, const QString &why, const QList<qint64> &) {
                         finished = true;
                         succeeded = ok;
                         error = why;
                     });
    REQUIRE(test::waitUntil([&] { return finished; }));
    INFO(error.toStdString());
    REQUIRE(succeeded);

    test::TestStore restored;
    QList<qint64> imported;
    qint64 progressed = 0;
    finished = false;
    std::unique_ptr<HistoryTransfer> importing(HistoryTransfer::startImport(restored.location(), folder));
    QObject::connect(importing.get(), &HistoryTransfer::progress,
                     [&](qint64 done, qint64) { progressed = done; });
    QObject::connect(importing.get(), &HistoryTransfer::finished,
                     [&](bool ok, bool, const QString &why, const QList<qint64> &ids) {
                         finished = true;
                         succeeded = ok;
                         error = why;
                         imported = ids;
                     });
    REQUIRE(test::waitUntil([&] { return finished; }));
    INFO(error.toStdString());
    REQUIRE(succeeded);
    CHECK(imported.size() == 2);
    CHECK(progressed == QFileInfo(folder + QStringLiteral("/history.json")).size());
    // The main connection sees what the worker wrote.
    checkSameHistory(original, restored);
}

TEST_CASE("A session exported to Markdown reads as a conversation with its pictures beside it")
{
    test::TestStore fixture;
    fillHistory(fixture);
    const Session cats = fixture->sessions()->list(SessionStatus::Active).first();
    const QString file = fixture.folder() + QStringLiteral("/out/cats.md");
    HistoryExporter exporter(fixture.store());
    REQUIRE(exporter.exportSessionMarkdown(cats.id, file));

    QFile markdown(file);
    REQUIRE(markdown.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(markdown.readAll());
    CHECK(text.startsWith(QStringLiteral("# Cats")));
    CHECK(text.contains(QStringLiteral("Draw my cat")));
    CHECK(text.contains(QStringLiteral("Here it is, **in grey**.")));
    CHECK(text.contains(QStringLiteral("Assistant (fal-ai/flux-pro/v1.1-ultra)")));
    CHECK(text.contains(QStringLiteral("_Stopped before the end._")));
    const QStringList pictures =
        QDir(fixture.folder() + QStringLiteral("/out/cats_images")).entryList(QDir::Files);
    REQUIRE(pictures.size() == 1);
    CHECK(pictures.first().endsWith(QStringLiteral(".png")));
    CHECK(text.contains(QStringLiteral("](cats_images/") + pictures.first() + QLatin1Char(')')));

    const QString all = fixture.folder() + QStringLiteral("/everything");
    REQUIRE(exporter.exportAllMarkdown(all));
    CHECK(QDir(all).entryList({QStringLiteral("*.md")}, QDir::Files).size() == 2);
    CHECK(QDir(all + QStringLiteral("/images")).entryList(QDir::Files).size() == 2);
}
