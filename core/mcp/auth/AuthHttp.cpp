#include "mcp/auth/AuthHttp.h"

#include "mcp/auth/AuthDocuments.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <memory>

namespace confab::AuthHttp {

namespace {

QNetworkRequest requestFor(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Accept", "application/json");
    return request;
}

void watch(QNetworkReply *reply, QObject *context, Callback callback)
{
    auto body = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, body, tooLarge] {
        body->append(reply->read(maxAuthDocumentBytes + 1 - body->size()));
        if (body->size() > maxAuthDocumentBytes) {
            *tooLarge = true;
            reply->abort();
        }
    });
    QPointer<QObject> guard(context);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, body, tooLarge, guard, callback] {
        reply->deleteLater();
        if (!*tooLarge)
            body->append(reply->read(maxAuthDocumentBytes + 1 - body->size()));
        AuthHttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*tooLarge || body->size() > maxAuthDocumentBytes)
            answer.networkError = QStringLiteral("answer larger than %1 bytes").arg(maxAuthDocumentBytes);
        else if (answer.status == 0)
            answer.networkError = reply->errorString();
        else
            answer.body = *body;
        if (guard)
            callback(answer);
    });
}

} // namespace

void get(QNetworkAccessManager *network, const QUrl &url, QObject *context, Callback callback)
{
    watch(network->get(requestFor(url)), context, std::move(callback));
}

void postForm(QNetworkAccessManager *network, const QUrl &url, const QByteArray &form,
              const QByteArray &authorization, QObject *context, Callback callback)
{
    QNetworkRequest request = requestFor(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    watch(network->post(request, form), context, std::move(callback));
}

void postJson(QNetworkAccessManager *network, const QUrl &url, const QByteArray &json, QObject *context,
              Callback callback)
{
    QNetworkRequest request = requestFor(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    watch(network->post(request, json), context, std::move(callback));
}

} // namespace confab::AuthHttp
