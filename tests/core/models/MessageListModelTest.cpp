#include "models/MessageListModel.h"

#include "TestStore.h"
#include "catch.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace confab;

namespace {

struct LongChat
{
    Session session;
    QList<qint64> ids;
};

LongChat longChat(test::TestStore &fixture, int count)
{
    LongChat chat{fixture.newSession(QStringLiteral("Long")), {}};
    const Session noise = fixture.newSession(QStringLiteral("Noise"));
    for (int i = 0; i < count; ++i) {
        chat.ids << fixture
                        .addMessage(chat.session.id, i % 2 ? MessageRole::Assistant : MessageRole::User,
                                    QStringLiteral("message %1").arg(i))
                        .id;
        if (i % 50 == 0)
            fixture.addMessage(noise.id, MessageRole::User, QStringLiteral("elsewhere"));
    }
    return chat;
}

} // namespace

TEST_CASE("A long chat opens on its newest few messages and older pages load as the user scrolls up")
{
    test::TestStore fixture;
    const LongChat chat = longChat(fixture, 250);
    MessageListModel model(&fixture.store());
    model.setSession(chat.session.id);

    constexpr int Opening = MessageListModel::OpeningPageSize;
    constexpr int Page = MessageListModel::PageSize;
    REQUIRE(model.rowCount() == Opening);
    CHECK(model.index(0).data(MessageRoles::TextRole).toString() ==
          QStringLiteral("message %1").arg(250 - Opening));
    CHECK(model.index(Opening - 1).data().toString() == QStringLiteral("message 249"));
    REQUIRE(model.canFetchMore({}));

    // A view taller than the opening messages asks for a few more; scrolling up asks for a page.
    model.fetchOlder(4);
    CHECK(model.rowCount() == Opening + 4);
    CHECK(model.index(0).data().toString() == QStringLiteral("message %1").arg(250 - Opening - 4));
    model.fetchMore({});
    CHECK(model.rowCount() == Opening + 4 + Page);
    CHECK(model.index(0).data().toString() == QStringLiteral("message %1").arg(250 - Opening - 4 - Page));
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 250);
    CHECK(model.index(0).data().toString() == QStringLiteral("message 0"));
    model.fetchMore({});
    CHECK(model.rowCount() == 250);
    for (int row = 0; row < model.rowCount(); ++row)
        REQUIRE(model.index(row).data(MessageRoles::MessageIdRole).toLongLong() == chat.ids.at(row));
}

