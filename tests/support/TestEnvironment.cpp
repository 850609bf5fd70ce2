#include "TestEnvironment.h"

#include <QDir>
#include <QStandardPaths>

#include <cstdlib>

namespace confab::test {

TestEnvironment::TestEnvironment()
    : m_root(QDir::tempPath() + QStringLiteral("/confab-test-XXXXXX"))
{
    if (!m_root.isValid())
        std::abort();
    qunsetenv("CONFAB_DATA_DIR");
    // One locale everywhere, so messages with numbers ("32,000 characters") read the same on every machine.
    qputenv("LANG", "C.UTF-8");
    qputenv("LC_ALL", "C.UTF-8");
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace confab::test
