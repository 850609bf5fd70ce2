#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace confab {

// Keeps the key of an encrypted sync folder in the OS keychain, never in the folder, under an entry for this
// history and that folder. The calls wait for the keychain, so they run on the sync worker or in the CLI,
// never on the window's thread. Without a keychain they fail, and the caller keeps the key for this run only.
namespace synckeychain {

// `service` is the keychain service of the app's keys (KeyStore::serviceName()).
std::optional<QByteArray> read(const QString &service, const QString &deviceId, const QString &folderId);
bool write(const QString &service, const QString &deviceId, const QString &folderId, const QByteArray &key);

} // namespace synckeychain
} // namespace confab
