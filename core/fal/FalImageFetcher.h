#pragma once

#include "fal/FalImageDecoder.h"
#include "fal/FalTypes.h"

#include <QObject>
#include <QPointer>

namespace confab {

class FalClient;
class FalHttpCall;

struct FalOutputImage
{
    QString url; // https URL or data URI
    bool blocked = false;
};

// Brings every output image home: downloads URLs (without the key, under the size cap), decodes data URIs,
// and checks each with QImageReader on a worker thread. Order is kept; blocked images are never fetched.
class FalImageFetcher : public QObject
{
    Q_OBJECT
public:
    FalImageFetcher(FalClient *client, QList<FalOutputImage> outputs, QObject *parent);

    void start();
    void abort();

signals:
    void done(const QList<confab::FalImage> &images);
    void failed(const confab::FalError &error);

private:
    void download(int index);
    void decode(int index, const QByteArray &payload, bool isDataUri);
    void store(int index, const FalDecodedImage &decoded);

    FalClient *m_client;
    QList<FalOutputImage> m_outputs;
    QList<FalImage> m_images;
    QList<QPointer<FalHttpCall>> m_calls;
    int m_pending = 0;
    bool m_over = false;
};

} // namespace confab
