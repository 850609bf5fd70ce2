#include "store/DocumentStore.h"

#include "common/ContentHash.h"
#include "documents/DocumentPreparation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace confab {
namespace {

// Hashes come from the database and from imports; only a SHA-256 in hex may become a file name.
} // namespace

DocumentStore::DocumentStore(QString documentsDir)
    : m_dir(std::move(documentsDir))
{}

QString DocumentStore::besideImages(const QString &imagesDir)
{
    return QFileInfo(imagesDir).absolutePath() + QStringLiteral("/documents");
}

std::optional<AttachedDocument> DocumentStore::store(const PreparedDocument &document, QString *error)
{
    AttachedDocument link;
    link.hash = contentHash(document.bytes);
    link.name = document.name;
    link.mime = document.type.mime;
    link.size = document.size();
    link.pages = document.pages;
    if (contains(link.hash))
        return link;
    QDir().mkpath(m_dir);
    QSaveFile file(pathFor(link.hash));
    if (!file.open(QIODevice::WriteOnly) || file.write(document.bytes) != document.bytes.size() ||
        !file.commit()) {
        *error = QCoreApplication::translate("DocumentStore", "%1 could not be saved: %2")
                     .arg(document.name, file.errorString());
        return std::nullopt;
    }
    return link;
}

QString DocumentStore::pathFor(const QString &hash) const
{
    return isContentHash(hash) ? m_dir + QLatin1Char('/') + hash : QString();
}

bool DocumentStore::contains(const QString &hash) const
{
    return isContentHash(hash) && QFileInfo::exists(pathFor(hash));
}

QByteArray DocumentStore::bytes(const QString &hash) const
{
    QFile file(pathFor(hash));
    return isContentHash(hash) && file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace confab
