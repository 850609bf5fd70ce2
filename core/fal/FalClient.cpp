#include "fal/FalClient.h"

#include "fal/FalErrors.h"
#include "fal/FalJob.h"
#include "fal/FalRequestBuilder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace confab {

namespace {

QUrl joined(QUrl base, const QString &path)
{
    QString basePath = base.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    base.setPath(basePath + QLatin1Char('/') + path);
    return base;
}

FalError missingKey()
{
    return FalErrors::make(
        FalError::Kind::Auth,
        QCoreApplication::translate("FalClient", "No fal.ai key is set. Add one in Settings."));
}

} // namespace

FalClient::FalClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_queueBaseUrl(QStringLiteral("https://queue.fal.run"))
    , m_storageBaseUrl(QStringLiteral("https://rest.fal.ai"))
    , m_platformBaseUrl(QStringLiteral("https://api.fal.ai"))
{
    qRegisterMetaType<FalResult>();
    qRegisterMetaType<FalError>();
}

FalJob *FalClient::newJob(const QString &model, const QString &problem,
                          const std::function<void(FalJob *)> &start)
{
    auto *job = new FalJob(this, model);
    if (!problem.isEmpty())
        job->failSoon(FalErrors::make(FalError::Kind::Validation, problem));
    else if (!hasApiKey())
        job->failSoon(missingKey());
    else
        start(job);
    return job;
}

FalJob *FalClient::generate(const FluxUltraOptions &options)
{
    return newJob(options.model, FalRequestBuilder::validate(options), [&options](FalJob *job) {
        job->startGenerate(FalRequestBuilder::fluxUltraInput(options));
    });
}

FalJob *FalClient::edit(const ImageEditOptions &options)
{
    return newJob(options.model, FalRequestBuilder::validate(options),
                  [&options](FalJob *job) { job->startEdit(options); });
}

QNetworkRequest FalClient::apiRequest(const QUrl &url) const
{
    QNetworkRequest request = plainRequest(url);
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Key " + m_apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    // The key must not follow a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

QByteArray FalClient::lifecyclePreference() const
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("expiration_duration_seconds"), m_tuning.fileLifetimeSeconds}})
        .toJson(QJsonDocument::Compact);
}

QNetworkRequest FalClient::submitRequest(const QString &model) const
{
    QNetworkRequest request = apiRequest(queueUrl(model));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // fal keeps a request's JSON input and output for 30 days unless told not to (Data Retention docs).
    request.setRawHeader("X-Fal-Store-IO", "0");
    request.setRawHeader("X-Fal-Object-Lifecycle-Preference", lifecyclePreference());
    return request;
}

QNetworkRequest FalClient::uploadInitiateRequest() const
{
    QUrl url = storageUrl(QStringLiteral("storage/upload/initiate"));
    url.setQuery(QUrlQuery{{QStringLiteral("storage_type"), QStringLiteral("fal-cdn-v3")}});
    QNetworkRequest request = apiRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // Uploaded inputs are public URLs kept forever by default. fal-js sends X-Fal-Object-Lifecycle on this
    // call; fal-client (Python) sends it and X-Fal-Object-Lifecycle-Preference, which the docs name.
    const QByteArray lifecycle = lifecyclePreference();
    request.setRawHeader("X-Fal-Object-Lifecycle", lifecycle);
    request.setRawHeader("X-Fal-Object-Lifecycle-Preference", lifecycle);
    return request;
}

QByteArray FalClient::uploadInitiateBody(const QByteArray &mime, const QString &fileName)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("content_type"), QString::fromLatin1(mime)},
                                     {QStringLiteral("file_name"), fileName}})
        .toJson(QJsonDocument::Compact);
}

QNetworkRequest FalClient::plainRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_tuning.requestTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}

FalHttpCall *FalClient::newCall(const QNetworkRequest &request, const QByteArray &method,
                                const QByteArray &body, FalRetryRule rule, qint64 maxBytes,
                                QObject *owner) const
{
    const BackoffPolicy policy{m_tuning.retryBaseMs, m_tuning.retryMaxMs, rule.maxRetries};
    return new FalHttpCall(m_network, request, method, body, rule, policy, m_tuning.retryRandom, maxBytes,
                           owner);
}

QUrl FalClient::queueUrl(const QString &model) const
{
    return joined(m_queueBaseUrl, model);
}

QUrl FalClient::storageUrl(const QString &path) const
{
    return joined(m_storageBaseUrl, path);
}

QUrl FalClient::pricingUrl(const QStringList &models) const
{
    QUrl url = joined(m_platformBaseUrl, QStringLiteral("v1/models/pricing"));
    url.setQuery(QUrlQuery{{QStringLiteral("endpoint_id"), models.join(QLatin1Char(','))}});
    return url;
}

} // namespace confab
