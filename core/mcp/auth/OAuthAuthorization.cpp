#include "mcp/auth/OAuthAuthorization.h"

#include "mcp/auth/AuthHttp.h"
#include "mcp/auth/DiscoveryUrls.h"
#include "mcp/auth/TokenVault.h"

#include <QLoggingCategory>
#include <QNetworkReply>

namespace confab {

namespace {

Q_LOGGING_CATEGORY(lcMcpAuth, "confab.mcp.auth")

// A server that keeps refusing what it was just given must not send the user to the browser forever.
constexpr int maxLoginsForSameScope = 3;
constexpr qint64 repeatedLoginWindowMs = 60'000;

QStringList scopeList(const QString &scope)
{
    return scope.split(u' ', Qt::SkipEmptyParts);
}

QString unionOf(const QString &first, const QString &second)
{
    QStringList scopes = scopeList(first);
    for (const QString &scope : scopeList(second))
        if (!scopes.contains(scope))
            scopes.append(scope);
    return scopes.join(u' ');
}

bool containsAll(const QString &have, const QString &wanted)
{
    const QStringList haveList = scopeList(have);
    const QStringList wantedList = scopeList(wanted);
    return std::all_of(wantedList.begin(), wantedList.end(),
                       [&haveList](const QString &scope) { return haveList.contains(scope); });
}

} // namespace

OAuthAuthorization::OAuthAuthorization(QNetworkAccessManager *network, const QUrl &serverUrl,
                                       const OAuthClientSettings &settings, TokenVault *vault, Mode mode,
                                       QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_serverUrl(serverUrl)
    , m_settings(settings)
    , m_vault(vault)
    , m_mode(mode)
{}

OAuthAuthorization::~OAuthAuthorization()
{
    // A transport waiting on us must hear an answer; it is gone with us otherwise.
    settle(false, tr("The connection to %1 was closed.").arg(serverName()));
}

QString OAuthAuthorization::serverName() const
{
    return m_serverUrl.host();
}

QByteArray OAuthAuthorization::authorizationHeader() const
{
    if (!m_stored || m_stored->grant.tokens.accessToken.isEmpty())
        return {};
    return "Bearer " + m_stored->grant.tokens.accessToken.toUtf8();
}

void OAuthAuthorization::restore()
{
    if (!m_vault)
        return;
    m_restoring = true;
    m_vault->read(canonicalResource(m_serverUrl).toString(), [this, guard = QPointer(this)](auto data) {
        if (!guard)
            return;
        m_restoring = false;
        if (data)
            m_stored = StoredAuthorization::fromJson(*data);
        if (m_stored && m_stored->resource == canonicalResource(m_stored->resource))
            setState(State::SignedIn, tr("Signed in to %1.").arg(serverName()));
        if (m_waiting.isEmpty())
            return;
        if (m_stored)
            settle(true, {});
        else if (m_mode == Mode::Automatic)
            runLogin();
        else
            offerLogin(tr("%1 needs you to sign in.").arg(serverName()));
    });
}

void OAuthAuthorization::handleUnauthorized(const QNetworkReply &reply, const QUrl &serverUrl,
                                            Verdict verdict)
{
    m_serverUrl = serverUrl;
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const BearerChallenge challenge = parseBearerChallenge(reply.rawHeader("WWW-Authenticate"));
    const QByteArray sent = reply.request().rawHeader("Authorization");
    qCInfo(lcMcpAuth) << "HTTP" << status << "from" << serverUrl.toDisplayString() << "challenge error"
                      << challenge.error << "scope" << challenge.scope;
    if (challenge.resourceMetadata.isValid() && challenge.resourceMetadata != m_challengeMetadataUrl) {
        m_challengeMetadataUrl = challenge.resourceMetadata;
        if (m_discovered && m_discovered->resourceMetadataUrl != challenge.resourceMetadata)
            m_discovered.reset();
    }
    if (status == 401 && !authorizationHeader().isEmpty() && sent != authorizationHeader()) {
        verdict(true, {}); // sent with a token that has been replaced since
        return;
    }
    m_waiting.append(std::move(verdict));
    if (m_busy || m_restoring)
        return;

    if (status == 403) {
        if (challenge.error != QLatin1String("insufficient_scope")) {
            settle(false, tr("%1 refused this request.").arg(serverName()));
            return;
        }
        const QString had =
            m_stored ? unionOf(m_stored->grant.requestedScope, m_stored->grant.tokens.scope) : QString();
        // Step-up (MCP "Step-Up Authorization Flow"): ask for what the server names on top of what was asked
        // for before. If that adds nothing, a new login cannot help.
        if (containsAll(had, challenge.scope)) {
            settle(false, tr("%1 asks for permissions (%2) that signing in did not grant.")
                              .arg(serverName(), challenge.scope));
            return;
        }
        m_wantedScope = unionOf(had, challenge.scope);
        startLogin();
        return;
    }
    m_wantedScope = challenge.scope;
    if (m_stored && !m_stored->grant.tokens.refreshToken.isEmpty() && sent == authorizationHeader()) {
        startRefresh();
        return;
    }
    startLogin();
}

void OAuthAuthorization::login()
{
    m_loginsForSameScope = 0;
    if (!m_busy)
        runLogin();
}

void OAuthAuthorization::logout()
{
    // The running job may be the sender of the signal that led here: it goes later, and unheard.
    if (QObject *job = std::exchange(m_job, nullptr)) {
        job->disconnect(this);
        job->deleteLater();
    }
    m_busy = false;
    m_stored.reset();
    if (m_vault)
        m_vault->remove(canonicalResource(m_serverUrl).toString());
    setState(State::SignedOut, tr("Signed out of %1.").arg(serverName()));
    settle(false, m_statusText);
}

void OAuthAuthorization::startLogin()
{
    if (m_mode == Mode::Automatic)
        runLogin();
    else
        offerLogin(m_stored ? tr("%1 needs you to sign in again.").arg(serverName())
                            : tr("%1 needs you to sign in.").arg(serverName()));
}

void OAuthAuthorization::offerLogin(const QString &why)
{
    setState(State::LoginRequired, why);
    settle(false, why);
}

void OAuthAuthorization::startRefresh()
{
    m_busy = true;
    const StoredAuthorization &stored = *m_stored;
    const TokenRequest request = refreshTokenRequest(stored.grant.client, stored.tokenEndpointAuthMethods,
                                                     stored.grant.tokens.refreshToken, stored.resource);
    auto *job = new QObject(this);
    m_job = job;
    AuthHttp::postForm(m_network, stored.tokenEndpoint, request.form, request.authorization, job,
                       [this, job](const AuthHttpAnswer &answer) {
                           job->deleteLater();
                           if (m_job != job)
                               return; // logged out meanwhile
                           m_busy = false;
                           QString problem;
                           std::optional<TokenResponse> tokens;
                           if (answer.status == 200)
                               tokens = parseTokenResponse(answer.body, &problem);
                           if (!tokens || !m_stored) {
                               qCInfo(lcMcpAuth) << "refresh refused, HTTP" << answer.status;
                               if (m_stored)
                                   m_stored->grant.tokens = {};
                               startLogin();
                               return;
                           }
                           const QString keptRefreshToken = m_stored->grant.tokens.refreshToken;
                           m_stored->grant.tokens = *tokens;
                           if (tokens->refreshToken.isEmpty())
                               m_stored->grant.tokens.refreshToken = keptRefreshToken;
                           m_stored->expiresAt =
                               tokens->expiresInSeconds >= 0
                                   ? QDateTime::currentDateTimeUtc().addSecs(tokens->expiresInSeconds)
                                   : QDateTime();
                           if (m_vault)
                               m_vault->write(canonicalResource(m_serverUrl).toString(), m_stored->toJson());
                           setState(State::SignedIn, tr("Signed in to %1.").arg(serverName()));
                           settle(true, {});
                       });
}

void OAuthAuthorization::runLogin()
{
    if (!m_openPage) {
        failLogin(tr("Confab cannot open a browser here to sign in."));
        return;
    }
    m_busy = true;
    setState(State::SigningIn, tr("Signing in to %1 in your browser…").arg(serverName()));
    if (!m_discovered) {
        auto *discovery = new AuthDiscovery(m_network, this);
        m_job = discovery;
        connect(discovery, &AuthDiscovery::finished, this,
                [this, discovery](const DiscoveredAuthorization &found) {
                    discovery->deleteLater();
                    m_discovered = found;
                    runLogin();
                });
        connect(discovery, &AuthDiscovery::failed, this, [this, discovery](const QString &message) {
            discovery->deleteLater();
            failLogin(message);
        });
        discovery->start(m_serverUrl, m_challengeMetadataUrl);
        return;
    }
    // MCP "Scope Selection Strategy": the challenge's scope, else all the resource says it supports, else
    // none.
    const QString scope =
        !m_wantedScope.isEmpty() ? m_wantedScope : m_discovered->resource.scopesSupported.join(u' ');
    // Logins for the same scope in quick succession mean the server refuses what it hands out; a login long
    // after the last one (a token revoked days later) starts the count afresh.
    const bool recent = m_sinceLastLogin.isValid() && m_sinceLastLogin.elapsed() < repeatedLoginWindowMs;
    m_loginsForSameScope = scope == m_lastRequestedScope && recent ? m_loginsForSameScope + 1 : 1;
    m_lastRequestedScope = scope;
    if (m_loginsForSameScope > maxLoginsForSameScope) {
        failLogin(tr("%1 keeps refusing the sign-in Confab obtained; giving up.").arg(serverName()));
        return;
    }
    auto *login = new OAuthLogin(m_network, *m_discovered, m_settings, this);
    m_job = login;
    connect(login, &OAuthLogin::finished, this, [this, login](const OAuthGrant &grant) {
        login->deleteLater();
        finishLogin(grant);
    });
    connect(login, &OAuthLogin::failed, this, [this, login](const QString &message) {
        login->deleteLater();
        failLogin(message);
    });
    std::optional<OAuthGrant> previous;
    if (m_stored && m_stored->issuer == m_discovered->server.issuer)
        previous = m_stored->grant;
    qCInfo(lcMcpAuth) << "login at" << m_discovered->server.issuer << "scope" << scope;
    login->start(scope, previous, m_openPage);
}

void OAuthAuthorization::finishLogin(const OAuthGrant &grant)
{
    StoredAuthorization stored;
    stored.grant = grant;
    if (grant.tokens.expiresInSeconds >= 0)
        stored.expiresAt = QDateTime::currentDateTimeUtc().addSecs(grant.tokens.expiresInSeconds);
    stored.tokenEndpoint = m_discovered->server.tokenEndpoint;
    stored.tokenEndpointAuthMethods = m_discovered->server.tokenEndpointAuthMethodsSupported;
    stored.resource = m_discovered->resource.resource;
    stored.issuer = m_discovered->server.issuer;
    m_stored = stored;
    if (m_vault)
        m_vault->write(canonicalResource(m_serverUrl).toString(), stored.toJson());
    m_busy = false;
    m_sinceLastLogin.start();
    setState(State::SignedIn, tr("Signed in to %1.").arg(serverName()));
    settle(true, {});
}

void OAuthAuthorization::failLogin(const QString &message)
{
    m_busy = false;
    m_sinceLastLogin.start();
    qCInfo(lcMcpAuth) << "login failed:" << message;
    setState(State::Failed, tr("Signing in to %1 failed: %2").arg(serverName(), message));
    settle(false, m_statusText);
}

void OAuthAuthorization::setState(State state, const QString &text)
{
    const bool changed = state != m_state || text != m_statusText;
    m_state = state;
    m_statusText = text;
    if (changed)
        Q_EMIT stateChanged(state);
}

void OAuthAuthorization::settle(bool retry, const QString &message)
{
    const QList<Verdict> waiting = std::exchange(m_waiting, {});
    for (const Verdict &verdict : waiting)
        verdict(retry, message);
}

} // namespace confab
