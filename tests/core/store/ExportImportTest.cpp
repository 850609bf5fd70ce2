#include "TestStore.h"
#include "catch.h"
#include "store/HistoryExporter.h"
#include "store/HistoryImporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

} // namespace

TEST_CASE("A JSON export imported into an empty store gives back the same sessions, messages and images")
{
    test::TestStore original;
    fillHistory(original);
    const QString file = original.folder() + QStringLiteral("/export.json");
    HistoryExporter exporter(original.store());
    REQUIRE(exporter.exportJson({}, file));

    test::TestStore restored;
    HistoryImporter importer(restored.store());
    REQUIRE(importer.importJson(file));
    CHECK(importer.importedSessions().size() == 2);

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
    const QString file = original.folder() + QStringLiteral("/branches.json");
    REQUIRE(HistoryExporter(original.store()).exportJson({}, file));

    test::TestStore restored;
    HistoryImporter importer(restored.store());
    REQUIRE(importer.importJson(file));
    const qint64 session = importer.importedSessions().first();
    CHECK(restored->messages()->pageOfAll(session, 0, 10).size() == 4);
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
    const QString good = original.folder() + QStringLiteral("/export.json");
    REQUIRE(HistoryExporter(original.store()).exportJson({}, good));
    QFile goodFile(good);
    REQUIRE(goodFile.open(QIODevice::ReadOnly));
    const QByteArray json = goodFile.readAll();

    test::TestStore target;
    target.newSession(QStringLiteral("Already here"));
    const auto write = [&](const QByteArray &bytes) {
        const QString path = target.folder() + QStringLiteral("/bad.json");
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(bytes);
        return path;
    };
    QByteArray wrongRole = json;
    wrongRole.replace("\"role\": \"assistant\"", "\"role\": \"wizard\"");
    QByteArray damagedImage = json;
    damagedImage.replace("\"data\": \"", "\"data\": \"AAAA");
    QByteArray future = json;
    future.replace("\"version\": 1", "\"version\": 99");

    const QList<std::pair<QByteArray, QString>> cases{
        {json.left(json.size() / 2), QStringLiteral("truncated")},
        {QByteArrayLiteral("{\"format\": \"something-else\", \"version\": 1}"),
         QStringLiteral("not a Confab")},
        {wrongRole, QStringLiteral("wizard")},
        {damagedImage, QStringLiteral("damaged")},
        {future, QStringLiteral("version 99")},
        {QByteArray(), QStringLiteral("not valid JSON")},
    };
    for (const auto &[bytes, reason] : cases) {
        INFO(reason.toStdString());
        HistoryImporter importer(target.store());
        CHECK_FALSE(importer.importJson(write(bytes)));
        CHECK(importer.lastError().contains(reason));
        CHECK(target->sessions()->count(SessionStatus::Active) == 1);
        CHECK(target->sessions()->count(SessionStatus::Archived) == 0);
        CHECK(QDir(target->images()->imagesDir()).entryList(QDir::Files).isEmpty());
    }
    CHECK_FALSE(HistoryImporter(target.store()).importJson(target.folder() + QStringLiteral("/nope.json")));
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
    CHECK(text.contains(QStringLiteral("_Failed: stopped_")));
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
