#pragma once

#include "openrouter/ChatTypes.h"

#include <QByteArray>
#include <QNetworkReply>

namespace confab {

// A failed HTTP exchange as the user should read it. The server's own message is kept when it helps
// ("acme/fake-1.0 is not a valid model ID"), prefixed by what the status means for the user.
ChatError errorFromHttpStatus(int status, const QByteArray &body, const QByteArray &retryAfterHeader);
ChatError errorFromNetwork(QNetworkReply::NetworkError error, const QString &host);

// Worth another attempt, provided nothing of the answer has arrived yet.
bool isTransient(const ChatError &error);

// Retry-After is either delta-seconds or an HTTP date; 0 when absent or unreadable.
int parseRetryAfter(const QByteArray &header);

} // namespace confab
