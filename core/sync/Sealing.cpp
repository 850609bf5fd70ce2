#include "sync/Sealing.h"

#include "sync/SyncText.h"

#include <QIODevice>
#include <QtEndian>

#include <sodium.h>

namespace confab::sealing {
namespace {

const QByteArray Magic = QByteArrayLiteral("CONFAB-SEALED-1\n");
constexpr qsizetype HeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype MaxSealedChunk = ChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES;

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

bool looksSealed(const QByteArray &start)
{
    return start.startsWith(Magic);
}

QByteArray seal(const QByteArray &plain, const QByteArray &key)
{
    Q_ASSERT(key.size() == crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray out = Magic;
    out.resize(Magic.size() + HeaderBytes);
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<unsigned char *>(out.data() + Magic.size()), bytes(key));
    qsizetype offset = 0;
    // An empty input still gets its one, final chunk.
    do {
        const qsizetype length = std::min(ChunkBytes, plain.size() - offset);
        const bool last = offset + length == plain.size();
        const qsizetype sealedLength = length + crypto_secretstream_xchacha20poly1305_ABYTES;
        const qsizetype at = out.size();
        out.resize(at + 4 + sealedLength);
        qToLittleEndian<quint32>(quint32(sealedLength), out.data() + at);
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(out.data() + at + 4), nullptr,
            reinterpret_cast<const unsigned char *>(plain.constData() + offset), quint64(length), nullptr, 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        offset += length;
    } while (offset < plain.size());
    return out;
}

std::variant<QByteArray, QString> open(QIODevice &device, const QByteArray &key, qint64 maxPlainBytes)
{
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return SyncText::tr("is sealed, and this device holds no key for the folder");
    const QByteArray head = device.read(Magic.size() + HeaderBytes);
    if (!head.startsWith(Magic))
        return SyncText::tr("is not sealed, in a folder whose files all are");
    if (head.size() != Magic.size() + HeaderBytes)
        return SyncText::tr("is incomplete");
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes(head) + Magic.size(), bytes(key)) != 0)
        return SyncText::tr("was sealed with another key or altered");
    QByteArray plain;
    QByteArray chunk;
    while (true) {
        const QByteArray length = device.read(4);
        if (length.size() != 4)
            return SyncText::tr("is incomplete");
        const quint32 sealedLength = qFromLittleEndian<quint32>(length.constData());
        if (sealedLength < crypto_secretstream_xchacha20poly1305_ABYTES || sealedLength > MaxSealedChunk)
            return SyncText::tr("was sealed with another key or altered");
        chunk = device.read(sealedLength);
        if (chunk.size() != qsizetype(sealedLength))
            return SyncText::tr("is incomplete");
        const qsizetype plainLength = sealedLength - crypto_secretstream_xchacha20poly1305_ABYTES;
        if (plain.size() + plainLength > maxPlainBytes)
            return SyncText::tr("holds more than %1 MB").arg(maxPlainBytes >> 20);
        const qsizetype at = plain.size();
        plain.resize(at + plainLength);
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data() + at), nullptr, &tag, bytes(chunk),
                chunk.size(), nullptr, 0) != 0)
            return SyncText::tr("was sealed with another key or altered");
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }
    // Anything after the final chunk was added by someone else.
    if (!device.read(1).isEmpty())
        return SyncText::tr("was sealed with another key or altered");
    return plain;
}

} // namespace confab::sealing
