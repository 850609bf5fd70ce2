#pragma once

#include "fal/FalServer.h"
#include "openrouter/OpenRouterServer.h"

#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

namespace confab::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real `confab` binary with a private data folder, pointed at local OpenRouter and fal servers that
// live in the test process (so their event loop must keep turning while the command runs).
struct CliHarness
{
    CliHarness();

    QProcessEnvironment environment() const;
    CliRun run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 30000);
    // Starts the command and returns at once, for tests that interrupt or kill it.
    QProcess *start(const QStringList &arguments);

    QString dataDir() const { return dir.filePath(QStringLiteral("data")); }
    // The command's settings (CONFAB_SETTINGS_FILE), never the user's: a file on every platform, where
    // Windows would otherwise share one registry key between all the tests.
    QString settingsFile() const { return dir.filePath(QStringLiteral("settings/confab.ini")); }

    QTemporaryDir dir;
    testserver::OpenRouterServer openRouter;
    testserver::FalServer fal;
    QString openRouterKey = QStringLiteral("sk-or-v1-cli-test-key");
    QString falKey = QStringLiteral("fal-cli-test-key");
    // Set last, over everything above, in every command's environment.
    QHash<QString, QString> extraEnvironment;
    std::unique_ptr<QProcess> process;
};

} // namespace confab::test
