#include "mcp/auth/TokenRequest.h"

namespace confab {

namespace {

const QString basicMethod = QStringLiteral("client_secret_basic");
const QString postMethod = QStringLiteral("client_secret_post");

// application/x-www-form-urlencoded as RFC 6749 Appendix B has it (space as %20 is accepted as well).
QByteArray formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray form;
    for (const auto &[name, value] : fields) {
        if (!form.isEmpty())
            form += '&';
        form += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return form;
}

TokenRequest withClientAuthentication(QList<std::pair<QString, QString>> fields, const OAuthClient &client,
                                      const QStringList &serverMethods)
{
    TokenRequest request;
    const QString method = tokenEndpointAuthMethod(client, serverMethods);
    if (method == basicMethod) {
        // RFC 6749 §2.3.1: both halves form-encoded before they are joined and base64-encoded.
        const QByteArray pair =
            QUrl::toPercentEncoding(client.clientId) + ':' + QUrl::toPercentEncoding(client.clientSecret);
        request.authorization = "Basic " + pair.toBase64();
    } else {
        fields.append({QStringLiteral("client_id"), client.clientId});
        if (method == postMethod)
            fields.append({QStringLiteral("client_secret"), client.clientSecret});
    }
    request.form = formEncode(fields);
    return request;
}

} // namespace

QString tokenEndpointAuthMethod(const OAuthClient &client, const QStringList &serverMethods)
{
    if (client.clientSecret.isEmpty())
        return QStringLiteral("none");
    if (client.tokenEndpointAuthMethod == basicMethod || client.tokenEndpointAuthMethod == postMethod)
        return client.tokenEndpointAuthMethod;
    if (serverMethods.isEmpty() || serverMethods.contains(basicMethod))
        return basicMethod;
    return serverMethods.contains(postMethod) ? postMethod : basicMethod;
}

TokenRequest authorizationCodeRequest(const OAuthClient &client, const QStringList &serverMethods,
                                      const QString &code, const QUrl &redirectUri,
                                      const QByteArray &verifier, const QUrl &resource)
{
    return withClientAuthentication(
        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
         {QStringLiteral("code"), code},
         {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
         {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)},
         {QStringLiteral("resource"), resource.toString(QUrl::FullyEncoded)}},
        client, serverMethods);
}

TokenRequest refreshTokenRequest(const OAuthClient &client, const QStringList &serverMethods,
                                 const QString &refreshToken, const QUrl &resource)
{
    return withClientAuthentication({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                     {QStringLiteral("refresh_token"), refreshToken},
                                     {QStringLiteral("resource"), resource.toString(QUrl::FullyEncoded)}},
                                    client, serverMethods);
}

} // namespace confab
