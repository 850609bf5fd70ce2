#pragma once

#include <QString>

namespace confab::cli {

// Exit codes a script can rely on.
enum ExitCode
{
    Ok = 0,
    Failed = 1,        // the provider call failed (the message says why); partial output is kept in the store
    UsageError = 2,    // bad arguments
    Refused = 3,       // not sent: no key, a limit, validation
    StoreError = 4,    // the history could not be opened or written
    Interrupted = 130, // Ctrl+C: the answer was stopped and what arrived is kept
};

void out(const QString &text);
void err(const QString &text);

} // namespace confab::cli
