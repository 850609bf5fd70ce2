#pragma once

#include <QByteArray>
#include <QString>

#include <variant>

class QIODevice;

namespace confab {

// Seals bytes for the sync folder with libsodium's secretstream (XChaCha20-Poly1305): a magic line, the
// stream header, then chunks of at most ChunkBytes, each with its length and tag, the last marked final,
// so a truncated, reordered or altered file is refused, never half-read.
namespace sealing {

inline constexpr qsizetype ChunkBytes = 64 * 1024;

QByteArray seal(const QByteArray &plain, const QByteArray &key);
// The plain bytes of a sealed file read from `device`, at most `maxPlainBytes`, or why not, as a phrase
// ("was sealed with another key or altered").
std::variant<QByteArray, QString> open(QIODevice &device, const QByteArray &key, qint64 maxPlainBytes);
bool looksSealed(const QByteArray &start);

} // namespace sealing
} // namespace confab
