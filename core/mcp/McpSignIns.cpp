#include "mcp/McpSignIns.h"

#include "mcp/auth/PageOpeners.h"
#include "mcp/auth/TokenVault.h"

namespace confab {

McpSignIns::McpSignIns(QNetworkAccessManager *network, const QString &keychainService, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_vault(new TokenVault(keychainService, this))
    , m_openPage(systemBrowserOpener())
{}

McpSignIns::~McpSignIns()
{
    // The authorizations go before the vault they write to.
    qDeleteAll(findChildren<OAuthAuthorization *>(QString(), Qt::FindDirectChildrenOnly));
}

OAuthAuthorization *McpSignIns::forServer(const QString &name, const QUrl &url)
{
    if (OAuthAuthorization *existing = find(name); existing && m_urls.value(name) == url)
        return existing;
    retire(name);
    auto *authorization = new OAuthAuthorization(m_network, url, OAuthClientSettings{}, m_vault,
                                                 OAuthAuthorization::Mode::Interactive, this);
    authorization->setPageOpener(m_openPage);
    connect(authorization, &OAuthAuthorization::stateChanged, this,
            [this, name](OAuthAuthorization::State state) {
                Q_EMIT stateChanged(name);
                if (state == OAuthAuthorization::State::SignedIn)
                    Q_EMIT signedIn(name);
            });
    m_authorizations.insert(name, authorization);
    m_urls.insert(name, url);
    authorization->restore();
    return authorization;
}

OAuthAuthorization *McpSignIns::find(const QString &name) const
{
    return m_authorizations.value(name).data();
}

bool McpSignIns::needsSignIn(const QString &name) const
{
    const OAuthAuthorization *authorization = find(name);
    return authorization && (authorization->state() == OAuthAuthorization::State::LoginRequired ||
                             authorization->state() == OAuthAuthorization::State::Failed);
}

QString McpSignIns::statusText(const QString &name) const
{
    const OAuthAuthorization *authorization = find(name);
    return authorization ? authorization->statusText() : QString();
}

bool McpSignIns::signIn(const QString &name)
{
    OAuthAuthorization *authorization = find(name);
    if (!authorization)
        return false;
    authorization->login();
    return true;
}

void McpSignIns::signOut(const QString &name)
{
    if (OAuthAuthorization *authorization = find(name))
        authorization->logout();
    retire(name);
}

// A transport of the server's old connection may still hold the authorization as its provider until it is
// gone, so it stays alive (unheard) until this object goes.
void McpSignIns::retire(const QString &name)
{
    if (OAuthAuthorization *authorization = find(name))
        authorization->disconnect(this);
    m_authorizations.remove(name);
    m_urls.remove(name);
}

void McpSignIns::setPageOpener(OAuthLogin::PageOpener opener)
{
    m_openPage = std::move(opener);
    for (const QPointer<OAuthAuthorization> &authorization : std::as_const(m_authorizations))
        if (authorization)
            authorization->setPageOpener(m_openPage);
}

} // namespace confab
