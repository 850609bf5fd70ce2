#pragma once

#include "mcp/auth/AuthDiscovery.h"
#include "mcp/auth/LoopbackRedirect.h"
#include "mcp/auth/Pkce.h"
#include "mcp/auth/TokenRequest.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace confab {

// What the app tells the flow about itself as an OAuth client.
struct OAuthClientSettings
{
    QString clientName = QStringLiteral("Confab");
    // A client the user registered by hand with this server (used first, as the specification orders).
    std::optional<OAuthClient> preRegistered;
    // A client ID metadata document (https URL), used when the server says it accepts them.
    QUrl clientMetadataUrl;
    int loginTimeoutMs = 5 * 60 * 1000;
};

// The outcome of a login: the client as registered (kept with the tokens, so the next login and every refresh
// use the same one) and the tokens.
struct OAuthGrant
{
    OAuthClient client;
    QUrl redirectUri;
    TokenResponse tokens;
    QString requestedScope;
};

// One authorization code login with PKCE (RFC 7636, S256) through the user's browser and a loopback redirect:
// picks a client (pre-registered, client ID metadata document, a previous registration or dynamic client
// registration), opens the authorization page with the resource (RFC 8707) and scope, checks the answer's
// state and issuer (RFC 9207) and exchanges the code. Ends in exactly one of finished() or failed(); the
// message of failed() is for the user and never holds a secret.
class OAuthLogin : public QObject
{
    Q_OBJECT
public:
    using PageOpener = std::function<void(const QUrl &authorizationUrl)>;

    OAuthLogin(QNetworkAccessManager *network, const DiscoveredAuthorization &discovered,
               const OAuthClientSettings &settings, QObject *parent = nullptr);

    // previous: the client and redirect URI a past login with this server registered, if any.
    void start(const QString &scope, const std::optional<OAuthGrant> &previous, const PageOpener &openPage);

Q_SIGNALS:
    void finished(const confab::OAuthGrant &grant);
    void failed(const QString &message);

private:
    void registerClient();
    void openAuthorizationPage();
    void handleRedirect(const QUrl &callbackUrl);
    void exchangeCode(const QString &code);
    void fail(const QString &message);

    QNetworkAccessManager *m_network;
    DiscoveredAuthorization m_discovered;
    OAuthClientSettings m_settings;
    PageOpener m_openPage;
    LoopbackRedirect m_redirect;
    QTimer m_timeout;
    Pkce m_pkce;
    QByteArray m_state;
    OAuthGrant m_grant;
    bool m_done = false;
};

} // namespace confab
