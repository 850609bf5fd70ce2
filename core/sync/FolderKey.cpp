#include "sync/FolderKey.h"

#include "sync/SyncFolder.h"
#include "sync/SyncText.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

#include <algorithm>
#include <cmath>
#include <sodium.h>

namespace confab {
namespace {

constexpr int Version = 1;
constexpr char KdfContext[crypto_kdf_CONTEXTBYTES + 1] = "confabsy";
enum Subkey : quint64
{
    SegmentSubkey = 1,
    ImageSealSubkey = 2,
    ImageNameSubkey = 3,
    CheckSubkey = 4
};

unsigned char *data(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

const unsigned char *data(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(size));
    return bytes;
}

QByteArray subkey(const QByteArray &key, Subkey which)
{
    QByteArray derived(FolderKey::KeyBytes, Qt::Uninitialized);
    if (key.size() != FolderKey::KeyBytes ||
        crypto_kdf_derive_from_key(data(derived), size_t(derived.size()), which, KdfContext, data(key)) != 0)
        return {};
    return derived;
}

QByteArray checkValue(const QByteArray &key)
{
    QByteArray check(crypto_generichash_BYTES, Qt::Uninitialized);
    const QByteArray checkKey = subkey(key, CheckSubkey);
    const QByteArray label = QByteArrayLiteral("confab folder key check");
    crypto_generichash(data(check), size_t(check.size()), data(label), quint64(label.size()), data(checkKey),
                       size_t(checkKey.size()));
    return check;
}

// The key-encryption key a passphrase gives under the file's parameters, or empty when the work they ask for
// is out of bounds (a hostile file asking for gigabytes) or the derivation fails.
QByteArray keyEncryptionKey(const QString &passphrase, const QByteArray &salt, quint64 ops, quint64 mem)
{
    if (salt.size() != crypto_pwhash_SALTBYTES || ops < crypto_pwhash_OPSLIMIT_INTERACTIVE ||
        ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem < crypto_pwhash_MEMLIMIT_INTERACTIVE ||
        mem > crypto_pwhash_MEMLIMIT_MODERATE)
        return {};
    const QByteArray secret = passphrase.toUtf8();
    QByteArray kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(data(kek), quint64(kek.size()), secret.constData(), quint64(secret.size()), data(salt),
                      ops, size_t(mem), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return kek;
}

struct KeyFile
{
    QString id;
    QByteArray salt;
    quint64 ops = 0;
    quint64 mem = 0;
    QByteArray nonce;
    QByteArray wrapped;
    QByteArray check;
};

QByteArray associated(const QString &id)
{
    return QByteArrayLiteral("confab-folder-key/") + id.toLatin1();
}

std::optional<KeyFile> readKeyFile(const QString &root)
{
    QFile file(FolderKey::filePath(root));
    if (!file.open(QIODevice::ReadOnly) || file.size() > FolderKey::MaxFileBytes)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.read(FolderKey::MaxFileBytes)).object();
    if (object.value(QStringLiteral("confab-folder-key")).toInt() != Version ||
        object.value(QStringLiteral("kdf")).toString() != QStringLiteral("argon2id13"))
        return std::nullopt;
    const auto base64 = [&object](const char *name) {
        return QByteArray::fromBase64(object.value(QLatin1StringView(name)).toString().toLatin1());
    };
    KeyFile key{object.value(QStringLiteral("id")).toString(),
                base64("salt"),
                quint64(object.value(QStringLiteral("ops")).toInteger()),
                quint64(object.value(QStringLiteral("mem")).toInteger()),
                base64("nonce"),
                base64("wrapped"),
                base64("check")};
    if (key.id.isEmpty() || key.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        key.wrapped.size() != FolderKey::KeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return std::nullopt;
    return key;
}

// Replaces the file, or, for a new folder key, puts it in place only if no other device has put one there
// meanwhile (a temporary file of its own renamed without replacing: all or nothing, and the first one wins).
bool writeKeyFile(const QString &root, const KeyFile &key, bool replace, QString *error)
{
    const QJsonObject object{{QStringLiteral("confab-folder-key"), Version},
                             {QStringLiteral("id"), key.id},
                             {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                             {QStringLiteral("ops"), qint64(key.ops)},
                             {QStringLiteral("mem"), qint64(key.mem)},
                             {QStringLiteral("salt"), QString::fromLatin1(key.salt.toBase64())},
                             {QStringLiteral("nonce"), QString::fromLatin1(key.nonce.toBase64())},
                             {QStringLiteral("wrapped"), QString::fromLatin1(key.wrapped.toBase64())},
                             {QStringLiteral("check"), QString::fromLatin1(key.check.toBase64())}};
    const QByteArray bytes = QJsonDocument(object).toJson();
    if (replace)
        return writeAtomically(FolderKey::filePath(root), bytes, error);
    QTemporaryFile temporary(root + QStringLiteral("/confab-key-XXXXXX.tmp"));
    temporary.setAutoRemove(false);
    if (!temporary.open() || temporary.write(bytes) != bytes.size() || !temporary.flush()) {
        *error = SyncText::tr("cannot write %1: %2").arg(temporary.fileName(), temporary.errorString());
        QFile::remove(temporary.fileName());
        return false;
    }
    // QTemporaryFile's own rename: its close() keeps the file open, and Windows cannot move an open file.
    // Like QFile::rename it refuses to replace a key file that came first.
    if (!temporary.rename(FolderKey::filePath(root))) {
        QFile::remove(temporary.fileName());
        *error = SyncText::tr("cannot move %1 into place").arg(temporary.fileName());
        return false;
    }
    return true;
}

// Wraps `key` under a new salt and nonce for `passphrase`.
std::optional<KeyFile> wrap(const QString &id, const QByteArray &key, const QString &passphrase)
{
    KeyFile file{
        id,
        randomBytes(crypto_pwhash_SALTBYTES),
        crypto_pwhash_OPSLIMIT_INTERACTIVE,
        crypto_pwhash_MEMLIMIT_INTERACTIVE,
        randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES),
        QByteArray(FolderKey::KeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized),
        checkValue(key)};
    const QByteArray kek = keyEncryptionKey(passphrase, file.salt, file.ops, file.mem);
    if (kek.isEmpty())
        return std::nullopt;
    const QByteArray ad = associated(id);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(data(file.wrapped), &length, data(key), quint64(key.size()),
                                               data(ad), quint64(ad.size()), nullptr, data(file.nonce),
                                               data(kek));
    return file;
}

} // namespace

QString FolderKey::strengthHint(const QString &passphrase)
{
    // Bits per character from the kinds of characters used; a guess, but one that ranks "Summer2024" below
    // four random words, which is what the hint is for.
    int alphabet = 0;
    const auto uses = [&passphrase](auto test) {
        return std::any_of(passphrase.begin(), passphrase.end(), test);
    };
    alphabet += uses([](QChar c) { return c.isLower(); }) ? 26 : 0;
    alphabet += uses([](QChar c) { return c.isUpper(); }) ? 26 : 0;
    alphabet += uses([](QChar c) { return c.isDigit(); }) ? 10 : 0;
    alphabet += uses([](QChar c) { return !c.isLetterOrNumber(); }) ? 33 : 0;
    const double bits = alphabet > 0 ? passphrase.size() * std::log2(double(alphabet)) : 0;
    if (passphrase.size() < MinPassphraseLength)
        return SyncText::tr("too short: at least %1 characters").arg(MinPassphraseLength);
    if (bits < 64)
        return SyncText::tr("weak: add a few more words");
    if (bits < 96)
        return SyncText::tr("fair: another word or two makes it strong");
    return SyncText::tr("strong");
}

QString FolderKey::filePath(const QString &root)
{
    return root + QStringLiteral("/confab-key.json");
}

bool FolderKey::present(const QString &root)
{
    return QFile::exists(filePath(root));
}

std::variant<QByteArray, QString> FolderKey::create(const QString &root, const QString &passphrase)
{
    if (sodium_init() < 0)
        return SyncText::tr("the encryption library cannot start");
    const QByteArray key = randomBytes(KeyBytes);
    const auto file = wrap(QString::fromLatin1(randomBytes(16).toHex()), key, passphrase);
    QString error;
    if (!file)
        return SyncText::tr("the key could not be derived from the passphrase");
    if (!writeKeyFile(root, *file, false, &error))
        // Another device enabled encryption at the same moment and its key file came first: this device
        // takes that key, if the passphrase opens it, so the folder keeps one key.
        return present(root) ? unlock(root, passphrase) : std::variant<QByteArray, QString>(error);
    return key;
}

std::variant<QByteArray, QString> FolderKey::unlock(const QString &root, const QString &passphrase)
{
    if (sodium_init() < 0)
        return SyncText::tr("the encryption library cannot start");
    const auto file = readKeyFile(root);
    if (!file)
        return SyncText::tr("the folder key file %1 is missing, damaged or of an unknown kind")
            .arg(filePath(root));
    const QByteArray kek = keyEncryptionKey(passphrase, file->salt, file->ops, file->mem);
    if (kek.isEmpty())
        return SyncText::tr(
                   "the folder key file %1 asks for key derivation outside the bounds Confab accepts")
            .arg(filePath(root));
    QByteArray key(KeyBytes, Qt::Uninitialized);
    unsigned long long length = 0;
    const QByteArray ad = associated(file->id);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(data(key), &length, nullptr, data(file->wrapped),
                                                   quint64(file->wrapped.size()), data(ad),
                                                   quint64(ad.size()), data(file->nonce), data(kek)) != 0 ||
        length != KeyBytes)
        return SyncText::tr("the passphrase does not open this sync folder");
    return key;
}

bool FolderKey::rewrap(const QString &root, const QByteArray &key, const QString &passphrase, QString *error)
{
    const auto current = readKeyFile(root);
    if (!current || !fits(root, key)) {
        *error =
            SyncText::tr("the folder key file %1 is missing or belongs to another key").arg(filePath(root));
        return false;
    }
    const auto file = wrap(current->id, key, passphrase);
    if (!file) {
        *error = SyncText::tr("the key could not be derived from the passphrase");
        return false;
    }
    return writeKeyFile(root, *file, true, error);
}

QString FolderKey::folderId(const QString &root)
{
    const auto file = readKeyFile(root);
    return file ? file->id : QString();
}

bool FolderKey::fits(const QString &root, const QByteArray &key)
{
    const auto file = readKeyFile(root);
    return file && key.size() == KeyBytes && file->check.size() == crypto_generichash_BYTES &&
           sodium_memcmp(file->check.constData(), checkValue(key).constData(),
                         size_t(crypto_generichash_BYTES)) == 0;
}

QByteArray FolderKey::segmentKey(const QByteArray &key)
{
    return subkey(key, SegmentSubkey);
}

QByteArray FolderKey::imageKey(const QByteArray &key)
{
    return subkey(key, ImageSealSubkey);
}

QString FolderKey::imageName(const QByteArray &key, const QString &sha256)
{
    const QByteArray nameKey = subkey(key, ImageNameSubkey);
    const QByteArray input = sha256.toLatin1();
    QByteArray name(32, Qt::Uninitialized);
    crypto_generichash(data(name), size_t(name.size()), data(input), quint64(input.size()), data(nameKey),
                       size_t(nameKey.size()));
    return QString::fromLatin1(name.toHex());
}

} // namespace confab