TEST_CASE("With every loaded message removed, a long chat's older messages still come when asked for")
{
    test::TestStore fixture;
    const LongChat chat = longChat(fixture, 40);
    MessageListModel model(&fixture.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(chat.session.id);
    const int opened = model.rowCount();
    for (int i = 40 - opened; i < 40; ++i)
        REQUIRE(fixture.store().messages()->remove(chat.ids.at(i)));
    for (int attempt = 0; attempt < 3 && model.rowCount() == 0 && model.canFetchMore({}); ++attempt)
        model.fetchOlder(MessageListModel::OpeningPageSize);
    REQUIRE(model.rowCount() > 0);
    CHECK(model.index(model.rowCount() - 1).data().toString() ==
          QStringLiteral("message %1").arg(39 - opened));
}

TEST_CASE("Paging through a long chat keeps the model consistent for its views")
{
    test::TestStore fixture;
    const LongChat chat = longChat(fixture, 450);
    MessageListModel model(&fixture.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(chat.session.id);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK(inserted.count() >= 1);
    for (const QList<QVariant> &insert : inserted) {
        CHECK(insert.at(1).toInt() == 0);
        CHECK(insert.at(2).toInt() < MessageListModel::PageSize);
    }
    CHECK(model.index(449).data(MessageRoles::MessageIdRole).toLongLong() == chat.ids.last());
}

TEST_CASE("A short chat has everything on its first page and nothing more to fetch")
{
    test::TestStore fixture;
    const LongChat chat = longChat(fixture, 10);
    MessageListModel model(&fixture.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(chat.session.id);
    CHECK(model.rowCount() == 10);
    CHECK_FALSE(model.canFetchMore({}));
    model.setSession(0);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("A streaming answer updates its row in place, naming the roles that changed")
{
    test::TestStore fixture;
    const Session session = fixture.newSession();
    MessageListModel model(&fixture.store());
    model.setSession(session.id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    fixture.addMessage(session.id, MessageRole::User, QStringLiteral("Write a haiku"));
    const Message answer = fixture.addMessage(session.id, MessageRole::Assistant, {}, MessageStatus::Pending);
    CHECK(inserted.count() == 2);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(1).data(MessageRoles::StreamingRole).toBool());

    fixture->messages()->appendContent(answer.id, QStringLiteral("Autumn moonlight"));
    const int afterFirstToken = int(changed.count());
    fixture->messages()->appendContent(answer.id, QStringLiteral(" —"));
    CHECK(changed.count() == afterFirstToken + 1);
    const QList<QVariant> last = changed.last();
    CHECK(last.at(0).toModelIndex().row() == 1);
    const auto roles = last.at(2).value<QList<int>>();
    CHECK(roles.contains(MessageRoles::TextRole));
    CHECK_FALSE(roles.contains(MessageRoles::StatusRole));
    CHECK(model.index(1).data(MessageRoles::TextRole).toString() == QStringLiteral("Autumn moonlight —"));

    MessageMetadata metadata;
    metadata.model = QStringLiteral("openai/gpt-4o-mini");
    metadata.generationMs = 950;
    metadata.promptTokens = 12;
    metadata.completionTokens = 17;
    metadata.costUsd = 0.0001;
    fixture->messages()->finish(answer.id, metadata);
    CHECK(model.rowCount() == 2);
    const QModelIndex row = model.index(1);
    CHECK(row.data(MessageRoles::StatusRole).value<MessageStatus>() == MessageStatus::Completed);
    CHECK_FALSE(row.data(MessageRoles::StreamingRole).toBool());
    // The delegate paints the status line from the whole record.
    const Message shown = row.data(MessageRoles::MessageValueRole).value<Message>();
    CHECK(shown.metadata.model == QStringLiteral("openai/gpt-4o-mini"));
    CHECK(shown.metadata.generationMs == 950);
    CHECK(shown.metadata.completionTokens == 17);
    CHECK(test::near(shown.metadata.costUsd, 0.0001));
    CHECK(row.data(MessageRoles::RoleRole).value<MessageRole>() == MessageRole::Assistant);
    CHECK(shown.createdAt.isValid());
    CHECK(inserted.count() == 2);
}

TEST_CASE("A failed answer shows its error and a message with pictures lists them")
{
    test::TestStore fixture;
    const Session session = fixture.newSession();
    MessageListModel model(&fixture.store());
    model.setSession(session.id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const Message answer = fixture.addMessage(session.id, MessageRole::Assistant, {}, MessageStatus::Pending);
    fixture->messages()->fail(answer.id, QStringLiteral("HTTP 429: rate limited"));
    CHECK(model.index(0).data(MessageRoles::ErrorRole).toString() ==
          QStringLiteral("HTTP 429: rate limited"));
    CHECK(model.index(0).data(MessageRoles::StatusRole).value<MessageStatus>() == MessageStatus::Failed);

    const StoredImage picture = fixture->images()->store(test::imageBytes(Qt::red, 32, 16));
    fixture->messages()->attachImages(answer.id, {MessageImage{picture.hash, ImageRole::Output, picture.width,
                                                               picture.height, picture.mime, 0}});
    const QVariantList images = model.index(0).data(MessageRoles::ImagesRole).toList();
    REQUIRE(images.size() == 1);
    CHECK(images.first().toMap().value(QStringLiteral("hash")).toString() == picture.hash);
    CHECK(images.first().toMap().value(QStringLiteral("width")).toInt() == 32);
}

TEST_CASE("Removing a message takes its row away and other sessions' messages are ignored")
{
    test::TestStore fixture;
    const Session session = fixture.newSession();
    const Session other = fixture.newSession(QStringLiteral("Other"));
    const Message first = fixture.addMessage(session.id, MessageRole::User, QStringLiteral("one"));
    fixture.addMessage(session.id, MessageRole::User, QStringLiteral("two"));
    MessageListModel model(&fixture.store());
    model.setSession(session.id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    fixture.addMessage(other.id, MessageRole::User, QStringLiteral("not here"));
    CHECK(model.rowCount() == 2);
    REQUIRE(fixture->messages()->remove(first.id));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0).data().toString() == QStringLiteral("two"));
}

TEST_CASE("Jumping to a search hit far up a long chat loads the pages down to it")
{
    test::TestStore fixture;
    const LongChat chat = longChat(fixture, 350);
    MessageListModel model(&fixture.store());
    model.setSession(chat.session.id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const int row = model.rowForMessage(chat.ids.at(20));
    REQUIRE(row >= 0);
    CHECK(model.index(row).data(MessageRoles::MessageIdRole).toLongLong() == chat.ids.at(20));
    CHECK(model.index(row).data().toString() == QStringLiteral("message 20"));
    CHECK(model.rowForMessage(chat.ids.at(349)) == model.rowCount() - 1);

    const Session other = fixture.newSession(QStringLiteral("Other"));
    const Message elsewhere = fixture.addMessage(other.id, MessageRole::User, QStringLiteral("x"));
    CHECK(model.rowForMessage(elsewhere.id) == -1);
}

TEST_CASE("Flipping a version far up a chat replaces only the rows below it, and a hit on a hidden version "
          "shows it")
{
    test::TestStore fixture;
    const LongChat chat = longChat(fixture, 250);
    MessageListModel model(&fixture.store());
    model.setSession(chat.session.id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The tester's checks fetch older pages as a view scrolled up would; message 120 must be among them.
    while (model.rowCount() < 200 && model.canFetchMore({}))
        model.fetchMore({});
    const int loaded = model.rowCount();
    REQUIRE(loaded >= 200);
    const int first = 250 - loaded; // the oldest message on screen
    const auto text = [&](int row) { return model.index(row).data().toString(); };

    // A second version of message 120, with one reply.
    NewMessage version;
    version.sessionId = chat.session.id;
    version.parentId = chat.ids.at(119);
    version.content = QStringLiteral("message 120, edited");
    REQUIRE(fixture->messages()->create(version));
    const Message reply =
        fixture.addMessage(chat.session.id, MessageRole::Assistant, QStringLiteral("reply to the edit"));
    const int editedRow = 120 - first;
    REQUIRE(model.rowCount() == editedRow + 2);
    CHECK(text(0) == QStringLiteral("message %1").arg(first));
    CHECK(text(editedRow) == QStringLiteral("message 120, edited"));
    CHECK(model.messageAt(editedRow).branchCount == 2);
    CHECK(text(editedRow + 1) == QStringLiteral("reply to the edit"));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    REQUIRE(fixture->messages()->selectBranch(chat.ids.at(120)));
    REQUIRE(model.rowCount() == loaded);
    CHECK(text(0) == QStringLiteral("message %1").arg(first));
    CHECK(text(editedRow) == QStringLiteral("message 120"));
    CHECK(model.messageAt(editedRow).branchIndex == 0);
    CHECK(text(loaded - 1) == QStringLiteral("message 249"));
    REQUIRE(removed.count() == 1);
    CHECK(removed.first().at(1).toInt() == editedRow);

    // A search hit on the hidden reply brings its branch on screen.
    const int row = model.rowForMessage(reply.id);
    REQUIRE(row >= 0);
    CHECK(model.index(row).data().toString() == QStringLiteral("reply to the edit"));
}
