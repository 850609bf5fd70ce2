#include "cli/Invocation.h"

#include "cli/Commands.h"
#include "cli/GlobalOptions.h"

#include <QFileInfo>

namespace confab::cli {

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
        if (findCommand(argument)) {
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
