#pragma once

#include "mcp/auth/OAuthAuthorization.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace confab {

class TokenVault;

// The sign-ins of the user's remote MCP servers: one OAuthAuthorization per Streamable HTTP server, in
// Interactive mode, so a server that answers 401 is offered a login (the Sign in button of Settings → Tools)
// rather than failing bare. A login runs in the system browser with a loopback redirect; its tokens go to the
// keychain and come back at the next start. A server whose sign-in just succeeded is started again by whoever
// listens to signedIn().
class McpSignIns : public QObject
{
    Q_OBJECT
public:
    McpSignIns(QNetworkAccessManager *network, const QString &keychainService, QObject *parent = nullptr);
    ~McpSignIns() override;

    // The server's authorization, made (and its stored login read) on first use; a changed URL starts afresh.
    OAuthAuthorization *forServer(const QString &name, const QUrl &url);
    OAuthAuthorization *find(const QString &name) const;
    // The server wants a login (or the last one failed, so another is worth offering).
    bool needsSignIn(const QString &name) const;
    QString statusText(const QString &name) const;
    // Starts the login in the browser; false when the server has asked for none.
    bool signIn(const QString &name);
    // Forgets the server's login here and in the keychain (the server was removed).
    void signOut(const QString &name);
    // How authorization pages are opened: the system browser unless replaced (the tests' HTTP opener).
    void setPageOpener(OAuthLogin::PageOpener opener);

Q_SIGNALS:
    void stateChanged(const QString &name);
    void signedIn(const QString &name);

private:
    void retire(const QString &name);

    QNetworkAccessManager *m_network;
    TokenVault *m_vault;
    OAuthLogin::PageOpener m_openPage;
    QHash<QString, QPointer<OAuthAuthorization>> m_authorizations;
    QHash<QString, QUrl> m_urls;
};

} // namespace confab
