#include "SyncedDevice.h"
#include "catch.h"
#include "store/HistoryExporter.h"
#include "store/HistoryImporter.h"
#include "store/Sql.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace confab;

namespace {

qint64 copyOf(test::SyncedDevice &from, test::SyncedDevice &to, qint64 messageId)
{
    const QString gid = sql::scalar(from.store().database().connection(),
                                    QStringLiteral("SELECT gid FROM messages WHERE id = ?"), {messageId})
                            .toString();
    return sql::scalar(to.store().database().connection(),
                       QStringLiteral("SELECT id FROM messages WHERE gid = ?"), {gid})
        .toLongLong();
}

QStringList visibleTexts(test::SyncedDevice &device, qint64 sessionId)
{
    QStringList texts;
    for (const Message &message : device->messages()->page(sessionId, 0, 50))
        texts << message.content;
    return texts;
}

} // namespace

TEST_CASE("Sync: a chat keeps its branches, reasoning and parameters on the other device")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    const Session chat = laptop.fixture().newSession(QStringLiteral("Branches"));
    ChatParameters parameters;
    parameters.systemPrompt = QStringLiteral("Be brief.");
    parameters.temperature = 0.4;
    parameters.maxTokens = 500;
    REQUIRE(laptop->sessions()->setParameters(chat.id, parameters));
    REQUIRE(laptop->sessions()->setReasoningEffort(chat.id, QStringLiteral("high")));

    const Message first = laptop.fixture().addMessage(chat.id, MessageRole::User, QStringLiteral("Where?"));
    NewMessage answer;
    answer.sessionId = chat.id;
    answer.role = MessageRole::Assistant;
    answer.content = QStringLiteral("Lisbon.");
    answer.reasoning = QStringLiteral("Spring is mild there.");
    answer.reasoningDetails =
        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("reasoning.text")},
                               {QStringLiteral("text"), QStringLiteral("mild")}}};
    REQUIRE(laptop->messages()->create(answer));
    // The question edited: a second version beside the first, with its own answer, now on screen.
    NewMessage edited;
    edited.sessionId = chat.id;
    edited.content = QStringLiteral("Where in May?");
    edited.parentId = 0;
    REQUIRE(laptop->messages()->create(edited));
    laptop.fixture().addMessage(chat.id, MessageRole::Assistant, QStringLiteral("Porto."));

    REQUIRE(laptop.sync(folder.path()).completed);
    REQUIRE(desktop.sync(folder.path()).completed);
    const qint64 copy = desktop.sessionId(laptop.gidOfSession(chat.id));
    REQUIRE(copy > 0);
    CHECK(visibleTexts(desktop, copy) ==
          QStringList{QStringLiteral("Where in May?"), QStringLiteral("Porto.")});
    const Session settings = desktop->sessions()->get(copy).value();
    CHECK(settings.parameters() == parameters);
    CHECK(settings.reasoningEffort == QStringLiteral("high"));
    CHECK(desktop.canonicalDump() == laptop.canonicalDump());

    // Switching back to the first version on the desktop shows the old branch on the laptop too.
    const qint64 firstCopy = copyOf(laptop, desktop, first.id);
    REQUIRE(desktop->messages()->versions(firstCopy).size() == 2);
    REQUIRE(desktop->messages()->selectBranch(firstCopy));
    REQUIRE(desktop.sync(folder.path()).completed);
    REQUIRE(laptop.sync(folder.path()).completed);
    const QList<Message> shown = laptop->messages()->page(chat.id, 0, 50);
    REQUIRE(shown.size() == 2);
    CHECK(shown.at(1).content == QStringLiteral("Lisbon."));
    CHECK(shown.at(1).reasoning == QStringLiteral("Spring is mild there."));
    CHECK(shown.at(1).reasoningDetails == answer.reasoningDetails);
    CHECK(desktop.canonicalDump() == laptop.canonicalDump());
}

TEST_CASE("Sync: an answer that arrives before its question hangs under it once the question comes")
{
    QTemporaryDir folder;
    QTemporaryDir partial;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    test::SyncedDevice phone;
    const Session chat = laptop.fixture().newSession(QStringLiteral("Relay"));
    laptop.fixture().addMessage(chat.id, MessageRole::User, QStringLiteral("Question from the laptop"));
    REQUIRE(laptop.sync(folder.path()).completed);
    REQUIRE(desktop.sync(folder.path()).completed);
    const qint64 onDesktop = desktop.sessionId(laptop.gidOfSession(chat.id));
    desktop.fixture().addMessage(onDesktop, MessageRole::Assistant,
                                 QStringLiteral("Answer from the desktop"));
    REQUIRE(desktop.sync(folder.path()).completed);

    // The phone's folder has only the desktop's segments so far, as a half-finished copy would.
    REQUIRE(QDir().mkpath(partial.path() + QStringLiteral("/devices")));
    const QString desktopDevice = desktop.engine().deviceId();
    const QString from = folder.path() + QStringLiteral("/devices/") + desktopDevice;
    const QString to = partial.path() + QStringLiteral("/devices/") + desktopDevice;
    REQUIRE(QDir().mkpath(to));
    for (const QString &name : QDir(from).entryList(QDir::Files))
        REQUIRE(QFile::copy(from + u'/' + name, to + u'/' + name));
    REQUIRE(phone.sync(partial.path()).completed);
    REQUIRE(phone.sync(folder.path()).completed);

    const qint64 onPhone = phone.sessionId(laptop.gidOfSession(chat.id));
    CHECK(visibleTexts(phone, onPhone) ==
          QStringList{QStringLiteral("Question from the laptop"), QStringLiteral("Answer from the desktop")});
    CHECK(phone.canonicalDump() == desktop.canonicalDump());

    // On the phone the answer is older by id than its question; an export of that history still imports.
    const QString exported = partial.path() + QStringLiteral("/export");
    REQUIRE(HistoryExporter(phone.store()).exportJson({}, exported));
    test::TestStore restored;
    HistoryImporter importer(restored.store());
    const bool imported = importer.importJson(exported);
    INFO(importer.lastError().toStdString());
    REQUIRE(imported);
    QStringList texts;
    for (const Message &message : restored->messages()->page(importer.importedSessions().value(0), 0, 50))
        texts << message.content;
    CHECK(texts ==
          QStringList{QStringLiteral("Question from the laptop"), QStringLiteral("Answer from the desktop")});
}
