#include "cli/Invocation.h"

#include "cli/CommandLine.h"

#include <QFileInfo>

namespace confab::cli {

bool globalOptionTakesValue(const QString &argument)
{
    return argument == QLatin1String("--data-dir");
}

bool isGlobalOption(const QString &argument)
{
    return globalOptionTakesValue(argument) || argument.startsWith(QLatin1String("--data-dir=")) ||
           argument == QLatin1String("--verbose");
}

Invocation classifyInvocation(const QStringList &arguments)
{
    Invocation invocation{Invocation::Kind::Window, arguments, {}};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return invocation;
        if (argument.startsWith(u'-')) {
            if (globalOptionTakesValue(argument))
                ++i;
            continue;
        }
        if (isCommand(argument)) {
            invocation.kind = Invocation::Kind::Command;
            invocation.arguments.removeAt(i);
            invocation.arguments.insert(1, argument);
            return invocation;
        }
        if (!QFileInfo::exists(argument)) {
            invocation.kind = Invocation::Kind::UnknownCommand;
            invocation.word = argument;
        }
        return invocation;
    }
    return invocation;
}

} // namespace confab::cli
