#include "mcp/auth/OAuthLogin.h"

#include "mcp/auth/AuthHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace confab {

namespace {

QString oauthProblem(const AuthHttpAnswer &answer)
{
    if (!answer.networkError.isEmpty())
        return answer.networkError;
    if (const std::optional<OAuthErrorBody> error = parseOAuthErrorBody(answer.body))
        return error->description.isEmpty() ? error->error
                                            : QStringLiteral("%1: %2").arg(error->error, error->description);
    return QStringLiteral("HTTP %1").arg(answer.status);
}

} // namespace

OAuthLogin::OAuthLogin(QNetworkAccessManager *network, const DiscoveredAuthorization &discovered,
                       const OAuthClientSettings &settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_discovered(discovered)
    , m_settings(settings)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(tr("The sign-in was not finished in the browser in time.")); });
    connect(&m_redirect, &LoopbackRedirect::redirected, this, &OAuthLogin::handleRedirect);
}

void OAuthLogin::start(const QString &scope, const std::optional<OAuthGrant> &previous,
                       const PageOpener &openPage)
{
    m_openPage = openPage;
    m_grant.requestedScope = scope;
    const AuthorizationServerMetadata &server = m_discovered.server;
    if (m_settings.preRegistered) {
        m_grant.client = *m_settings.preRegistered;
    } else if (server.clientIdMetadataDocumentSupported && m_settings.clientMetadataUrl.isValid()) {
        m_grant.client.clientId = m_settings.clientMetadataUrl.toString(QUrl::FullyEncoded);
    } else if (previous && !previous->client.clientId.isEmpty()) {
        m_grant.client = previous->client;
        // The registered redirect URI names a port; listen there again, or register anew below.
        if (m_redirect.listen(quint16(previous->redirectUri.port(0))) &&
            m_redirect.redirectUri() == previous->redirectUri) {
            openAuthorizationPage();
            return;
        }
        m_grant.client = {};
    }
    if (!m_redirect.listen()) {
        fail(tr("Confab could not listen on this computer for the browser's answer."));
        return;
    }
    if (m_grant.client.clientId.isEmpty())
        registerClient();
    else
        openAuthorizationPage();
}

// RFC 7591 §3.1: a native public client, asking for "none" at the token endpoint when the server allows it
// and otherwise taking the method the server assigns.
void OAuthLogin::registerClient()
{
    const AuthorizationServerMetadata &server = m_discovered.server;
    if (!server.registrationEndpoint.isValid()) {
        fail(tr("This server needs a client ID for Confab, and its sign-in server does not let apps register "
                "themselves."));
        return;
    }
    QJsonObject request{
        {QStringLiteral("client_name"), m_settings.clientName},
        {QStringLiteral("redirect_uris"), QJsonArray{m_redirect.redirectUri().toString()}},
        {QStringLiteral("grant_types"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("response_types"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("application_type"), QStringLiteral("native")},
    };
    if (server.tokenEndpointAuthMethodsSupported.contains(QLatin1String("none")))
        request.insert(QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none"));
    AuthHttp::postJson(
        m_network, server.registrationEndpoint, QJsonDocument(request).toJson(QJsonDocument::Compact), this,
        [this](const AuthHttpAnswer &answer) {
            QString problem;
            std::optional<ClientRegistration> registration;
            if (answer.status == 200 || answer.status == 201)
                registration = parseClientRegistration(answer.body, &problem);
            else
                problem = oauthProblem(answer);
            if (!registration) {
                fail(tr("Confab could not register with the sign-in server (%1).").arg(problem));
                return;
            }
            m_grant.client = {registration->clientId, registration->clientSecret,
                              registration->tokenEndpointAuthMethod};
            openAuthorizationPage();
        });
}

void OAuthLogin::openAuthorizationPage()
{
    m_grant.redirectUri = m_redirect.redirectUri();
    m_pkce = Pkce::generate();
    m_state = randomUrlSafeToken(24);
    QList<std::pair<QByteArray, QString>> fields{
        {"response_type", QStringLiteral("code")},
        {"client_id", m_grant.client.clientId},
        {"redirect_uri", m_grant.redirectUri.toString()},
        {"code_challenge", QString::fromLatin1(m_pkce.challenge)},
        {"code_challenge_method", QStringLiteral("S256")},
        {"state", QString::fromLatin1(m_state)},
        {"resource", m_discovered.resource.resource.toString()},
    };
    if (!m_grant.requestedScope.isEmpty())
        fields.append({"scope", m_grant.requestedScope});
    QUrl url = m_discovered.server.authorizationEndpoint;
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[name, value] : fields)
        query += (query.isEmpty() ? "" : "&") + name + '=' + QUrl::toPercentEncoding(value);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    m_timeout.start(m_settings.loginTimeoutMs);
    m_openPage(url);
}

void OAuthLogin::handleRedirect(const QUrl &callbackUrl)
{
    if (m_done)
        return;
    const QUrlQuery query(callbackUrl);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state != QString::fromLatin1(m_state)) {
        // Another page (or an attacker) hit the listener: not this login's answer. Keep waiting for it.
        return;
    }
    // RFC 9207: an issuer in the answer must be the server the login went to; a server that promises one must
    // send it. Either failing means the answer may come from another server (a mix-up attack).
    const QString issuer = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("iss")) ? issuer != m_discovered.server.issuer
                                                  : m_discovered.server.issParameterSupported) {
        fail(tr("The sign-in answer came from another server than %1, so Confab refused it.")
                 .arg(m_discovered.server.issuer));
        return;
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                .replace(u'+', u' ')
                .simplified()
                .left(300);
        fail(tr("The sign-in server refused the sign-in (%1).")
                 .arg(description.isEmpty() ? error.left(100) : description));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        fail(tr("The sign-in server's answer had no authorization code."));
        return;
    }
    m_timeout.stop();
    m_redirect.close();
    exchangeCode(code);
}

void OAuthLogin::exchangeCode(const QString &code)
{
    const TokenRequest request =
        authorizationCodeRequest(m_grant.client, m_discovered.server.tokenEndpointAuthMethodsSupported, code,
                                 m_grant.redirectUri, m_pkce.verifier, m_discovered.resource.resource);
    AuthHttp::postForm(m_network, m_discovered.server.tokenEndpoint, request.form, request.authorization,
                       this, [this](const AuthHttpAnswer &answer) {
                           QString problem;
                           std::optional<TokenResponse> tokens;
                           if (answer.status == 200)
                               tokens = parseTokenResponse(answer.body, &problem);
                           else
                               problem = oauthProblem(answer);
                           if (!tokens) {
                               fail(tr("The sign-in server did not hand out a token (%1).").arg(problem));
                               return;
                           }
                           m_done = true;
                           m_grant.tokens = *tokens;
                           Q_EMIT finished(m_grant);
                       });
}

void OAuthLogin::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_redirect.close();
    Q_EMIT failed(message);
}

} // namespace confab
