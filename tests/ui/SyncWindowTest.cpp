#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/SyncPage.h"
#include "models/MessageListModel.h"
#include "models/SessionListModel.h"
#include "sidebar/Sidebar.h"
#include "store/Store.h"
#include "sync/FolderKey.h"
#include "sync/SyncEngine.h"
#include "sync/SyncFolder.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>

using confab::test::waitUntil;
using confab::test::WindowFixture;
using namespace confab;

namespace {

// Settings open on the Sync page, as the user gets there from the window.
ui::SyncPage *openSyncSettings(WindowFixture &f)
{
    f.window->show();
    f.window->showSettings();
    auto *dialog = f.window->findChild<ui::SettingsDialog *>(QStringLiteral("settingsDialog"));
    REQUIRE(dialog);
    auto *page = dialog->findChild<ui::SyncPage *>(QStringLiteral("syncPage"));
    REQUIRE(page);
    dialog->tabs()->setCurrentWidget(page);
    return page;
}

} // namespace

TEST_CASE("The open window shows a chat and a message written by the CLI within a second")
{
    WindowFixture f;
    const qint64 open =
        f.addChat(QStringLiteral("Open chat"), QStringLiteral("question?"), QStringLiteral("answer."));
    f.window->openSession(open);
    REQUIRE(waitUntil(
        [&] { return f.window->currentSession() == open && f.window->messageModel()->rowCount() == 2; }));
    SessionListModel *sessions = f.window->sidebar()->model();
    REQUIRE(sessions->rowCount() == 1);

    // What `confab chat` does: its own store (and SQLite connection) on the same files.
    Store cli(f.backend->store()->location());
    REQUIRE(cli.open().isOpen());
    QElapsedTimer clock;
    clock.start();
    cli.sessions()->create(QStringLiteral("Asked in the terminal"));
    NewMessage followUp;
    followUp.sessionId = open;
    followUp.content = QStringLiteral("a follow-up typed in the terminal");
    REQUIRE(cli.messages()->create(followUp));

    REQUIRE(waitUntil([&] { return sessions->rowCount() == 2 && f.window->messageModel()->rowCount() == 3; },
                      1000));
    CHECK(clock.elapsed() < 1000);
    CHECK(f.window->messageModel()->messageAt(2).content ==
          QStringLiteral("a follow-up typed in the terminal"));
}

TEST_CASE("A chat made on another machine appears in the open window, and Settings → Sync lists that machine")
{
    WindowFixture f;
    QTemporaryDir folder;
    QTemporaryDir otherMachine;
    {
        Store desktop(StoreLocation::inFolder(otherMachine.path()));
        REQUIRE(desktop.open().isOpen());
        const Session chat = desktop.sessions()->create(QStringLiteral("Started on the desktop")).value();
        NewMessage question;
        question.sessionId = chat.id;
        question.content = QStringLiteral("Which trains go to Porto?");
        REQUIRE(desktop.messages()->create(question));
        SyncEngine engine(desktop.location().databasePath, desktop.location().imagesDir);
        engine.setDeviceName(QStringLiteral("Desktop"));
        REQUIRE(engine.runRound(folder.path()).publishedRecords == 2);
    }

    SyncService *sync = f.backend->sync();
    QLabel *indicator = f.window->statusBar()->findChild<QLabel *>(QStringLiteral("syncIndicator"));
    REQUIRE(indicator);
    CHECK(indicator->isHidden());
    sync->setFolder(folder.path());
    SessionListModel *sessions = f.window->sidebar()->model();
    REQUIRE(waitUntil([&] { return sessions->rowCount() == 1; }, 10000));
    CHECK(sessions->sessionAt(0).title == QStringLiteral("Started on the desktop"));
    REQUIRE(waitUntil([&] { return indicator->text().startsWith(QStringLiteral("Synced")); }));
    CHECK_FALSE(indicator->isHidden());

    ui::SyncPage *page = openSyncSettings(f);
    QWidget *dialog = page->window();
    CHECK(page->folderEdit()->text() == folder.path());
    REQUIRE(page->deviceList()->topLevelItemCount() == 1);
    CHECK(page->deviceList()->topLevelItem(0)->text(0) == QStringLiteral("Desktop"));
    CHECK(page->deviceList()->topLevelItem(0)->text(2) == QStringLiteral("up to date"));
    const QString shots = qEnvironmentVariable("CONFAB_SYNC_SCREENSHOTS");
    if (!shots.isEmpty()) {
        QApplication::processEvents();
        dialog->grab().save(shots + QStringLiteral("/sync-settings.png"));
        f.window->grab().save(shots + QStringLiteral("/sync-window.png"));
    }
    dialog->close();
}

