#include "cli/GlobalOptions.h"

#include <QCoreApplication>

namespace confab::cli {

QList<QCommandLineOption> globalOptions()
{
    return {{QStringLiteral("data-dir"),
             QCoreApplication::translate("CommandLine", "Use the store in <dir> instead of the default one."),
             QStringLiteral("dir")},
            {QStringLiteral("verbose"),
             QCoreApplication::translate("CommandLine",
                                         "Print debug messages to stderr as well as to the log.")}};
}

bool globalOptionTakesValue(const QString &argument)
{
    for (const QCommandLineOption &option : globalOptions()) {
        if (!option.valueName().isEmpty() && argument == QLatin1String("--") + option.names().constFirst())
            return true;
    }
    return false;
}

} // namespace confab::cli
