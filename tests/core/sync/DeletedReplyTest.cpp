#include "SyncedDevice.h"
#include "catch.h"
#include "models/MessageListModel.h"

#include <QTemporaryDir>

using namespace confab;

namespace {

// What the chat window shows of a chat: each visible message's role and text, top to bottom.
QStringList shown(test::SyncedDevice &device, qint64 sessionId)
{
    MessageListModel model(&device.store());
    model.setSession(sessionId);
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << QStringLiteral("%1: %2").arg(toString(model.messageAt(row).role),
                                             model.index(row).data(MessageRoles::TextRole).toString());
    return rows;
}

} // namespace

// The rule, on every device: a deleted message's replies take its place, as they do on the device where it
// was deleted, even when the reply was written elsewhere before the deletion arrived.
TEST_CASE("Sync: a reply to a message deleted on another device shows in its place on both devices")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    const Session chat = laptop.fixture().newSession(QStringLiteral("Trip"));
    laptop.fixture().addMessage(chat.id, MessageRole::User, QStringLiteral("Where to stay in Lisbon?"));
    laptop.fixture().addMessage(chat.id, MessageRole::Assistant, QStringLiteral("Alfama or Baixa."));
    const Message question =
        laptop.fixture().addMessage(chat.id, MessageRole::User, QStringLiteral("And to eat?"));
    laptop.sync(folder.path());
    desktop.sync(folder.path());
    const qint64 onDesktop = desktop.sessionId(laptop.gidOfSession(chat.id));
    REQUIRE(shown(desktop, onDesktop).size() == 3);

    // At the same time: the desktop answers the last question, the laptop deletes it.
    desktop.fixture().addMessage(onDesktop, MessageRole::Assistant, QStringLiteral("Try a tasca."));
    REQUIRE(laptop->messages()->remove(question.id));
    laptop.sync(folder.path());
    desktop.sync(folder.path());
    laptop.sync(folder.path());

    const QStringList expected{QStringLiteral("user: Where to stay in Lisbon?"),
                               QStringLiteral("assistant: Alfama or Baixa."),
                               QStringLiteral("assistant: Try a tasca.")};
    CHECK(shown(laptop, chat.id) == expected);
    CHECK(shown(desktop, onDesktop) == expected);
    CHECK(laptop.canonicalDump() == desktop.canonicalDump());
}

TEST_CASE("Sync: a reply arriving after its question and the question's parent were deleted stands first")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    const Session chat = laptop.fixture().newSession(QStringLiteral("Short"));
    const Message first = laptop.fixture().addMessage(chat.id, MessageRole::User, QStringLiteral("Hi"));
    const Message second =
        laptop.fixture().addMessage(chat.id, MessageRole::User, QStringLiteral("Still there?"));
    laptop.sync(folder.path());
    desktop.sync(folder.path());
    const qint64 onDesktop = desktop.sessionId(laptop.gidOfSession(chat.id));

    desktop.fixture().addMessage(onDesktop, MessageRole::Assistant, QStringLiteral("Yes."));
    REQUIRE(laptop->messages()->remove(second.id));
    REQUIRE(laptop->messages()->remove(first.id));
    laptop.sync(folder.path());
    desktop.sync(folder.path());
    laptop.sync(folder.path());

    CHECK(shown(laptop, chat.id) == QStringList{QStringLiteral("assistant: Yes.")});
    CHECK(shown(desktop, onDesktop) == QStringList{QStringLiteral("assistant: Yes.")});
    CHECK(laptop.canonicalDump() == desktop.canonicalDump());
}
