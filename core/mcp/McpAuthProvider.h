#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace confab {

// What the Streamable HTTP transport asks of an authorization scheme (the MCP authorization flow lives in
// core/mcp/auth/ and implements this). The transport stays ignorant of OAuth: it puts authorizationHeader()
// on every request and, when a request comes back 401 (or 403 with insufficient_scope), hands the reply to
// handleUnauthorized() and waits for the verdict before retrying that request once.
class McpAuthProvider
{
public:
    // retry: true when the request should be sent again with the (new) authorizationHeader(); false gives the
    // error to the caller with the provider's message (a login the user declined, a failed exchange).
    using Verdict = std::function<void(bool retry, const QString &message)>;

    virtual ~McpAuthProvider() = default;

    // The value for the Authorization header ("Bearer …"), empty when there is no token yet.
    virtual QByteArray authorizationHeader() const = 0;

    // Called on the transport's thread with the finished reply (status, WWW-Authenticate header and the
    // resource URL are readable; the body is not). The provider may run a whole login before answering;
    // the verdict must be called exactly once, later or at once. serverUrl is the MCP endpoint.
    virtual void handleUnauthorized(const QNetworkReply &reply, const QUrl &serverUrl, Verdict verdict) = 0;
};

} // namespace confab
