#include "chat/LinkPolicy.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
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

bool openOwnCopy(const QString &path, const QString &folder)
{
    const QFileInfo file(path);
    const QString inside = QDir(folder).canonicalPath();
    if (inside.isEmpty() || file.isSymLink() || !file.isFile() ||
        !file.canonicalFilePath().startsWith(inside + QLatin1Char('/')))
        return false;
    return QDesktopServices::openUrl(QUrl::fromLocalFile(file.canonicalFilePath()));
}

} // namespace confab::ui
