#pragma once

#include <QString>
#include <QStringList>

namespace confab {

// What reaches stderr besides the log file: the window keeps Qt's habit of printing warnings, the command
// line stays quiet (its output is for the user) unless --verbose asks for everything.
enum class LogEcho
{
    Nothing,
    Warnings,
    Everything
};

// The process's one message handler. Every message of every thread goes to <directory>/confab.log (rotating),
// with the keys in use and anything shaped like a credential redacted first, so a log can be attached to a
// bug report as it is.
class LogSink
{
public:
    static void install(const QString &directory, LogEcho echo);
    static void uninstall();

    // The keys currently in use; set whenever they change, so they are redacted from every later line.
    static void setSecrets(const QStringList &secrets);

    // Turns on the debug messages of every confab.* category; QT_LOGGING_RULES still wins over this.
    static void enableVerbose();

    static QString filePath();
    static QString fileName() { return QStringLiteral("confab.log"); }
};

} // namespace confab
