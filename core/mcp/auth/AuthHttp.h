#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace confab {

// One answer of a metadata, registration or token endpoint: its status and body (at most
// maxAuthDocumentBytes; a longer body is cut off and reported as networkError).
struct AuthHttpAnswer
{
    int status = 0;
    QByteArray body;
    QString networkError; // empty when an HTTP answer arrived whole
};

// The small requests of the authorization flow. Redirects are not followed (a token endpoint that redirects
// is refused, RFC 6749 §3.2), each request gives up after timeoutMs, and the callback runs exactly once on
// context's thread unless context is gone by then.
namespace AuthHttp {
inline constexpr int timeoutMs = 30'000;
using Callback = std::function<void(const AuthHttpAnswer &)>;

void get(QNetworkAccessManager *network, const QUrl &url, QObject *context, Callback callback);
void postForm(QNetworkAccessManager *network, const QUrl &url, const QByteArray &form,
              const QByteArray &authorization, QObject *context, Callback callback);
void postJson(QNetworkAccessManager *network, const QUrl &url, const QByteArray &json, QObject *context,
              Callback callback);
} // namespace AuthHttp

} // namespace confab
