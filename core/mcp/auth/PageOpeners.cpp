#include "mcp/auth/PageOpeners.h"

#include "mcp/auth/AuthHttp.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace confab {

namespace {
constexpr int maxRedirects = 5;
}

OAuthLogin::PageOpener systemBrowserOpener()
{
    return [](const QUrl &authorizationUrl) { QDesktopServices::openUrl(authorizationUrl); };
}

OAuthLogin::PageOpener httpPageOpener(QNetworkAccessManager *network)
{
    return [network](const QUrl &authorizationUrl) {
        QNetworkRequest request(authorizationUrl);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(maxRedirects);
        request.setTransferTimeout(AuthHttp::timeoutMs);
        QNetworkReply *reply = network->get(request);
        // The page's body is of no interest: the loopback redirect receives what matters.
        QObject::connect(reply, &QNetworkReply::readyRead, reply,
                         [reply] { reply->skip(reply->bytesAvailable()); });
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    };
}

} // namespace confab
