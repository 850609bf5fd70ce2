#include "CliHarness.h"

#include "Wait.h"
#include "catch.h"

namespace confab::test {

CliHarness::CliHarness()
{
    REQUIRE(openRouter.listen());
    REQUIRE(fal.listen());
    openRouter.setTokenDelayMs(1);
    fal.setStepDelayMs(10);
}

QProcessEnvironment CliHarness::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONFAB_DATA_DIR"), dataDir());
    // The command's settings file and caches stay in the harness's folder, never the user's.
    environment.insert(QStringLiteral("CONFAB_SETTINGS_FILE"), settingsFile());
    const QString home = dir.filePath(QStringLiteral("home"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("CONFAB_OPENROUTER_URL"), openRouter.baseUrl().toString());
    environment.insert(QStringLiteral("CONFAB_FAL_QUEUE_URL"), fal.baseUrl().toString());
    environment.insert(QStringLiteral("CONFAB_FAL_STORAGE_URL"), fal.baseUrl().toString());
    environment.remove(QStringLiteral("OPENROUTER_API_KEY"));
    environment.remove(QStringLiteral("FAL_KEY"));
    // The CLI speaks the system's language; the tests read its English output.
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!openRouterKey.isEmpty())
        environment.insert(QStringLiteral("OPENROUTER_API_KEY"), openRouterKey);
    if (!falKey.isEmpty())
        environment.insert(QStringLiteral("FAL_KEY"), falKey);
    for (auto extra = extraEnvironment.cbegin(); extra != extraEnvironment.cend(); ++extra)
        environment.insert(extra.key(), extra.value());
    return environment;
}

QProcess *CliHarness::start(const QStringList &arguments)
{
    process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment());
    process->start(QStringLiteral(CONFAB_BINARY), arguments);
    REQUIRE(process->waitForStarted());
    return process.get();
}

CliRun CliHarness::run(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    QProcess *child = start(arguments);
    if (!input.isEmpty())
        child->write(input);
    child->closeWriteChannel();
    REQUIRE(waitUntil([child] { return child->state() == QProcess::NotRunning; }, timeoutMs));
    CliRun result;
    result.exitCode = child->exitStatus() == QProcess::NormalExit ? child->exitCode() : -1;
    result.out = QString::fromUtf8(child->readAllStandardOutput());
    result.err = QString::fromUtf8(child->readAllStandardError());
#ifdef Q_OS_WIN
    // A Windows program's text output ends its lines with CRLF, as a console or Notepad expect; the checks
    // compare the text.
    result.out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    result.err.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
#endif
    return result;
}

} // namespace confab::test
