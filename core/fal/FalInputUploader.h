#pragma once

#include "fal/FalTypes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace confab {

class FalClient;
class FalHttpCall;

// Turns input images into what the model accepts: small ones inline as data URIs, large ones uploaded to fal
// storage (initiate → PUT to the signed URL → the file URL), one after another.
class FalInputUploader : public QObject
{
    Q_OBJECT
public:
    FalInputUploader(FalClient *client, QList<InputImage> images, QObject *parent);

    void start();
    void abort();

signals:
    void done(const QStringList &imageUrls);
    void failed(const confab::FalError &error);

private:
    void next();
    void initiate(const InputImage &image);
    void put(const InputImage &image, const QUrl &uploadUrl, const QString &fileUrl);

    FalClient *m_client;
    QList<InputImage> m_images;
    QStringList m_urls;
    QPointer<FalHttpCall> m_call;
};

} // namespace confab
