#pragma once

#include <QByteArray>
#include <QString>

namespace confab {

// Pictures and documents are stored, exported and synced under the SHA-256 of their bytes in lower-case hex.
QString contentHash(const QByteArray &bytes);

// Whether text has that form. Such a name is safe as a file name; anything else from outside could name a
// path.
bool isContentHash(const QString &text);

} // namespace confab
