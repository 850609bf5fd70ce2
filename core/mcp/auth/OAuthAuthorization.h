#pragma once

#include "mcp/McpAuthProvider.h"
#include "mcp/auth/StoredAuthorization.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;

namespace confab {

class TokenVault;

// The MCP authorization flow for one Streamable HTTP server, as the transport's McpAuthProvider. A 401 (or a
// 403 insufficient_scope) is never handed on bare: a stored refresh token is used first, then a login through
// the browser. In Interactive mode the login is offered (state LoginRequired, statusText() for the UI) and
// runs when the user calls login(); in Automatic mode (the headless conformance client) it starts by itself.
// Requests that fail while a login runs wait for it. Tokens go to the keychain through the vault and never
// into a log or a message.
class OAuthAuthorization : public QObject, public McpAuthProvider
{
    Q_OBJECT
public:
    enum class Mode
    {
        Interactive,
        Automatic,
    };
    enum class State
    {
        SignedOut,     // nothing known yet; no login asked for
        LoginRequired, // the server wants a login; the UI offers it
        SigningIn,     // discovery, registration, browser or token exchange under way
        SignedIn,
        Failed, // the last login failed; statusText() says why and login() tries again
    };
    Q_ENUM(State)

    // vault may be null (tokens then live for this run only).
    OAuthAuthorization(QNetworkAccessManager *network, const QUrl &serverUrl,
                       const OAuthClientSettings &settings, TokenVault *vault, Mode mode,
                       QObject *parent = nullptr);
    ~OAuthAuthorization() override;

    // Opens the authorization page: the system browser in the app, an HTTP client in the conformance client.
    void setPageOpener(OAuthLogin::PageOpener opener) { m_openPage = std::move(opener); }
    // Reads a stored login from the keychain; 401s that arrive meanwhile wait for it.
    void restore();
    // Starts the login the state offers (or a fresh one).
    void login();
    // Forgets the tokens here and in the keychain; the next 401 offers a login again.
    void logout();

    State state() const { return m_state; }
    QString statusText() const { return m_statusText; }

    QByteArray authorizationHeader() const override;
    void handleUnauthorized(const QNetworkReply &reply, const QUrl &serverUrl, Verdict verdict) override;

Q_SIGNALS:
    void stateChanged(confab::OAuthAuthorization::State state);

private:
    void setState(State state, const QString &text);
    void settle(bool retry, const QString &message);
    void startRefresh();
    void startLogin();
    void runLogin();
    void finishLogin(const OAuthGrant &grant);
    void failLogin(const QString &message);
    void offerLogin(const QString &why);
    QString serverName() const;

    QNetworkAccessManager *m_network;
    QUrl m_serverUrl;
    OAuthClientSettings m_settings;
    QPointer<TokenVault> m_vault;
    Mode m_mode;
    OAuthLogin::PageOpener m_openPage;
    State m_state = State::SignedOut;
    QString m_statusText;

    std::optional<StoredAuthorization> m_stored;
    std::optional<DiscoveredAuthorization> m_discovered;
    QUrl m_challengeMetadataUrl;
    QString m_wantedScope;
    QString m_lastRequestedScope;
    int m_loginsForSameScope = 0;
    QElapsedTimer m_sinceLastLogin;
    bool m_restoring = false;
    bool m_busy = false; // a refresh or login runs
    QList<Verdict> m_waiting;
    QPointer<QObject> m_job;
};

} // namespace confab
