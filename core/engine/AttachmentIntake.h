#pragma once

#include "documents/DocumentPreparation.h"
#include "domain/Message.h"
#include "limits/ImagePreparation.h"
#include "store/ImageStore.h"

#include <QFuture>
#include <QImage>
#include <QObject>
#include <QStringList>

namespace confab {

class Settings;

class DocumentStore;

// One file or pasted picture the user wants to attach, after checking: either stored (hash and size) or
// refused with the reason. A document (PDF, text or source file) is stored in the document store and
// described by `document`; a picture by the image fields.
struct Attachment : StoredImage
{
    QString source; // the file name, or "pasted image"
    AttachedDocument document;

    bool isDocument() const { return !document.hash.isEmpty(); }
};

// Checks and stores what the user drops, pastes or picks: images are read and, when larger than the upload
// limit, downscaled on a worker thread; documents are read and checked against their limits there too;
// anything else is refused with the reason.
// Results arrive through attached(), one per input, in the order given.
class AttachmentIntake : public QObject
{
    Q_OBJECT
public:
    AttachmentIntake(ImageStore *images, DocumentStore *documents, Settings *settings,
                     QObject *parent = nullptr);

    void addFiles(const QStringList &paths);
    void addImage(const QImage &image);

signals:
    void attached(const confab::Attachment &attachment);

private:
    struct PreparedAttachment
    {
        QString source;
        PreparedImage image;
        PreparedDocument document; // used instead of image when isDocument
        bool isDocument = false;
    };

    void deliver(QFuture<QList<PreparedAttachment>> future);
    Attachment store(const PreparedAttachment &prepared);

    ImageStore *m_images;
    DocumentStore *m_documents;
    Settings *m_settings;
};

} // namespace confab

Q_DECLARE_METATYPE(confab::Attachment)
