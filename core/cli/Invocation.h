#pragma once

#include <QString>
#include <QStringList>

namespace confab::cli {

// How `confab …` was asked to run. Global options (--data-dir, --verbose) may stand before the command as
// well as after it, as in git; the first word that is not an option decides: a command, an existing file to
// attach in the window, or a mistake.
struct Invocation
{
    enum class Kind
    {
        Command,       // arguments are [program, command, …everything else in order]
        Window,        // no command word: open the window (files, if any, are attached)
        UnknownCommand // a word that is neither a command nor an existing file
    };

    Kind kind = Kind::Window;
    QStringList arguments;
    QString word;
};

Invocation classifyInvocation(const QStringList &arguments);

} // namespace confab::cli
