#pragma once

#include <QString>
#include <qt6keychain/keychain.h>

namespace confab {

// What a failed keychain job means for the app, independent of the platform backend that reported it.
enum class KeychainOutcome
{
    Done,
    NotFound,
    Unavailable,
    Denied,
    Failed,
};

// No session bus, no Secret Service and no backend at all all mean the same to a person: there is no keychain
// on this desktop, so keys can only be kept for the current run.
KeychainOutcome classifyKeychainResult(QKeychain::Error error);

QString keychainUnavailableMessage(const QString &backendDetail);
QString keychainDeniedMessage(const QString &action);
QString keychainFailedMessage(const QString &action, const QString &backendDetail);

} // namespace confab
