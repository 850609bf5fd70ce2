#pragma once

#include "mcp/auth/AuthDocuments.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace confab {

struct DiscoveredAuthorization
{
    QUrl resourceMetadataUrl; // where the resource's metadata was found
    ProtectedResourceMetadata resource;
    AuthorizationServerMetadata server;
};

// Finds the authorization server of an MCP server: its protected-resource metadata (the URL from the 401's
// challenge, else the well-known URIs), then the first authorization server's metadata through the RFC 8414
// and OpenID Connect URIs in the specification's order. The metadata must describe what was asked for: the
// resource must cover the MCP endpoint, the issuer must be the authorization server's URL (RFC 8414 §3.3),
// and PKCE with S256 must be offered (the specification tells clients to refuse otherwise). Ends in exactly
// one of finished() or failed(); the message of failed() is for the user.
class AuthDiscovery : public QObject
{
    Q_OBJECT
public:
    AuthDiscovery(QNetworkAccessManager *network, QObject *parent = nullptr);

    void start(const QUrl &serverUrl, const QUrl &resourceMetadataFromChallenge);

Q_SIGNALS:
    void finished(const confab::DiscoveredAuthorization &discovered);
    void failed(const QString &message);

private:
    void tryNextResourceUrl();
    void tryNextServerUrl();

    QNetworkAccessManager *m_network;
    QUrl m_serverUrl;
    QList<QUrl> m_resourceUrls;
    QList<QUrl> m_serverUrls;
    QString m_lastProblem;
    DiscoveredAuthorization m_discovered;
};

} // namespace confab
