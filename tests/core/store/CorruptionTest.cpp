#include "RawDatabase.h"
#include "TestStore.h"
#include "catch.h"
#include "store/BackgroundIntegrityCheck.h"
#include "store/IntegrityMarker.h"
#include "store/Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

using namespace confab;

namespace {

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek(offset);
    file.write(bytes);
}

// A history with a backup from an earlier upgrade beside it.
QString historyWithBackup(test::TestStore &fixture)
{
    fixture->database().close();
    const QString path = fixture.location().databasePath;
    QFile::remove(path);
    test::createSchemaAt(path, 1);
    {
        test::RawDatabase raw(path);
        raw.exec(QStringLiteral("INSERT INTO chat_sessions (title, created_at, updated_at)"
                                " VALUES ('Saved before the upgrade', 1, 1)"));
    }
    REQUIRE(fixture.reopen().outcome == OpenResult::Outcome::Migrated);
    fixture->sessions()->create(QStringLiteral("Written after the upgrade"));
    fixture->database().close();
    return path;
}

} // namespace

TEST_CASE("A file that is not a database is moved aside, never deleted, and the user is told where")
{
    test::TestStore fixture;
    fixture->database().close();
    const QString path = fixture.location().databasePath;
    QFile::remove(path);
    const QByteArray garbage(8192, 'x');
    overwrite(path, 0, garbage);

    Store store(fixture.location());
    const OpenResult result = store.open();
    REQUIRE(result.outcome == OpenResult::Outcome::Corrupt);
    CHECK_FALSE(store.isOpen());
    CHECK_FALSE(result.canRestoreBackup());
    REQUIRE_FALSE(result.movedAsidePath.isEmpty());
    CHECK(result.message.contains(result.movedAsidePath));
    CHECK(result.message.contains(QStringLiteral("empty history")));
    QFile aside(result.movedAsidePath);
    REQUIRE(aside.open(QIODevice::ReadOnly));
    CHECK(aside.readAll() == garbage);
    CHECK_FALSE(QFileInfo::exists(path));

    const OpenResult fresh = store.startFresh();
    CHECK(fresh.outcome == OpenResult::Outcome::Created);
    CHECK(store.isOpen());
    CHECK(store.sessions()->count(SessionStatus::Active) == 0);
    CHECK(QFileInfo::exists(result.movedAsidePath));
}

TEST_CASE("A damaged page is caught at open and the newest backup is offered and restored")
{
    test::TestStore fixture;
    const QString path = historyWithBackup(fixture);
    // Scribble over the middle of the file, past the header, where the tables' pages are.
    const qint64 size = QFileInfo(path).size();
    REQUIRE(size > 8192);
    overwrite(path, 4096, QByteArray(int(size - 4096), '\xA5'));

    Store store(fixture.location());
    const OpenResult result = store.open();
    REQUIRE(result.outcome == OpenResult::Outcome::Corrupt);
    REQUIRE(result.canRestoreBackup());
    CHECK(result.message.contains(result.backupPath));
    CHECK(result.message.contains(result.movedAsidePath));

    const OpenResult restored = store.restoreNewestBackup();
    REQUIRE(restored.outcome == OpenResult::Outcome::Restored);
    CHECK(restored.message.contains(QStringLiteral("Restored")));
    const QList<Session> sessions = store.sessions()->list(SessionStatus::Active);
    REQUIRE(sessions.size() == 1);
    CHECK(sessions.first().title == QStringLiteral("Saved before the upgrade"));
    CHECK(QFileInfo::exists(result.movedAsidePath));
}

TEST_CASE("Answers cut off by a crash become failed and interrupted, keeping their partial text")
{
    test::TestStore fixture;
    const Session session = fixture.newSession();
    fixture.addMessage(session.id, MessageRole::User, QStringLiteral("Tell me a story"));
    const Message streaming =
        fixture.addMessage(session.id, MessageRole::Assistant, {}, MessageStatus::Pending);
    const Message queued = fixture.addMessage(session.id, MessageRole::Assistant, {}, MessageStatus::Pending);
    fixture->messages()->appendContent(streaming.id, QStringLiteral("Once upon a time"));
    fixture->messages()->setProgress(queued.id, QStringLiteral("in queue, position 2"));
    fixture->messages()->flush();

    // The app dies: nothing is finished, and the next start finds the rows as they were on disk.
    {
        test::RawDatabase raw(fixture.location().databasePath);
        CHECK(raw.scalar(
                     QStringLiteral("SELECT count(*) FROM messages WHERE status IN ('pending','processing')"))
                  .toInt() == 2);
    }
    const OpenResult result = fixture.reopen();
    CHECK(result.interruptedMessages == 2);
    CHECK(result.message.contains(QStringLiteral("interrupted")));

    const Message recovered = fixture->messages()->get(streaming.id).value();
    CHECK(recovered.status == MessageStatus::Interrupted);
    CHECK(recovered.metadata.error.isEmpty());
    CHECK(recovered.content == QStringLiteral("Once upon a time"));
    const Message recoveredQueue = fixture->messages()->get(queued.id).value();
    CHECK(recoveredQueue.status == MessageStatus::Interrupted);
    CHECK(recoveredQueue.metadata.progress.isEmpty());

    CHECK(fixture.reopen().interruptedMessages == 0);
}

