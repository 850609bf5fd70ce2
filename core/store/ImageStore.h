#pragma once

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace confab {

class Database;

// The result of storing image bytes: where they went and what they are, or why they were refused.
struct StoredImage
{
    QString hash;
    int width = 0;
    int height = 0;
    QString mime;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Image files beside the database, named by the SHA-256 of their bytes so the same picture is kept once.
// Thumbnails are made on a worker thread and cached on disk.
class ImageStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultThumbnailSize = 256;

    ImageStore(Database *database, QString imagesDir, QString thumbnailsDir, QObject *parent = nullptr);

    // Checks that the bytes decode as an image, then writes them atomically. Storing the same bytes twice
    // returns the same hash and writes nothing.
    StoredImage store(const QByteArray &bytes);
    StoredImage storeFile(const QString &path);
    // The same on a worker thread, for large pictures the GUI thread should not wait to decode.
    QFuture<StoredImage> storeInBackground(const QByteArray &bytes);

    QString pathFor(const QString &hash) const;
    bool contains(const QString &hash) const;
    QByteArray bytes(const QString &hash) const;

    // Emits thumbnailReady (or thumbnailFailed) later; a cached thumbnail is announced without new work.
    void requestThumbnail(const QString &hash, int size = DefaultThumbnailSize);
    // The cached thumbnail's path if it was already made, else empty.
    QString cachedThumbnail(const QString &hash, int size = DefaultThumbnailSize) const;

    // Deletes the files among `hashes` that no message refers to any more, with their thumbnails.
    int removeUnreferenced(const QStringList &hashes);

    const QString &imagesDir() const { return m_imagesDir; }

signals:
    void thumbnailReady(const QString &hash, int size, const QString &path);
    void thumbnailFailed(const QString &hash, int size, const QString &reason);

private:
    QString thumbnailPath(const QString &hash, int size) const;

    Database *m_database;
    QString m_imagesDir;
    QString m_thumbnailsDir;
    QSet<QString> m_pendingThumbnails;
};

StoredImage storeImageBytes(const QByteArray &bytes, const QString &imagesDir);
QString mimeForImageFormat(const QByteArray &format);
QString fileExtensionForMime(const QString &mime);

} // namespace confab
