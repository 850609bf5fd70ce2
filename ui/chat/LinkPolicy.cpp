#include "chat/LinkPolicy.h"

#include <QDesktopServices>
#include <QUrl>

namespace confab::ui {

bool isOpenableLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("mailto"))
        return !url.path().isEmpty();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty();
}

bool openLinkIfAllowed(const QUrl &url)
{
    if (!isOpenableLink(url))
        return false;
    return QDesktopServices::openUrl(url);
}

} // namespace confab::ui
