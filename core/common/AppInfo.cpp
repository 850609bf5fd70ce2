#include "AppInfo.h"

#include <QCoreApplication>
#include <QSettings>

namespace confab {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Confab"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("confab.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Confab"));
    QCoreApplication::setApplicationVersion(applicationVersion());
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    // Settings are an INI file on every platform (%APPDATA%\Confab\Confab.ini here), never the registry or a
    // plist: the MCP server list and approvals are read from the settings' file name as INI (McpServerList).
    // Linux's native format already is that file.
    QSettings::setDefaultFormat(QSettings::IniFormat);
#endif
}

QString applicationVersion()
{
    return QStringLiteral(CONFAB_VERSION);
}

} // namespace confab
