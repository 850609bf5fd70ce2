#include "CliHarness.h"
#include "catch.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using confab::test::CliHarness;
using confab::test::CliRun;

namespace {

QStringList filesIn(const QString &root)
{
    QStringList names;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        names << it.next().mid(root.size());
    return names;
}

QString passphraseFile(const QTemporaryDir &dir, const QString &name, const QByteArray &passphrase)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(passphrase + "\n");
    return path;
}

} // namespace

TEST_CASE("confab sync encrypts a new folder with the passphrase it is given, and refuses a wrong one")
{
    QTemporaryDir folder;
    QTemporaryDir secrets;
    CliHarness laptop;
    REQUIRE(laptop.run({QStringLiteral("chat"), QStringLiteral("Plan a trip to Lisbon")}).exitCode == 0);
    const QStringList sync{QStringLiteral("sync"), QStringLiteral("--folder"), folder.path()};

    // No passphrase anywhere and no terminal: nothing is written to the new folder.
    const CliRun refused = laptop.run(sync);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("a new sync folder is encrypted; choose a passphrase")));
    CHECK(filesIn(folder.path()).isEmpty());

    const QString right = passphraseFile(secrets, QStringLiteral("right"),
                                         QByteArrayLiteral("harbour lantern quiet seventeen"));
    const CliRun published = laptop.run(sync + QStringList{QStringLiteral("--passphrase-file"), right});
    INFO(published.err.toStdString());
    REQUIRE(published.exitCode == 0);
    const QStringList files = filesIn(folder.path());
    CHECK(files.contains(QStringLiteral("/confab-key.json")));
    CHECK(std::any_of(files.begin(), files.end(),
                      [](const QString &f) { return f.endsWith(QStringLiteral(".sealed")); }));
    CHECK(std::none_of(files.begin(), files.end(),
                       [](const QString &f) { return f.endsWith(QStringLiteral(".jsonl")); }));

    CliHarness desktop;
    const QString wrong =
        passphraseFile(secrets, QStringLiteral("wrong"), QByteArrayLiteral("harbour lantern"));
    const CliRun denied = desktop.run(sync + QStringList{QStringLiteral("--passphrase-file"), wrong});
    CHECK(denied.exitCode == 1);
    CHECK(denied.err.contains(QStringLiteral("the passphrase does not open this sync folder")));

    qputenv("CONFAB_SYNC_PASSPHRASE", "harbour lantern quiet seventeen");
    const CliRun joined = desktop.run(sync);
    qunsetenv("CONFAB_SYNC_PASSPHRASE");
    INFO(joined.err.toStdString());
    CHECK(joined.exitCode == 0);
    CHECK(joined.out.contains(QStringLiteral("applied")));
    // The key is in the keychain now: the next round needs no passphrase.
    CHECK(desktop.run(sync).exitCode == 0);
}

TEST_CASE("confab sync --plain syncs a new folder without encryption")
{
    QTemporaryDir folder;
    CliHarness laptop;
    const CliRun plain = laptop.run(
        {QStringLiteral("sync"), QStringLiteral("--folder"), folder.path(), QStringLiteral("--plain")});
    CHECK(plain.exitCode == 0);
    CHECK_FALSE(QFile::exists(folder.filePath(QStringLiteral("confab-key.json"))));
}
