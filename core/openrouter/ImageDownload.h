#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace confab {

// A picture a model made that arrived as a link instead of inline (an http(s) URL in delta.images rather than
// a data URI). Fetched through the app's QNetworkAccessManager, so the user's proxy applies, without
// OpenRouter's key, and under a size cap; only https, or plain http from this machine (a local server).
// Exactly one of done() or failed() is emitted. Messages name the host, never the whole link: a signed
// link's query is a credential.
class ImageDownload : public QObject
{
    Q_OBJECT
public:
    ImageDownload(QNetworkAccessManager *network, QUrl url, qint64 maxBytes, QObject *parent);
    ~ImageDownload() override;

    // A link longer than this is not a picture's address (a hostile answer could send megabytes of one).
    static constexpr qsizetype MaxUrlChars = 8192;

    // Why a link is not fetched at all; empty when it may be.
    static QString refusal(const QUrl &url);

    void start();
    void abort();

signals:
    void done(const QByteArray &bytes, const QString &mime);
    void failed(const QString &reason);

private:
    void onFinished();
    void stop(const QString &reason);

    QNetworkAccessManager *m_network;
    QUrl m_url;
    qint64 m_maxBytes;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_bytes;
    bool m_over = false;
};

} // namespace confab
