#include "ImageDownload.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace confab {

namespace {
// Reset by every byte; a picture host that stops sending is given up on.
constexpr int TransferTimeoutMs = 60'000;

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

ImageDownload::ImageDownload(QNetworkAccessManager *network, QUrl url, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(std::move(url))
    , m_maxBytes(maxBytes)
{}

ImageDownload::~ImageDownload()
{
    m_over = true;
    if (m_reply)
        m_reply->abort();
}

QString ImageDownload::refusal(const QUrl &url)
{
    const bool allowed = url.isValid() && !url.host().isEmpty() && url.toEncoded().size() <= MaxUrlChars &&
                         (url.scheme() == QLatin1String("https") ||
                          (url.scheme() == QLatin1String("http") && isLoopback(url.host())));
    if (allowed)
        return {};
    return QCoreApplication::translate("ImageDownload",
                                       "the model linked it at an address Confab does not fetch from (only "
                                       "https, or http on this computer)");
}

void ImageDownload::start()
{
    QNetworkRequest request(m_url);
    request.setTransferTimeout(TransferTimeoutMs);
    // Each redirect must meet the same rule as the link itself (no step down to plain http elsewhere).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        if (const QString why = refusal(target); !why.isEmpty())
            stop(why);
        else
            emit reply->redirectAllowed();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > m_maxBytes)
            stop(QCoreApplication::translate("ImageDownload", "it is larger than %1 MB")
                     .arg(m_maxBytes / (1024 * 1024)));
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        m_bytes += reply->readAll();
        if (m_bytes.size() > m_maxBytes)
            stop(QCoreApplication::translate("ImageDownload", "it is larger than %1 MB")
                     .arg(m_maxBytes / (1024 * 1024)));
    });
    connect(reply, &QNetworkReply::finished, this, &ImageDownload::onFinished);
}

void ImageDownload::abort()
{
    m_over = true;
    if (m_reply)
        m_reply->abort();
}

void ImageDownload::stop(const QString &reason)
{
    if (m_over)
        return;
    m_over = true;
    if (m_reply)
        m_reply->abort();
    emit failed(reason);
}

void ImageDownload::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_over)
        return;
    m_bytes += reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status < 200 || status > 299) {
        stop(
            status > 0
                ? QCoreApplication::translate("ImageDownload", "%1 answered %2").arg(m_url.host()).arg(status)
                : QCoreApplication::translate("ImageDownload", "%1 could not be reached").arg(m_url.host()));
        return;
    }
    if (m_bytes.size() > m_maxBytes) {
        stop(QCoreApplication::translate("ImageDownload", "it is larger than %1 MB")
                 .arg(m_maxBytes / (1024 * 1024)));
        return;
    }
    const QString mime = QMimeDatabase().mimeTypeForData(m_bytes).name();
    if (!mime.startsWith(QLatin1String("image/"))) {
        stop(QCoreApplication::translate("ImageDownload", "what %1 sent is not a picture").arg(m_url.host()));
        return;
    }
    m_over = true;
    emit done(m_bytes, mime);
}

} // namespace confab
