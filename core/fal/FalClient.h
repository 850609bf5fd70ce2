#pragma once

#include "fal/FalHttpCall.h"
#include "fal/FalTuning.h"
#include "fal/FalTypes.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace confab {

class FalJob;

// fal.ai's queue API: submit, follow, fetch, download. One client serves many jobs; each job reports through
// its own signals. The key lives only in memory and only ever travels in the Authorization header to the
// queue and storage hosts (never to the CDN hosts that serve images or take uploads).
class FalClient : public QObject
{
    Q_OBJECT
public:
    // Base URLs default to https://queue.fal.run and https://rest.fal.ai, or CONFAB_FAL_QUEUE_URL and
    // CONFAB_FAL_STORAGE_URL when set.
    explicit FalClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setApiKey(const QString &key) { m_apiKey = key; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setQueueBaseUrl(const QUrl &url) { m_queueBaseUrl = url; }
    QUrl queueBaseUrl() const { return m_queueBaseUrl; }
    void setStorageBaseUrl(const QUrl &url) { m_storageBaseUrl = url; }
    QUrl storageBaseUrl() const { return m_storageBaseUrl; }
    // fal's Platform API (https://api.fal.ai), where the prices fal charges this account are read.
    void setPlatformBaseUrl(const QUrl &url) { m_platformBaseUrl = url; }
    QUrl platformBaseUrl() const { return m_platformBaseUrl; }
    void setTuning(const FalTuning &tuning) { m_tuning = tuning; }
    const FalTuning &tuning() const { return m_tuning; }

    // Always returns a job; invalid options make it fail (asynchronously) before any request is sent.
    // The job belongs to the client and deletes itself after its final signal.
    FalJob *generate(const FluxUltraOptions &options);
    FalJob *edit(const ImageEditOptions &options);

    // The one place the key is attached: requests to fal's queue and storage APIs.
    QNetworkRequest apiRequest(const QUrl &url) const;
    // Requests to hosts that must not see the key (CDN downloads, signed upload URLs).
    QNetworkRequest plainRequest(const QUrl &url) const;
    // A job's submit: fal is asked not to keep the request's input and output (X-Fal-Store-IO: 0) and to
    // delete the generated files after tuning().fileLifetimeSeconds.
    QNetworkRequest submitRequest(const QString &model) const;
    // Starting an upload to fal's CDN (POST /storage/upload/initiate?storage_type=fal-cdn-v3); the file is
    // deleted after tuning().fileLifetimeSeconds.
    QNetworkRequest uploadInitiateRequest() const;
    static QByteArray uploadInitiateBody(const QByteArray &mime, const QString &fileName);
    FalHttpCall *newCall(const QNetworkRequest &request, const QByteArray &method, const QByteArray &body,
                         FalRetryRule rule, qint64 maxBytes, QObject *owner) const;
    QUrl queueUrl(const QString &model) const;
    QUrl storageUrl(const QString &path) const;
    // GET /v1/models/pricing?endpoint_id=A,B on the Platform API.
    QUrl pricingUrl(const QStringList &models) const;
    QUrl pricingUrl(const QString &model) const { return pricingUrl(QStringList{model}); }

private:
    // A job for the model that fails on its own when the options are invalid or there is no key.
    FalJob *newJob(const QString &model, const QString &problem, const std::function<void(FalJob *)> &start);
    // {"expiration_duration_seconds":N}, as X-Fal-Object-Lifecycle(-Preference) carries it.
    QByteArray lifecyclePreference() const;

    QNetworkAccessManager *m_network;
    QString m_apiKey;
    QUrl m_queueBaseUrl;
    QUrl m_storageBaseUrl;
    QUrl m_platformBaseUrl;
    FalTuning m_tuning;
};

} // namespace confab
