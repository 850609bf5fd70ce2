#include "models/SessionListModel.h"

#include "TestStore.h"
#include "catch.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace confab;

namespace {

QStringList titles(const SessionListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row).data(SessionRoles::TitleRole).toString();
    return result;
}

} // namespace

TEST_CASE("The sidebar shows the newest chats first with pinned ones on top, and follows changes")
{
    test::TestStore fixture;
    const Session a = fixture.newSession(QStringLiteral("A"));
    const Session b = fixture.newSession(QStringLiteral("B"));
    SessionListModel model(&fixture.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(titles(model) == QStringList{QStringLiteral("B"), QStringLiteral("A")});

    const Session c = fixture.newSession(QStringLiteral("C"));
    CHECK(titles(model) == QStringList{QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")});

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    fixture.addMessage(a.id, MessageRole::User, QStringLiteral("bring A up"));
    CHECK(titles(model) == QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")});
    CHECK(moved.count() == 1);

    fixture->sessions()->setPinned(b.id, true);
    CHECK(titles(model) == QStringList{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")});
    CHECK(model.index(0).data(SessionRoles::PinnedRole).toBool());

    fixture->sessions()->rename(c.id, QStringLiteral("C renamed"));
    CHECK(model.index(2).data().toString() == QStringLiteral("C renamed"));
    CHECK(model.rowForSession(c.id) == 2);
    CHECK(model.sessionAt(2).id == c.id);
}

TEST_CASE("Archiving, trashing, restoring and purging move chats between the sidebar's filters")
{
    test::TestStore fixture;
    const Session a = fixture.newSession(QStringLiteral("A"));
    const Session b = fixture.newSession(QStringLiteral("B"));
    SessionListModel active(&fixture.store());
    SessionListModel archived(&fixture.store());
    archived.setFilter(SessionStatus::Archived);
    SessionListModel trash(&fixture.store());
    trash.setFilter(SessionStatus::Deleted);
    QAbstractItemModelTester activeTester(&active, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester archivedTester(&archived, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester trashTester(&trash, QAbstractItemModelTester::FailureReportingMode::Fatal);

    fixture->sessions()->archive(a.id);
    CHECK(titles(active) == QStringList{QStringLiteral("B")});
    CHECK(titles(archived) == QStringList{QStringLiteral("A")});

    fixture->sessions()->trash(b.id);
    CHECK(active.rowCount() == 0);
    CHECK(titles(trash) == QStringList{QStringLiteral("B")});
    CHECK(trash.sessionAt(0).status == SessionStatus::Deleted);

    fixture->sessions()->restore(b.id);
    CHECK(titles(active) == QStringList{QStringLiteral("B")});
    CHECK(trash.rowCount() == 0);

    fixture->sessions()->trash(b.id);
    fixture->sessions()->purge(b.id);
    CHECK(trash.rowCount() == 0);
    CHECK(active.rowCount() == 0);
}

TEST_CASE("Searching the sidebar narrows it to chats whose title or messages match")
{
    test::TestStore fixture;
    const Session recipes = fixture.newSession(QStringLiteral("Recipes"));
    const Session garden = fixture.newSession(QStringLiteral("Garden"));
    fixture.newSession(QStringLiteral("Taxes"));
    fixture.addMessage(garden.id, MessageRole::User, QStringLiteral("When do I plant tomatoes?"));
    fixture.addMessage(recipes.id, MessageRole::User, QStringLiteral("A tomato soup please"));

    SessionListModel model(&fixture.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSearchText(QStringLiteral("tomat"));
    CHECK(titles(model) == QStringList{QStringLiteral("Recipes"), QStringLiteral("Garden")});

    const Session later = fixture.newSession(QStringLiteral("Tomato pests"));
    CHECK(model.rowForSession(later.id) == 0);
    fixture.newSession(QStringLiteral("Unrelated"));
    CHECK(model.rowCount() == 3);

    model.setSearchText(QStringLiteral("\"NEAR*"));
    CHECK(model.rowCount() == 0);
    model.setSearchText({});
    CHECK(model.rowCount() == 5);
}

TEST_CASE("A long history's sidebar reads its chats a page at a time, and a chat far down is brought in")
{
    test::TestStore fixture;
    QList<qint64> ids;
    // Two full pages and half of a third.
    const int chats = SessionListModel::PageSize * 2 + SessionListModel::PageSize / 2;
    for (int i = 0; i < chats; ++i)
        ids << fixture.newSession(QStringLiteral("Chat %1").arg(i)).id;
    SessionListModel model(&fixture.store());
    CHECK(model.rowCount() == SessionListModel::PageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == SessionListModel::PageSize * 2);

    // The oldest chat is on the third page: revealing it reads the rest, in order.
    const int row = model.revealSession(ids.first());
    CHECK(row == chats - 1);
    CHECK(model.rowCount() == chats);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(titles(model).first() == QStringLiteral("Chat %1").arg(chats - 1));

    // A new chat still arrives on top.
    fixture.newSession(QStringLiteral("Newest"));
    CHECK(titles(model).first() == QStringLiteral("Newest"));
}
