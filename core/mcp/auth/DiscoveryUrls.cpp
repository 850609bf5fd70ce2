#include "mcp/auth/DiscoveryUrls.h"

namespace confab {

namespace {

QUrl originOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host().toLower());
    origin.setPort(url.port());
    return origin;
}

QString pathWithoutTrailingSlash(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

QUrl atPath(const QUrl &origin, const QString &path)
{
    QUrl url = origin;
    url.setPath(path);
    return url;
}

} // namespace

QList<QUrl> protectedResourceMetadataUrls(const QUrl &serverUrl)
{
    const QUrl origin = originOf(serverUrl);
    const QString path = pathWithoutTrailingSlash(serverUrl);
    const QString wellKnown = QStringLiteral("/.well-known/oauth-protected-resource");
    QList<QUrl> urls;
    if (!path.isEmpty())
        urls.append(atPath(origin, wellKnown + path));
    urls.append(atPath(origin, wellKnown));
    return urls;
}

QList<QUrl> authorizationServerMetadataUrls(const QUrl &issuer)
{
    const QUrl origin = originOf(issuer);
    const QString path = pathWithoutTrailingSlash(issuer);
    const QString oauth = QStringLiteral("/.well-known/oauth-authorization-server");
    const QString openid = QStringLiteral("/.well-known/openid-configuration");
    if (path.isEmpty())
        return {atPath(origin, oauth), atPath(origin, openid)};
    return {atPath(origin, oauth + path), atPath(origin, openid + path), atPath(origin, path + openid)};
}

QUrl canonicalResource(const QUrl &serverUrl)
{
    QUrl url = serverUrl.adjusted(QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    return url;
}

bool resourceCovers(const QUrl &resource, const QUrl &serverUrl)
{
    const QUrl wanted = canonicalResource(resource);
    const QUrl server = canonicalResource(serverUrl);
    if (originOf(wanted) != originOf(server))
        return false;
    const QString parent = pathWithoutTrailingSlash(wanted);
    const QString path = pathWithoutTrailingSlash(server);
    return path == parent || path.startsWith(parent + u'/');
}

} // namespace confab
