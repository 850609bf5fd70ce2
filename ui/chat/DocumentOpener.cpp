#include "chat/DocumentOpener.h"

#include "chat/LinkPolicy.h"
#include "store/DocumentStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace confab::ui {

bool openStoredDocument(const DocumentStore &store, const AttachedDocument &document)
{
    const QString source = store.pathFor(document.hash);
    if (source.isEmpty() || !QFileInfo::exists(source))
        return false;
    // The name came with the file (or an import): only its last part is used, never a path.
    QString name = QFileInfo(document.name).fileName();
    if (name.isEmpty() || name.startsWith(u'.'))
        name = document.hash.left(12) + (document.isPdf() ? QStringLiteral(".pdf") : QStringLiteral(".txt"));
    const QString copies =
        QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/confab-documents");
    const QString folder = copies + QLatin1Char('/') + document.hash.left(16);
    const QString target = folder + QLatin1Char('/') + name;
    if (!QFileInfo::exists(target) && (!QDir().mkpath(folder) || !QFile::copy(source, target)))
        return false;
    return openOwnCopy(target, copies);
}

} // namespace confab::ui
