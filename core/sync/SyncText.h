#pragma once

#include <QCoreApplication>

namespace confab {

// The translation context of the sync texts a user reads in Settings → Sync and from `confab sync`.
// Q_DECLARE_TR_FUNCTIONS names it both for lupdate and at run time, so the two always agree; translate() is
// thread-safe, so the worker thread that runs the rounds may call it.
struct SyncText
{
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

} // namespace confab
