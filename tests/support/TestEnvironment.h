#pragma once

#include <QTemporaryDir>

namespace confab::test {

// Points HOME, the XDG folders and QStandardPaths at a fresh temporary folder for the life of the runner, so
// no test ever reads or writes the user's real data, settings or caches.
class TestEnvironment
{
public:
    TestEnvironment();
    QString root() const { return m_root.path(); }

private:
    QTemporaryDir m_root;
};

} // namespace confab::test
