#pragma once

#include "domain/Message.h"

#include <QString>

namespace confab {

class Store;

// The most recent image of a session (an answer's output or an attached input) in a message older than
// `beforeMessageId` (0: any), for "edit the last image" when the user names none. Empty when there is none.
QString latestSessionImage(Store *store, qint64 sessionId, qint64 beforeMessageId = 0);

// A stored image as an input of the user's message, with its size and type read from the file's header.
MessageImage inputImageLink(Store *store, const QString &hash, int position);

} // namespace confab