TEST_CASE("The full integrity check runs after a crash or an outside change, not after every clean close")
{
    test::TestStore fixture;
    fixture->sessions()->create(QStringLiteral("Kept"));
    fixture->database().close();
    const QString path = fixture.location().databasePath;
    IntegrityMarker marker(path);
    REQUIRE(QFile::exists(marker.path()));

    // A clean close that was checked recently: nothing to re-check.
    marker.consume();
    CHECK_FALSE(marker.checkNeeded(QDateTime::currentDateTime()));
    CHECK_FALSE(QFile::exists(marker.path()));
    CHECK(marker.checkNeeded(QDateTime::currentDateTime().addDays(IntegrityMarker::RecheckDays)));
    marker.writeAfterCleanClose();

    // While the store is open the marker is gone, so a crash leaves none and the next open checks.
    Store store(fixture.location());
    REQUIRE(store.open().isOpen());
    CHECK_FALSE(QFile::exists(marker.path()));
    store.database().close();
    CHECK(QFile::exists(marker.path()));

    // The file changed behind Confab's back after a clean close: it is checked, and the damage is found.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek(4096);
    file.write(QByteArray(4096, 'x'));
    file.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime);
    file.close();
    Store damaged(fixture.location());
    CHECK(damaged.open().outcome == OpenResult::Outcome::Corrupt);
}

TEST_CASE("After a crash the window's store opens at once, and the full check runs afterwards on a worker")
{
    test::TestStore fixture;
    fixture->sessions()->create(QStringLiteral("Kept"));
    fixture->database().close();
    const QString path = fixture.location().databasePath;
    // A crash leaves no clean-close marker.
    REQUIRE(QFile::remove(IntegrityMarker(path).path()));

    Store store(fixture.location());
    REQUIRE(store.open(Database::IntegrityCheck::Later).isOpen());
    CHECK(store.database().integrityCheckDue());
    CHECK(store.sessions()->list(SessionStatus::Active).size() == 1);

    BackgroundIntegrityCheck check(path);
    QSignalSpy finished(&check, &BackgroundIntegrityCheck::finished);
    check.start();
    REQUIRE(finished.wait(20000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(finished.at(0).at(1).toStringList().isEmpty());
    store.database().noteIntegrityChecked();
    CHECK_FALSE(store.database().integrityCheckDue());
}

TEST_CASE("Damage the open did not touch is found by the later check and reported")
{
    test::TestStore fixture;
    for (int i = 0; i < 200; ++i)
        fixture->sessions()->create(
            QStringLiteral("Session %1 with a title long enough to fill pages").arg(i));
    fixture->database().close();
    const QString path = fixture.location().databasePath;
    REQUIRE(QFile::remove(IntegrityMarker(path).path()));
    // Scribble over the file's last page, far from what opening reads.
    const qint64 size = QFileInfo(path).size();
    REQUIRE(size > 3 * 4096);
    overwrite(path, size - 4096, QByteArray(4096, '\xA5'));

    Store store(fixture.location());
    const OpenResult opened = store.open(Database::IntegrityCheck::Later);
    if (!opened.isOpen()) {
        // Opening happened to read the damaged page: it is caught there, as before.
        CHECK(opened.outcome == OpenResult::Outcome::Corrupt);
        return;
    }
    REQUIRE(store.database().integrityCheckDue());
    BackgroundIntegrityCheck check(path);
    QSignalSpy finished(&check, &BackgroundIntegrityCheck::finished);
    check.start();
    REQUIRE(finished.wait(20000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK_FALSE(finished.at(0).at(1).toStringList().isEmpty());
}