TEST_CASE("Settings → Sync shows a device's last change in full, and a long waiting reason in a tooltip")
{
    WindowFixture f;
    ui::SyncPage *page = openSyncSettings(f);
    QWidget *dialog = page->window();

    // A round's report as the service hands it over, with a peer whose newer changes wait for images.
    const QDateTime lastChange(QDate(2025, 12, 24), QTime(23, 59));
    const QString waiting = QStringLiteral("segment 12 needs 3 images still on their way (4f1c2d9e0a7b)");
    SyncReport report;
    report.completed = true;
    report.finishedAt = QDateTime::currentDateTime();
    report.peers << SyncPeer{QStringLiteral("0123456789abcdef0123456789abcdef"),
                             QStringLiteral("Desktop in the study"), 12, lastChange, waiting};
    emit f.backend->sync()->roundFinished(report);
    QApplication::processEvents();

    QTreeWidget *devices = page->deviceList();
    REQUIRE(devices->topLevelItemCount() == 1);
    const QTreeWidgetItem *device = devices->topLevelItem(0);
    const QFontMetrics metrics(devices->font());
    CHECK(device->text(1) == QLocale().toString(lastChange, QLocale::ShortFormat));
    CHECK(devices->columnWidth(0) >= metrics.horizontalAdvance(device->text(0)));
    CHECK(devices->columnWidth(1) >= metrics.horizontalAdvance(device->text(1)));
    CHECK(device->text(2) == waiting);
    CHECK(device->toolTip(2) == waiting);
    const QString shots = qEnvironmentVariable("CONFAB_SYNC_SCREENSHOTS");
    if (!shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/sync-devices.png"));
    dialog->close();
}

TEST_CASE(
    "Settings → Sync unlocks an encrypted folder with its passphrase and names a device whose clock is ahead")
{
    WindowFixture f;
    QTemporaryDir folder;
    QTemporaryDir otherMachine;
    const QString passphrase = QStringLiteral("lantern orchard copper seventeen");
    {
        // A desktop whose clock is 80 years ahead encrypts the folder and writes a chat.
        Store desktop(StoreLocation::inFolder(otherMachine.path()));
        REQUIRE(desktop.open().isOpen());
        desktop.sessions()->create(QStringLiteral("Sealed on the desktop"));
        SyncEngine engine(desktop.location().databasePath, desktop.location().imagesDir);
        engine.setDeviceName(QStringLiteral("Desktop with a wrong clock"));
        REQUIRE(engine.encryptFolder(folder.path(), passphrase).isEmpty());
        REQUIRE(engine.runRound(folder.path()).publishedSegments == 1);
        const SyncFolder sealed(folder.path(),
                                std::get<QByteArray>(FolderKey::unlock(folder.path(), passphrase)));
        Segment segment = std::get<Segment>(sealed.readSegment(engine.deviceId(), 1));
        segment.writtenAtMs += 29'220LL * 24 * 3600 * 1000;
        QString error;
        REQUIRE(sealed.writeSegment(segment, &error));
    }

    SyncService *sync = f.backend->sync();
    sync->setFolder(folder.path());
    ui::SyncPage *page = openSyncSettings(f);
    QWidget *dialog = page->window();
    auto *encryption = page->findChild<QLabel *>(QStringLiteral("syncEncryption"));
    auto *apply = page->findChild<QPushButton *>(QStringLiteral("syncApplyPassphrase"));
    auto *strength = page->findChild<QLabel *>(QStringLiteral("syncPassphraseStrength"));
    REQUIRE(waitUntil([&] { return apply->text() == QStringLiteral("Unlock"); }, 10000));
    CHECK(encryption->text().contains(QStringLiteral("encrypted")));
    SessionListModel *sessions = f.window->sidebar()->model();
    CHECK(sessions->rowCount() == 0);

    page->passphraseEdit()->setText(QStringLiteral("not the passphrase"));
    apply->click();
    REQUIRE(waitUntil([&] { return apply->isEnabled(); }, 10000));
    CHECK(strength->text() == QStringLiteral("the passphrase does not open this sync folder"));

    page->passphraseEdit()->setText(passphrase);
    apply->click();
    REQUIRE(waitUntil([&] { return sessions->rowCount() == 1; }, 20000));
    CHECK(sessions->sessionAt(0).title == QStringLiteral("Sealed on the desktop"));
    REQUIRE(waitUntil([&] { return apply->text() == QStringLiteral("Change passphrase"); }, 10000));
    REQUIRE(page->deviceList()->topLevelItemCount() == 1);
    const QTreeWidgetItem *device = page->deviceList()->topLevelItem(0);
    CHECK(device->text(0) == QStringLiteral("Desktop with a wrong clock"));
    CHECK(device->text(2).startsWith(QStringLiteral("its clock is 29219 days ahead")));

    // Choosing a new passphrase shows how strong it is.
    page->passphraseEdit()->setText(QStringLiteral("Summer2024"));
    CHECK(strength->text() == QStringLiteral("Strength: weak: add a few more words"));
    page->passphraseEdit()->setText(QStringLiteral("lantern orchard copper seventeen rain"));
    CHECK(strength->text() == QStringLiteral("Strength: strong"));
    const QString shots = qEnvironmentVariable("CONFAB_SYNC_SCREENSHOTS");
    if (!shots.isEmpty()) {
        dialog->resize(900, 560);
        QApplication::processEvents();
        dialog->grab().save(shots + QStringLiteral("/sync-encrypted-clock.png"));
    }
    dialog->close();
}
