#include "fal/FalImageFetcher.h"

#include "fal/FalClient.h"
#include "fal/FalErrors.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace confab {

FalImageFetcher::FalImageFetcher(FalClient *client, QList<FalOutputImage> outputs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_outputs(std::move(outputs))
    , m_images(m_outputs.size())
{}

void FalImageFetcher::start()
{
    m_pending = int(m_outputs.size());
    if (m_pending == 0) {
        m_over = true;
        emit done(m_images);
        return;
    }
    for (int i = 0; i < m_outputs.size() && !m_over; ++i) {
        const FalOutputImage &output = m_outputs.at(i);
        if (output.blocked) {
            m_images[i].blocked = true;
            store(i, {m_images[i], {}});
        } else if (output.url.startsWith(QLatin1String("data:"))) {
            decode(i, output.url.toLatin1(), true);
        } else {
            download(i);
        }
    }
}

void FalImageFetcher::abort()
{
    m_over = true;
    for (const QPointer<FalHttpCall> &call : std::as_const(m_calls)) {
        if (call)
            call->abort();
    }
}

void FalImageFetcher::download(int index)
{
    const QUrl url(m_outputs.at(index).url);
    if (!url.isValid() || url.scheme().isEmpty()) {
        m_over = true;
        emit failed(FalErrors::make(
            FalError::Kind::Server,
            QCoreApplication::translate("FalImageFetcher", "fal.ai sent an unusable image link.")));
        return;
    }
    const FalRetryRule rule{m_client->tuning().resultRetries, false, true};
    FalHttpCall *call = m_client->newCall(m_client->plainRequest(url), "GET", {}, rule,
                                          m_client->tuning().maxImageBytes, this);
    m_calls.append(call);
    connect(call, &FalHttpCall::done, this, [this, call, index](const FalHttpResponse &response) {
        call->deleteLater();
        if (m_over)
            return;
        if (response.tooLarge) {
            store(index,
                  FalDecodedImage{{},
                                  QCoreApplication::translate(
                                      "FalImageFetcher", "fal.ai sent an image larger than the %1 MB limit.")
                                      .arg(m_client->tuning().maxImageBytes / (1024 * 1024))});
            return;
        }
        if (!response.ok()) {
            m_over = true;
            emit failed(FalErrors::fromResponse(response, FalErrors::Phase::Download));
            return;
        }
        decode(index, response.body, false);
    });
    call->start();
}

void FalImageFetcher::decode(int index, const QByteArray &payload, bool isDataUri)
{
    const qint64 maxBytes = m_client->tuning().maxImageBytes;
    auto *watcher = new QFutureWatcher<FalDecodedImage>(this);
    connect(watcher, &QFutureWatcher<FalDecodedImage>::finished, this, [this, watcher, index] {
        watcher->deleteLater();
        store(index, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([payload, isDataUri, maxBytes] {
        return isDataUri ? FalImageDecoder::fromDataUri(payload, maxBytes)
                         : FalImageDecoder::fromBytes(payload, maxBytes);
    }));
}

void FalImageFetcher::store(int index, const FalDecodedImage &decoded)
{
    if (m_over)
        return;
    if (!decoded.error.isEmpty()) {
        m_over = true;
        emit failed(FalErrors::make(FalError::Kind::Server, decoded.error));
        return;
    }
    m_images[index] = decoded.image;
    if (--m_pending == 0) {
        m_over = true;
        emit done(m_images);
    }
}

} // namespace confab
