#include "PassphraseInput.h"

#include "Output.h"
#include "Terminal.h"
#include "sync/SyncText.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace confab::cli {
namespace {

// A passphrase file is a line or two, never a dump of something else.
constexpr qint64 MaxPassphraseFileBytes = 4096;

// Turns the terminal's echo off for as long as it lives.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        GetConsoleMode(m_handle, &m_mode);
        SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        tcgetattr(fileno(stdin), &m_saved);
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(stdin), TCSANOW, &quiet);
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(fileno(stdin), TCSANOW, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

QString promptOnce(const QString &prompt)
{
    err(prompt);
    std::string line;
    {
        const EchoOff quiet;
        std::getline(std::cin, line);
    }
    err(QStringLiteral("\n"));
    return QString::fromStdString(line);
}

} // namespace

std::optional<QString> readPassphrase(const QCommandLineParser &parser, const QString &prompt, bool confirm,
                                      QString *error)
{
    const QString path = parser.value(QStringLiteral("passphrase-file"));
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > MaxPassphraseFileBytes) {
            *error = SyncText::tr("cannot read the passphrase file %1").arg(path);
            return std::nullopt;
        }
        QString passphrase = QString::fromUtf8(file.readLine(MaxPassphraseFileBytes));
        while (passphrase.endsWith(u'\n') || passphrase.endsWith(u'\r'))
            passphrase.chop(1);
        return passphrase;
    }
    if (qEnvironmentVariableIsSet("CONFAB_SYNC_PASSPHRASE"))
        return qEnvironmentVariable("CONFAB_SYNC_PASSPHRASE");
    if (!isTerminal(stdin))
        return std::nullopt;
    const QString passphrase = promptOnce(prompt);
    if (confirm && promptOnce(SyncText::tr("Once more: ")) != passphrase) {
        *error = SyncText::tr("the two passphrases differ");
        return std::nullopt;
    }
    return passphrase;
}

} // namespace confab::cli
