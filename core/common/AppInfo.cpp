#include "AppInfo.h"

#include <QCoreApplication>

namespace confab {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Confab"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("confab.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Confab"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString applicationVersion()
{
    return QStringLiteral(CONFAB_VERSION);
}

} // namespace confab
