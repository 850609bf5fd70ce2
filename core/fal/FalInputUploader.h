#pragma once

#include "fal/FalTypes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace confab {

class FalClient;
class FalHttpCall;

// Turns input images into URLs the model reads: each is uploaded to fal storage (initiate → PUT to the signed
// URL → the file URL), one after another. Never inline as data URIs: fal recommends hosted files, and not
// every model accepts data URIs (neither model Confab uses documents that it does).
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
