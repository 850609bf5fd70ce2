#include "log/Diagnostics.h"

#include "common/AppInfo.h"
#include "log/LogFile.h"

#include <QGuiApplication>
#include <QSysInfo>
#include <QtGlobal>

namespace confab {

QString diagnosticsReport(const DiagnosticsPaths &paths, int logLines)
{
    QString report;
    const auto line = [&report](const QString &name, const QString &value) {
        report += name + QStringLiteral(": ") + value + u'\n';
    };
    line(QStringLiteral("Confab"), applicationVersion());
    line(QStringLiteral("Qt"), QStringLiteral("%1 (built with %2)")
                                   .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    line(QStringLiteral("OS"), QStringLiteral("%1, kernel %2 %3, %4")
                                   .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                                        QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture()));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        line(QStringLiteral("Platform"), QGuiApplication::platformName());
    line(QStringLiteral("Data folder"), paths.dataDir);
    line(QStringLiteral("Database"), paths.database);
    line(QStringLiteral("Cache"), paths.cacheDir);
    line(QStringLiteral("Log"), paths.logFile);
    const QStringList tail = LogFile::tail(paths.logFile, logLines);
    report += QStringLiteral("\nLast %1 log lines:\n").arg(tail.size());
    for (const QString &entry : tail)
        report += entry + u'\n';
    return report;
}

} // namespace confab
