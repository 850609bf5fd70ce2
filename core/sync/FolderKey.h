#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <variant>

namespace confab {

// The key that seals an encrypted sync folder, and the folder key file (confab-key.json at the folder's top)
// that holds it wrapped under a passphrase: a random 32-byte folder key, sealed (XChaCha20-Poly1305) with a
// key-encryption key derived from the passphrase by Argon2id. A device checks a passphrase against this file
// before reading anything; changing the passphrase rewrites only this file. The file also names the folder
// (a random id, for the keychain) and carries a check value, so a device notices a kept key that no longer
// fits (the folder was made again with a new key).
class FolderKey
{
public:
    static constexpr int KeyBytes = 32;
    // Hostile-input bounds for the file and for the work its Argon2id parameters may ask of us.
    static constexpr qint64 MaxFileBytes = 4096;
    static constexpr int MinPassphraseLength = 8;

    // A rough hint at how hard the passphrase is to guess, for the user choosing it: a phrase such as
    // "weak: add words" (an estimate of its entropy from its length and kinds of characters).
    static QString strengthHint(const QString &passphrase);

    static QString filePath(const QString &root);
    static bool present(const QString &root);

    // Makes a new folder key and writes the file wrapping it; the key, or why not.
    static std::variant<QByteArray, QString> create(const QString &root, const QString &passphrase);
    // The folder key the passphrase opens, or why not (wrong passphrase, damaged or unknown file).
    static std::variant<QByteArray, QString> unlock(const QString &root, const QString &passphrase);
    // Wraps the same folder key under a new passphrase.
    static bool rewrap(const QString &root, const QByteArray &key, const QString &passphrase, QString *error);
    // The folder's id, empty when there is no readable file.
    static QString folderId(const QString &root);
    // True when `key` is the one this folder's file was made for.
    static bool fits(const QString &root, const QByteArray &key);

    // Keys derived from the folder key for one purpose each, so no key seals two kinds of thing.
    static QByteArray segmentKey(const QByteArray &key);
    static QByteArray imageKey(const QByteArray &key);
    // The name a picture has in an encrypted folder: a keyed hash of its SHA-256, so the name says nothing
    // about the bytes to anyone without the key.
    static QString imageName(const QByteArray &key, const QString &sha256);
};

} // namespace confab
