#pragma once

#include <QTemporaryDir>

namespace confab::test {

// What every test runner sets up first: QStandardPaths in test mode (so a default data, cache or settings
// location is a test one, never the user's), one locale, and a scratch folder for the life of the runner.
// Tests build the app with their own data folder, settings file and keychain service (EngineHarness,
// WindowFixture); the environment of the process is not changed for that.
class TestEnvironment
{
public:
    TestEnvironment();
    QString root() const { return m_root.path(); }

private:
    QTemporaryDir m_root;
};

} // namespace confab::test
