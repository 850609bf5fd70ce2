#pragma once

#include <QString>
#include <QStringList>

namespace confab::test {

// A keychain service name no other test (or earlier run) uses, so entries never collide.
QString uniqueKeychainService();

// Files under HOME and the XDG folders whose bytes contain the secret.
QStringList filesContaining(const QString &secret);

// Whether a session bus is there to reach a keychain at all; keychain tests fail with a hint without one.
bool hasSessionBus();

} // namespace confab::test
