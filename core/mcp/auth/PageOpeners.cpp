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

namespace {

// One hop at a time, each Location read by hand (as the suite's own client does with redirect: "manual"), on
// connections of its own: Qt's automatic redirects over the pooled connections of the flow's other requests
// were seen to send the authorization request twice.
void follow(QNetworkAccessManager *pages, const QUrl &url, int hopsLeft)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(AuthHttp::timeoutMs);
    QNetworkReply *reply = pages->get(request);
    // The page's body is of no interest: the loopback redirect receives what matters.
    QObject::connect(reply, &QNetworkReply::readyRead, reply,
                     [reply] { reply->skip(reply->bytesAvailable()); });
    QObject::connect(reply, &QNetworkReply::finished, pages, [pages, reply, hopsLeft] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl next = reply->url().resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
        if (status >= 300 && status < 400 && next.isValid() && hopsLeft > 0 &&
            (next.scheme() == QLatin1String("http") || next.scheme() == QLatin1String("https")))
            follow(pages, next, hopsLeft - 1);
        else
            pages->deleteLater();
    });
}

} // namespace

OAuthLogin::PageOpener httpPageOpener(QNetworkAccessManager *network)
{
    return [network](const QUrl &authorizationUrl) {
        follow(new QNetworkAccessManager(network), authorizationUrl, maxRedirects);
    };
}

} // namespace confab
