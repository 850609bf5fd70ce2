#pragma once

#include <QString>

namespace confab {

// The name a keychain entry is stored under, for one service. QtKeychain's Windows backend (0.13) names a
// Credential Manager entry by the key alone and drops the service, so every service's "openrouter" would be
// one entry there, shared with any other program that picked the same name; on Windows the service goes into
// the name. The other backends keep service and key apart themselves, and their stored entries keep their
// names.
inline QString keychainEntry(const QString &service, const QString &key)
{
#ifdef Q_OS_WIN
    return service + QLatin1Char('/') + key;
#else
    Q_UNUSED(service);
    return key;
#endif
}

} // namespace confab
