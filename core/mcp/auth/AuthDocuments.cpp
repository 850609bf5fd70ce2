#include "mcp/auth/AuthDocuments.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace confab {

namespace {

// Header values longer than this are not a challenge any server sends; reading stops there.
constexpr qsizetype maxChallengeBytes = 8 * 1024;
constexpr qsizetype maxFieldChars = 8 * 1024;
constexpr qsizetype maxListEntries = 256;

std::optional<QJsonObject> objectOf(const QByteArray &body, QString *error)
{
    if (body.size() > maxAuthDocumentBytes) {
        *error = QStringLiteral("document larger than %1 bytes").arg(maxAuthDocumentBytes);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

// A string member, or empty when absent, not a string or absurdly long.
QString stringOf(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isString() || value.toString().size() > maxFieldChars)
        return {};
    return value.toString();
}

QStringList stringsOf(const QJsonObject &object, const char *name)
{
    QStringList strings;
    const QJsonArray array = object.value(QLatin1String(name)).toArray();
    for (const QJsonValue &value : array) {
        if (strings.size() >= maxListEntries)
            break;
        if (value.isString() && !value.toString().isEmpty() && value.toString().size() <= maxFieldChars)
            strings.append(value.toString());
    }
    return strings;
}

std::optional<QUrl> endpointOf(const QJsonObject &object, const char *name, bool required, QString *error)
{
    const QString text = stringOf(object, name);
    if (text.isEmpty()) {
        if (required)
            *error = QStringLiteral("no %1").arg(QLatin1String(name));
        return required ? std::nullopt : std::optional<QUrl>(QUrl());
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!isAcceptableEndpoint(url)) {
        *error = QStringLiteral("%1 is not an https URL").arg(QLatin1String(name));
        return std::nullopt;
    }
    return url;
}

bool isTokenChar(QChar c)
{
    return c.isLetterOrNumber() || QStringView(u"!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isAcceptableEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || url.hasFragment())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
}

// RFC 7235 §4.1: challenges are "scheme param=value, param="quoted", …", several challenges separated by
// commas as well; a new challenge starts where a bare token is followed by a space instead of "=".
BearerChallenge parseBearerChallenge(const QByteArray &header)
{
    const QString text = QString::fromLatin1(header.left(maxChallengeBytes));
    BearerChallenge challenge;
    bool inBearer = false;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto skipSpaceAndCommas = [&] {
        while (i < n && (text[i] == u' ' || text[i] == u'\t' || text[i] == u','))
            ++i;
    };
    while (i < n) {
        skipSpaceAndCommas();
        const qsizetype start = i;
        while (i < n && isTokenChar(text[i]))
            ++i;
        if (i == start) {
            ++i; // a stray character: skip it
            continue;
        }
        const QString token = text.mid(start, i - start);
        qsizetype j = i;
        while (j < n && (text[j] == u' ' || text[j] == u'\t'))
            ++j;
        if (j >= n || text[j] != u'=') {
            // A scheme name starts the next challenge.
            inBearer = token.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0;
            challenge.present = challenge.present || inBearer;
            continue;
        }
        i = j + 1;
        while (i < n && (text[i] == u' ' || text[i] == u'\t'))
            ++i;
        QString value;
        if (i < n && text[i] == u'"') {
            ++i;
            while (i < n && text[i] != u'"') {
                if (text[i] == u'\\' && i + 1 < n)
                    ++i;
                value.append(text[i]);
                ++i;
            }
            ++i; // closing quote
        } else {
            const qsizetype valueStart = i;
            while (i < n && text[i] != u',' && text[i] != u' ' && text[i] != u'\t')
                ++i;
            value = text.mid(valueStart, i - valueStart);
        }
        if (!inBearer)
            continue;
        const QString name = token.toLower();
        if (name == QLatin1String("error"))
            challenge.error = value;
        else if (name == QLatin1String("error_description"))
            challenge.errorDescription = value;
        else if (name == QLatin1String("scope"))
            challenge.scope = value.simplified();
        else if (name == QLatin1String("resource_metadata")) {
            const QUrl url(value, QUrl::StrictMode);
            if (isAcceptableEndpoint(url))
                challenge.resourceMetadata = url;
        }
    }
    return challenge;
}

std::optional<ProtectedResourceMetadata> parseProtectedResourceMetadata(const QByteArray &body,
                                                                        QString *error)
{
    const std::optional<QJsonObject> object = objectOf(body, error);
    if (!object)
        return std::nullopt;
    ProtectedResourceMetadata metadata;
    metadata.resource = QUrl(stringOf(*object, "resource"), QUrl::StrictMode);
    if (!isAcceptableEndpoint(metadata.resource)) {
        *error = QStringLiteral("no valid resource");
        return std::nullopt;
    }
    for (const QString &server : stringsOf(*object, "authorization_servers")) {
        const QUrl url(server, QUrl::StrictMode);
        if (isAcceptableEndpoint(url))
            metadata.authorizationServers.append(url);
    }
    if (metadata.authorizationServers.isEmpty()) {
        *error = QStringLiteral("no authorization server");
        return std::nullopt;
    }
    metadata.scopesSupported = stringsOf(*object, "scopes_supported");
    return metadata;
}

std::optional<AuthorizationServerMetadata> parseAuthorizationServerMetadata(const QByteArray &body,
                                                                            QString *error)
{
    const std::optional<QJsonObject> object = objectOf(body, error);
    if (!object)
        return std::nullopt;
    AuthorizationServerMetadata metadata;
    metadata.issuer = stringOf(*object, "issuer");
    if (!isAcceptableEndpoint(QUrl(metadata.issuer, QUrl::StrictMode)) || metadata.issuer.contains(u'?')) {
        *error = QStringLiteral("no valid issuer");
        return std::nullopt;
    }
    const auto authorization = endpointOf(*object, "authorization_endpoint", true, error);
    const auto token = authorization ? endpointOf(*object, "token_endpoint", true, error) : std::nullopt;
    const auto registration =
        token ? endpointOf(*object, "registration_endpoint", false, error) : std::nullopt;
    if (!registration)
        return std::nullopt;
    metadata.authorizationEndpoint = *authorization;
    metadata.tokenEndpoint = *token;
    metadata.registrationEndpoint = *registration;
    metadata.codeChallengeMethodsSupported = stringsOf(*object, "code_challenge_methods_supported");
    metadata.tokenEndpointAuthMethodsSupported = stringsOf(*object, "token_endpoint_auth_methods_supported");
    metadata.scopesSupported = stringsOf(*object, "scopes_supported");
    metadata.clientIdMetadataDocumentSupported =
        object->value(QLatin1String("client_id_metadata_document_supported")).toBool(false);
    metadata.issParameterSupported =
        object->value(QLatin1String("authorization_response_iss_parameter_supported")).toBool(false);
    return metadata;
}

std::optional<TokenResponse> parseTokenResponse(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> object = objectOf(body, error);
    if (!object)
        return std::nullopt;
    TokenResponse response;
    response.accessToken = stringOf(*object, "access_token");
    if (response.accessToken.isEmpty()) {
        *error = QStringLiteral("no access_token");
        return std::nullopt;
    }
    if (stringOf(*object, "token_type").compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("token_type is not Bearer");
        return std::nullopt;
    }
    response.refreshToken = stringOf(*object, "refresh_token");
    response.scope = stringOf(*object, "scope").simplified();
    const QJsonValue expiresIn = object->value(QLatin1String("expires_in"));
    if (expiresIn.isDouble() && expiresIn.toDouble() >= 0 && expiresIn.toDouble() < 1e9)
        response.expiresInSeconds = qint64(expiresIn.toDouble());
    return response;
}

std::optional<ClientRegistration> parseClientRegistration(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> object = objectOf(body, error);
    if (!object)
        return std::nullopt;
    ClientRegistration registration;
    registration.clientId = stringOf(*object, "client_id");
    if (registration.clientId.isEmpty()) {
        *error = QStringLiteral("no client_id");
        return std::nullopt;
    }
    registration.clientSecret = stringOf(*object, "client_secret");
    registration.tokenEndpointAuthMethod = stringOf(*object, "token_endpoint_auth_method");
    return registration;
}

std::optional<OAuthErrorBody> parseOAuthErrorBody(const QByteArray &body)
{
    QString ignored;
    const std::optional<QJsonObject> object = objectOf(body, &ignored);
    if (!object)
        return std::nullopt;
    OAuthErrorBody error{stringOf(*object, "error"), stringOf(*object, "error_description")};
    if (error.error.isEmpty())
        return std::nullopt;
    // The description is shown to the user: one line, not a page.
    error.description = error.description.simplified().left(300);
    error.error = error.error.simplified().left(100);
    return error;
}

} // namespace confab
