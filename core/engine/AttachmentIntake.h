#pragma once

#include "limits/ImagePreparation.h"
#include "store/ImageStore.h"

#include <QFuture>
#include <QImage>
#include <QObject>
#include <QStringList>

namespace confab {

class Settings;

// One file or pasted picture the user wants to attach, after checking: either stored (hash and size) or
// refused with the reason.
struct Attachment : StoredImage
{
    QString source; // the file name, or "pasted image"
};

// Checks and stores what the user drops, pastes or picks: images are read and, when larger than the upload
// limit, downscaled on a worker thread; anything that is not a readable image is refused with the reason.
// Results arrive through attached(), one per input, in the order given.
class AttachmentIntake : public QObject
{
    Q_OBJECT
public:
    AttachmentIntake(ImageStore *images, Settings *settings, QObject *parent = nullptr);

    void addFiles(const QStringList &paths);
    void addImage(const QImage &image);

signals:
    void attached(const confab::Attachment &attachment);

private:
    struct PreparedAttachment
    {
        QString source;
        PreparedImage image;
    };

    void deliver(QFuture<QList<PreparedAttachment>> future);
    Attachment store(const PreparedAttachment &prepared);

    ImageStore *m_images;
    Settings *m_settings;
};

} // namespace confab

Q_DECLARE_METATYPE(confab::Attachment)
