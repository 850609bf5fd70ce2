#include "store/ImageStore.h"

#include "common/ContentHash.h"
#include "common/ImageSizeGuard.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>
#include <QtConcurrent>

namespace confab {
namespace {

struct ThumbnailJob
{
    QString path;
    QString error;
};

// Runs on a pool thread: reads only the file, never the database.
ThumbnailJob makeThumbnail(const QString &source, const QString &target, int size)
{
    QImageReader reader(source);
    reader.setAutoTransform(true);
    if (const QString tooLarge = refuseOversizedImage(reader); !tooLarge.isEmpty())
        return {{}, QStringLiteral("the image ") + tooLarge};
    const QSize original = reader.size();
    if (original.isValid() && (original.width() > size || original.height() > size))
        reader.setScaledSize(original.scaled(size, size, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {{}, reader.errorString()};
    if (image.width() > size || image.height() > size)
        image = image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return {{},
                QCoreApplication::translate("ImageStore", "could not write the thumbnail: %1")
                    .arg(file.errorString())};
    return {target, {}};
}

} // namespace

// Touches only files, never the database, so it may run on any thread.
StoredImage storeImageBytes(const QByteArray &bytes, const QString &imagesDir)
{
    StoredImage result;
    if (bytes.isEmpty()) {
        result.error = QCoreApplication::translate("ImageStore", "The file is empty.");
        return result;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format.isEmpty()) {
        result.error = QCoreApplication::translate("ImageStore", "This is not an image Confab can read (%1).")
                           .arg(reader.errorString());
        return result;
    }
    if (const QString tooLarge = refuseOversizedImage(reader); !tooLarge.isEmpty()) {
        result.error = QStringLiteral("This image ") + tooLarge + u'.';
        return result;
    }
    // Decoding the whole picture is what catches truncated or damaged files that have a valid header.
    const QImage image = reader.read();
    if (image.isNull()) {
        result.error = QCoreApplication::translate("ImageStore", "The image could not be read: %1.")
                           .arg(reader.errorString());
        return result;
    }
    result.hash = contentHash(bytes);
    result.width = image.width();
    result.height = image.height();
    result.mime = mimeForImageFormat(format);

    const QString path = imagesDir + QLatin1Char('/') + result.hash;
    if (QFileInfo::exists(path))
        return result;
    QDir().mkpath(imagesDir);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        result.error = QCoreApplication::translate("ImageStore", "The image could not be saved: %1.")
                           .arg(file.errorString());
        result.hash.clear();
    }
    return result;
}

QString mimeForImageFormat(const QByteArray &format)
{
    const QByteArray lower = format.toLower();
    if (lower == "jpg" || lower == "jpeg")
        return QStringLiteral("image/jpeg");
    if (lower.isEmpty())
        return {};
    return QStringLiteral("image/") + QString::fromLatin1(lower);
}

QString fileExtensionForMime(const QString &mime)
{
    if (mime == QStringLiteral("image/jpeg"))
        return QStringLiteral("jpg");
    if (mime.startsWith(QStringLiteral("image/")))
        return mime.mid(6);
    return QStringLiteral("bin");
}

ImageStore::ImageStore(Database *database, QString imagesDir, QString thumbnailsDir, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_imagesDir(std::move(imagesDir))
    , m_thumbnailsDir(std::move(thumbnailsDir))
{}

StoredImage ImageStore::store(const QByteArray &bytes)
{
    return storeImageBytes(bytes, m_imagesDir);
}

QFuture<StoredImage> ImageStore::storeInBackground(const QByteArray &bytes)
{
    return QtConcurrent::run(storeImageBytes, bytes, m_imagesDir);
}

StoredImage ImageStore::storeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        StoredImage refused;
        refused.error = QCoreApplication::translate("ImageStore", "%1 could not be opened: %2.")
                            .arg(path, file.errorString());
        return refused;
    }
    return store(file.readAll());
}

QString ImageStore::pathFor(const QString &hash) const
{
    return m_imagesDir + QLatin1Char('/') + hash;
}

bool ImageStore::contains(const QString &hash) const
{
    return isContentHash(hash) && QFileInfo::exists(pathFor(hash));
}

QByteArray ImageStore::bytes(const QString &hash) const
{
    QFile file(pathFor(hash));
    if (!isContentHash(hash) || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString ImageStore::thumbnailPath(const QString &hash, int size) const
{
    return m_thumbnailsDir + QStringLiteral("/%1-%2.png").arg(hash).arg(size);
}

QString ImageStore::cachedThumbnail(const QString &hash, int size) const
{
    const QString path = thumbnailPath(hash, size);
    return QFileInfo::exists(path) ? path : QString();
}

void ImageStore::requestThumbnail(const QString &hash, int size)
{
    if (!contains(hash)) {
        QMetaObject::invokeMethod(
            this,
            [this, hash, size] {
                emit thumbnailFailed(hash, size, QCoreApplication::translate("ImageStore", "no such image"));
            },
            Qt::QueuedConnection);
        return;
    }
    const QString cached = cachedThumbnail(hash, size);
    if (!cached.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, hash, size, cached] { emit thumbnailReady(hash, size, cached); },
            Qt::QueuedConnection);
        return;
    }
    const QString key = hash + QLatin1Char('-') + QString::number(size);
    if (m_pendingThumbnails.contains(key))
        return;
    m_pendingThumbnails.insert(key);
    auto *watcher = new QFutureWatcher<ThumbnailJob>(this);
    connect(watcher, &QFutureWatcher<ThumbnailJob>::finished, this, [this, watcher, hash, size, key] {
        const ThumbnailJob job = watcher->result();
        m_pendingThumbnails.remove(key);
        watcher->deleteLater();
        if (job.error.isEmpty())
            emit thumbnailReady(hash, size, job.path);
        else
            emit thumbnailFailed(hash, size, job.error);
    });
    watcher->setFuture(QtConcurrent::run(makeThumbnail, pathFor(hash), thumbnailPath(hash, size), size));
}

int ImageStore::removeUnreferenced(const QStringList &hashes)
{
    int removed = 0;
    for (const QString &hash : hashes) {
        const QVariant used = sql::scalar(
            m_database->connection(),
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM message_images WHERE hash = ?)"), {hash});
        if (!used.isValid() || used.toBool() || !isContentHash(hash))
            continue;
        if (QFile::remove(pathFor(hash)))
            ++removed;
        const QStringList thumbnails =
            QDir(m_thumbnailsDir).entryList({hash + QStringLiteral("-*.png")}, QDir::Files);
        for (const QString &name : thumbnails)
            QFile::remove(m_thumbnailsDir + QLatin1Char('/') + name);
    }
    return removed;
}

} // namespace confab
