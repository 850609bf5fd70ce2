#include "AttachmentIntake.h"

#include "limits/ImagePreparation.h"
#include "settings/Settings.h"
#include "store/DocumentStore.h"
#include "store/ImageStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace confab {

AttachmentIntake::AttachmentIntake(ImageStore *images, DocumentStore *documents, Settings *settings,
                                   QObject *parent)
    : QObject(parent)
    , m_images(images)
    , m_documents(documents)
    , m_settings(settings)
{}

void AttachmentIntake::addFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    const qint64 maxBytes = m_settings->maxImageUploadBytes();
    deliver(QtConcurrent::run([paths, maxBytes] {
        QList<PreparedAttachment> results;
        for (const QString &path : paths) {
            if (looksLikeDocument(path))
                results << PreparedAttachment{
                    QFileInfo(path).fileName(), {}, prepareDocumentFile(path), true};
            else
                results << PreparedAttachment{
                    QFileInfo(path).fileName(), prepareImageFile(path, maxBytes), {}, false};
        }
        return results;
    }));
}

void AttachmentIntake::addImage(const QImage &image)
{
    const QString name = tr("pasted image");
    const qint64 maxBytes = m_settings->maxImageUploadBytes();
    deliver(QtConcurrent::run([image, name, maxBytes] {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (image.isNull() || !image.save(&buffer, "PNG")) {
            PreparedImage unreadable;
            unreadable.error =
                QCoreApplication::translate("AttachmentIntake", "The pasted image could not be read.");
            return QList<PreparedAttachment>{{name, unreadable, {}, false}};
        }
        return QList<PreparedAttachment>{{name, prepareImageData(png, name, maxBytes), {}, false}};
    }));
}

void AttachmentIntake::deliver(QFuture<QList<PreparedAttachment>> future)
{
    // Reading, decoding and downscaling big photos takes long enough to stutter the window, so it happens on
    // a worker; storing happens here, on the thread the image store lives on.
    auto *watcher = new QFutureWatcher<QList<PreparedAttachment>>(this);
    connect(watcher, &QFutureWatcher<QList<PreparedAttachment>>::finished, this, [this, watcher] {
        for (const PreparedAttachment &prepared : watcher->result())
            emit attached(store(prepared));
        watcher->deleteLater();
    });
    watcher->setFuture(future);
}

Attachment AttachmentIntake::store(const PreparedAttachment &prepared)
{
    Attachment attachment;
    attachment.source = prepared.source;
    if (prepared.isDocument) {
        if (!prepared.document.ok) {
            attachment.error = prepared.document.error;
            return attachment;
        }
        if (const auto stored = m_documents->store(prepared.document, &attachment.error))
            attachment.document = *stored;
        return attachment;
    }
    if (!prepared.image.ok) {
        attachment.error = prepared.image.error;
        return attachment;
    }
    static_cast<StoredImage &>(attachment) = m_images->store(prepared.image.bytes);
    if (!attachment.ok())
        attachment.error = tr("%1: %2").arg(prepared.source, attachment.error);
    return attachment;
}

} // namespace confab
