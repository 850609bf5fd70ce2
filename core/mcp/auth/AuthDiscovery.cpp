#include "mcp/auth/AuthDiscovery.h"

#include "mcp/auth/AuthHttp.h"
#include "mcp/auth/DiscoveryUrls.h"

namespace confab {

namespace {

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

QString answerProblem(const QUrl &url, const AuthHttpAnswer &answer)
{
    if (!answer.networkError.isEmpty())
        return QStringLiteral("%1: %2").arg(url.toDisplayString(), answer.networkError);
    return QStringLiteral("%1: HTTP %2").arg(url.toDisplayString()).arg(answer.status);
}

} // namespace

AuthDiscovery::AuthDiscovery(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void AuthDiscovery::start(const QUrl &serverUrl, const QUrl &resourceMetadataFromChallenge)
{
    m_serverUrl = serverUrl;
    m_resourceUrls = protectedResourceMetadataUrls(serverUrl);
    // The challenge's URL comes first; the well-known URIs stay as the fallback the specification gives when
    // a server's header names none (or names one that does not answer).
    if (resourceMetadataFromChallenge.isValid()) {
        m_resourceUrls.removeAll(resourceMetadataFromChallenge);
        m_resourceUrls.prepend(resourceMetadataFromChallenge);
    }
    tryNextResourceUrl();
}

void AuthDiscovery::tryNextResourceUrl()
{
    if (m_resourceUrls.isEmpty()) {
        Q_EMIT failed(
            tr("The server asks for a sign-in but does not say where (no protected resource metadata; "
               "%1).")
                .arg(m_lastProblem));
        return;
    }
    const QUrl url = m_resourceUrls.takeFirst();
    AuthHttp::get(m_network, url, this, [this, url](const AuthHttpAnswer &answer) {
        QString problem;
        std::optional<ProtectedResourceMetadata> metadata;
        if (answer.status == 200 && answer.networkError.isEmpty())
            metadata = parseProtectedResourceMetadata(answer.body, &problem);
        else
            problem = answerProblem(url, answer);
        if (!metadata) {
            m_lastProblem = problem;
            tryNextResourceUrl();
            return;
        }
        if (!resourceCovers(metadata->resource, m_serverUrl)) {
            Q_EMIT failed(tr("The server's sign-in metadata is for another resource (%1), so Confab will not "
                             "send a login for it.")
                              .arg(metadata->resource.toDisplayString()));
            return;
        }
        m_discovered.resourceMetadataUrl = url;
        m_discovered.resource = *metadata;
        m_serverUrls = authorizationServerMetadataUrls(metadata->authorizationServers.first());
        m_lastProblem.clear();
        tryNextServerUrl();
    });
}

void AuthDiscovery::tryNextServerUrl()
{
    const QUrl issuer = m_discovered.resource.authorizationServers.first();
    if (m_serverUrls.isEmpty()) {
        Q_EMIT failed(tr("The sign-in server %1 does not publish its metadata (%2).")
                          .arg(issuer.toDisplayString(), m_lastProblem));
        return;
    }
    const QUrl url = m_serverUrls.takeFirst();
    AuthHttp::get(m_network, url, this, [this, url, issuer](const AuthHttpAnswer &answer) {
        if (answer.status != 200 || !answer.networkError.isEmpty()) {
            m_lastProblem = answerProblem(url, answer);
            tryNextServerUrl();
            return;
        }
        QString problem;
        const std::optional<AuthorizationServerMetadata> metadata =
            parseAuthorizationServerMetadata(answer.body, &problem);
        if (!metadata) {
            Q_EMIT failed(tr("The sign-in server's metadata at %1 is not usable: %2.")
                              .arg(url.toDisplayString(), problem));
            return;
        }
        if (withoutTrailingSlash(metadata->issuer) != withoutTrailingSlash(issuer.toString())) {
            Q_EMIT failed(tr("The sign-in server's metadata names another issuer (%1 instead of %2).")
                              .arg(metadata->issuer, issuer.toDisplayString()));
            return;
        }
        if (!metadata->codeChallengeMethodsSupported.contains(QLatin1String("S256"))) {
            Q_EMIT failed(tr("The sign-in server %1 does not offer PKCE (S256), which MCP requires; Confab "
                             "will not sign in there.")
                              .arg(issuer.toDisplayString()));
            return;
        }
        m_discovered.server = *metadata;
        Q_EMIT finished(m_discovered);
    });
}

} // namespace confab
