#include "fal/FalInputUploader.h"

#include "fal/FalClient.h"
#include "fal/FalErrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace confab {

FalInputUploader::FalInputUploader(FalClient *client, QList<InputImage> images, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_images(std::move(images))
{}

void FalInputUploader::start()
{
    next();
}

void FalInputUploader::abort()
{
    if (m_call)
        m_call->abort();
    m_images.clear();
}

void FalInputUploader::next()
{
    if (m_urls.size() < m_images.size()) {
        initiate(m_images.at(m_urls.size()));
        return;
    }
    emit done(m_urls);
}

void FalInputUploader::initiate(const InputImage &image)
{
    const QByteArray extension = image.mime.mid(image.mime.indexOf('/') + 1);
    const QString fileName =
        QStringLiteral("input-%1.%2").arg(m_urls.size() + 1).arg(QString::fromLatin1(extension));
    const FalRetryRule rule{m_client->tuning().submitRetries, false};
    m_call = m_client->newCall(m_client->uploadInitiateRequest(), "POST",
                               FalClient::uploadInitiateBody(image.mime, fileName), rule, 0, this);
    connect(m_call, &FalHttpCall::done, this, [this, image](const FalHttpResponse &response) {
        m_call->deleteLater();
        if (!response.ok()) {
            emit failed(FalErrors::fromResponse(response, FalErrors::Phase::Upload));
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
        const QUrl uploadUrl(answer.value(QLatin1String("upload_url")).toString());
        const QString fileUrl = answer.value(QLatin1String("file_url")).toString();
        if (!uploadUrl.isValid() || uploadUrl.isEmpty() || fileUrl.isEmpty()) {
            emit failed(FalErrors::make(
                FalError::Kind::Server,
                QCoreApplication::translate("FalInputUploader",
                                            "fal.ai storage did not say where to upload the image."),
                response.status));
            return;
        }
        put(image, uploadUrl, fileUrl);
    });
    m_call->start();
}

void FalInputUploader::put(const InputImage &image, const QUrl &uploadUrl, const QString &fileUrl)
{
    QNetworkRequest request = m_client->plainRequest(uploadUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, image.mime);
    const FalRetryRule rule{m_client->tuning().submitRetries, false};
    m_call = m_client->newCall(request, "PUT", image.bytes, rule, 0, this);
    connect(m_call, &FalHttpCall::done, this, [this, fileUrl](const FalHttpResponse &response) {
        m_call->deleteLater();
        if (!response.ok()) {
            emit failed(FalErrors::fromResponse(response, FalErrors::Phase::Upload));
            return;
        }
        m_urls.append(fileUrl);
        next();
    });
    m_call->start();
}

} // namespace confab
