#include "Files.h"
#include "SyncedDevice.h"
#include "catch.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <random>

using namespace confab;

namespace {

void put(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Plays a sync engine carrying one device's files to another machine's copy of the folder, badly: files
// arrive late, in any order, half-written under their final name, twice, and as conflict copies.
class UnreliableCarrier
{
public:
    explicit UnreliableCarrier(std::mt19937 &random)
        : m_random(random)
    {}

    void carry(const QString &from, const QString &to, const QString &device, bool completely)
    {
        QStringList files;
        for (const QString &dir :
             QStringList{QStringLiteral("/devices/") + device, QStringLiteral("/images")}) {
            QDirIterator it(from + dir, QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                if (!path.endsWith(QStringLiteral(".tmp")))
                    files << path.mid(from.size());
            }
        }
        // A file its device deleted (a segment retired, a snapshot replaced) goes here too, sooner or later.
        QDirIterator copies(to + QStringLiteral("/devices/") + device, QDir::Files);
        while (copies.hasNext()) {
            const QString path = copies.next();
            if (!path.contains(QStringLiteral("sync-conflict")) &&
                !QFile::exists(from + path.mid(to.size())) && (completely || m_random() % 2))
                QFile::remove(path);
        }
        std::shuffle(files.begin(), files.end(), m_random);
        for (const QString &file : files) {
            // A sync engine does not send on a file it is still receiving.
            if (m_arriving.contains(from + file))
                continue;
            const QByteArray whole = test::fileBytes(from + file);
            const bool alreadyWhole = test::fileBytes(to + file) == whole;
            const int roll = completely ? 6 : int(m_random() % 10);
            if (roll < 4)
                continue;
            if (roll < 6 && !alreadyWhole && whole.size() > 1) {
                put(to + file, whole.left(qsizetype(m_random() % quint32(whole.size()))));
                m_arriving.insert(to + file);
            } else if (roll < 9) {
                put(to + file, whole);
                m_arriving.remove(to + file);
            } else {
                put(to + file + QStringLiteral(".sync-conflict-20260101-000000-XYZ.jsonl"), whole);
            }
        }
    }

private:
    std::mt19937 &m_random;
    QSet<QString> m_arriving;
};

// Random edits of the kinds a user makes.
class RandomUser
{
public:
    explicit RandomUser(std::mt19937 &random)
        : m_random(random)
    {}

    void act(test::SyncedDevice &device)
    {
        Store &store = device.store();
        QList<Session> sessions = store.sessions()->list(SessionStatus::Active) +
                                  store.sessions()->list(SessionStatus::Archived) +
                                  store.sessions()->list(SessionStatus::Deleted);
        std::sort(sessions.begin(), sessions.end(),
                  [](const Session &a, const Session &b) { return a.id < b.id; });
        const int roll = int(m_random() % 24);
        if (sessions.isEmpty() || roll < 3) {
            store.sessions()->create(QStringLiteral("chat %1").arg(m_random() % 1000));
            return;
        }
        const Session &session = sessions.at(qsizetype(m_random() % quint32(sessions.size())));
        if (roll < 10) {
            NewMessage message;
            message.sessionId = session.id;
            message.role = roll % 2 ? MessageRole::User : MessageRole::Assistant;
            message.content = QStringLiteral("turn %1").arg(m_random() % 100000);
            message.metadata.model = QStringLiteral("model/%1").arg(roll);
            if (roll == 9) {
                const StoredImage image = store.images()->store(
                    test::imageBytes(QColor::fromHsv(int(m_random() % 6) * 60, 200, 200)));
                message.contentType = ContentType::Image;
                message.images = {
                    MessageImage{image.hash, ImageRole::Output, image.width, image.height, image.mime, 0}};
            }
            store.messages()->create(message);
        } else if (roll < 12) {
            store.sessions()->rename(session.id, QStringLiteral("renamed %1").arg(m_random() % 1000));
        } else if (roll == 12) {
            store.sessions()->setPinned(session.id, !session.pinned);
        } else if (roll == 13) {
            store.sessions()->trash(session.id);
        } else if (roll == 14) {
            store.sessions()->restore(session.id);
        } else if (roll == 15) {
            store.sessions()->archive(session.id);
        } else if (roll == 16) {
            store.sessions()->setModel(session.id, QStringLiteral("other/model-%1").arg(m_random() % 5));
        } else if (roll < 19) {
            const QList<Message> messages = store.messages()->page(session.id, 0, 50);
            if (!messages.isEmpty())
                store.messages()->remove(messages.at(qsizetype(m_random() % quint32(messages.size()))).id);
        } else if (roll < 21) {
            // A new version of a message on screen (an edited question or a regenerated answer), or a flip
            // back to another version.
            const QList<Message> messages = store.messages()->page(session.id, 0, 50);
            if (messages.isEmpty())
                return;
            const Message &picked = messages.at(qsizetype(m_random() % quint32(messages.size())));
            if (roll == 19) {
                NewMessage version;
                version.sessionId = session.id;
                version.role = picked.role;
                version.content = QStringLiteral("version %1").arg(m_random() % 100000);
                version.parentId = picked.parentId;
                store.messages()->create(version);
            } else {
                const QList<qint64> versions = store.messages()->versions(picked.id);
                store.messages()->selectBranch(versions.at(qsizetype(m_random() % quint32(versions.size()))));
            }
        } else if (roll == 21) {
            ChatParameters parameters = session.parameters();
            parameters.temperature =
                (m_random() % 2) ? std::optional<double>(double(m_random() % 20) / 10) : std::nullopt;
            parameters.maxTokens = int(m_random() % 4000) + 1;
            store.sessions()->setParameters(session.id, parameters);
        } else if (roll == 22) {
            store.sessions()->setReasoningEffort(session.id, (m_random() % 2) ? QStringLiteral("low")
                                                                              : QStringLiteral("high"));
        } else {
            store.sessions()->purge(session.id);
        }
    }

private:
    std::mt19937 &m_random;
};

int seedCount()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("CONFAB_SYNC_SEEDS");
    return fromEnvironment > 0 ? fromEnvironment : CONFAB_SYNC_DEFAULT_SEEDS;
}

// Random edits on two devices, carried badly between their copies of the folder, then settled; the two
// histories must end the same. An encrypted folder gets its key file made on the laptop and carried over
// first, as Syncthing would, and the desktop is given the passphrase. With snapshots, each device writes one
// every round or few and retires what both hold, and at the end a third device joins from the laptop's copy
// of the folder and must end with the same history too.
void converge(int seeds, bool encrypted, bool snapshots = false)
{
    qint64 retired = 0;
    qint64 joinedFromSnapshot = 0;
    for (int seed = 1; seed <= seeds; ++seed) {
        INFO("seed " << seed);
        std::mt19937 random{quint32(seed)};
        UnreliableCarrier carrier(random);
        RandomUser user(random);
        QTemporaryDir laptopFolder;
        QTemporaryDir desktopFolder;
        test::SyncedDevice laptop;
        test::SyncedDevice desktop;
        const QString laptopId = laptop.engine().deviceId();
        const QString desktopId = desktop.engine().deviceId();
        if (snapshots) {
            laptop.engine().setSnapshotEvery(1 + seed % 3);
            desktop.engine().setSnapshotEvery(1 + (seed / 3) % 3);
        }
        const QString passphrase = QStringLiteral("seed %1 passphrase").arg(seed);
        if (encrypted) {
            REQUIRE(laptop.engine().encryptFolder(laptopFolder.path(), passphrase).isEmpty());
            REQUIRE(QFile::copy(laptopFolder.path() + QStringLiteral("/confab-key.json"),
                                desktopFolder.path() + QStringLiteral("/confab-key.json")));
            REQUIRE(desktop.engine().unlockFolder(desktopFolder.path(), passphrase).isEmpty());
        }

        const auto carryBoth = [&](bool completely) {
            carrier.carry(laptopFolder.path(), desktopFolder.path(), laptopId, completely);
            carrier.carry(desktopFolder.path(), laptopFolder.path(), desktopId, completely);
        };
        QString lastRound;
        const auto syncBoth = [&] {
            const SyncReport onLaptop = laptop.sync(laptopFolder.path());
            const SyncReport onDesktop = desktop.sync(desktopFolder.path());
            retired += onLaptop.retiredSegments + onDesktop.retiredSegments;
            lastRound = onLaptop.summary() + u'\n' + onDesktop.summary();
            REQUIRE(onLaptop.completed);
            REQUIRE(onDesktop.completed);
        };

        for (int step = 0; step < 5; ++step) {
            for (int n = int(random() % 4); n > 0; --n)
                user.act(laptop);
            for (int n = int(random() % 4); n > 0; --n)
                user.act(desktop);
            if (random() % 2)
                retired += laptop.sync(laptopFolder.path()).retiredSegments;
            if (random() % 2)
                retired += desktop.sync(desktopFolder.path()).retiredSegments;
            carryBoth(false);
        }
        for (int settle = 0; settle < 3; ++settle) {
            syncBoth();
            carryBoth(true);
        }
        syncBoth();

        INFO(lastRound.toStdString());
        const QString dump = laptop.canonicalDump();
        REQUIRE(dump == desktop.canonicalDump());

        const SyncReport again = laptop.sync(laptopFolder.path());
        const SyncReport againDesktop = desktop.sync(desktopFolder.path());
        REQUIRE(again.publishedRecords + again.appliedRecords == 0);
        REQUIRE(againDesktop.publishedRecords + againDesktop.appliedRecords == 0);
        REQUIRE(again.waiting.isEmpty());
        REQUIRE(laptop.canonicalDump() == dump);

        if (snapshots) {
            test::SyncedDevice tablet;
            if (encrypted)
                REQUIRE(tablet.engine().unlockFolder(laptopFolder.path(), passphrase).isEmpty());
            const SyncReport joined = tablet.sync(laptopFolder.path());
            INFO(joined.summary().toStdString());
            REQUIRE(joined.completed);
            REQUIRE(joined.waiting.isEmpty());
            joinedFromSnapshot += joined.snapshotRecordsApplied > 0 ? 1 : 0;
            REQUIRE(tablet.canonicalDump() == dump);
        }
    }
    if (snapshots) {
        CHECK(retired > 0);
        CHECK(joinedFromSnapshot == seeds);
    }
}

} // namespace

TEST_CASE(
    "Sync: two stores converge to the same history through a folder that loses, reorders and repeats files")
{
    converge(seedCount(), false);
}

TEST_CASE("Sync: two stores converge the same way through an encrypted folder")
{
    // Each seed derives two keys with Argon2id, so a quarter of the plain test's seeds.
    converge(std::max(1, seedCount() / 4), true);
}

TEST_CASE("Sync: with snapshots and retired segments, two stores converge through an encrypted folder and a "
          "third joins from a snapshot")
{
    converge(std::max(1, seedCount() / 4), true, true);
}
