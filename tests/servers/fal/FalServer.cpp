#include "FalServer.h"

#include <QJsonDocument>
#include <QUuid>

namespace confab::testserver {

FalServer::FalServer(QObject *parent)
    : QObject(parent)
{
    m_http.setHandler(
        [this](const HttpRequest &request, HttpExchange *exchange) { handle(request, exchange); });
    // fal's published prices (fal.md B.4, B.5; each model's fal.ai/models/<id>/llms.txt).
    setPrice(QStringLiteral("fal-ai/flux-pro/v1.1-ultra"), 0.06);
    setPrice(QStringLiteral("fal-ai/gemini-25-flash-image/edit"), 0.039);
    setPrice(QStringLiteral("fal-ai/flux-2"), 0.012);
    setPrice(QStringLiteral("fal-ai/nano-banana-2/edit"), 0.08);
    setPrice(QStringLiteral("fal-ai/nano-banana-pro/edit"), 0.15);
}

void FalServer::setPrice(const QString &model, double unitPrice, const QString &unit, const QString &currency)
{
    if (unitPrice < 0) {
        m_prices.remove(model);
        return;
    }
    m_prices.insert(model, QJsonObject{{QStringLiteral("endpoint_id"), model},
                                       {QStringLiteral("unit_price"), unitPrice},
                                       {QStringLiteral("unit"), unit},
                                       {QStringLiteral("currency"), currency}});
}

void FalServer::pricing(const HttpRequest &request, HttpExchange *exchange)
{
    // GET /v1/models/pricing?endpoint_id=a,b (fal Platform API, Models → Pricing).
    const QStringList wanted =
        request.query(QStringLiteral("endpoint_id")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (wanted.isEmpty() || wanted.size() > 50) {
        exchange->respondJson(422, R"({"detail":"endpoint_id must name 1 to 50 endpoints"})");
        return;
    }
    QJsonArray prices;
    for (const QString &model : wanted) {
        if (m_prices.contains(model))
            prices.append(m_prices.value(model));
    }
    exchange->respondJson(200, QJsonDocument(QJsonObject{{QStringLiteral("prices"), prices},
                                                         {QStringLiteral("next_cursor"), QJsonValue::Null},
                                                         {QStringLiteral("has_more"), false}})
                                   .toJson(QJsonDocument::Compact));
}

bool FalServer::listen(quint16 port)
{
    return m_http.listen(port);
}

QUrl FalServer::syncBaseUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/sync"));
    return url;
}

QList<HttpRequest> FalServer::requestsTo(const QByteArray &method, const QString &pathPrefix) const
{
    QList<HttpRequest> matching;
    for (const HttpRequest &request : m_http.requests()) {
        if (request.method == method && request.path().startsWith(pathPrefix))
            matching.append(request);
    }
    return matching;
}

void FalServer::handle(const HttpRequest &request, HttpExchange *exchange)
{
    const QString path = request.path();
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (request.method == "GET" && path.startsWith(QLatin1String("/files/"))) {
        serveFile(request, exchange);
        return;
    }
    if (request.method == "PUT" && segments.value(0) == QLatin1String("upload") && segments.size() == 2) {
        // The signed upload URL: no key, just bytes (fal.md B.6).
        const QString filePath = QStringLiteral("/files/uploads/") + segments.at(1);
        if (!m_files.contains(filePath)) {
            exchange->respondJson(404, R"({"detail":"Unknown upload"})");
            return;
        }
        m_files.insert(filePath, {request.body, request.header("content-type")});
        exchange->respond(200, {}, {});
        return;
    }
    if (!authorized(request, exchange))
        return;
    if (request.method == "POST" && path == QLatin1String("/storage/upload/initiate")) {
        initiateUpload(request, exchange);
    } else if (request.method == "GET" && path == QLatin1String("/v1/models/pricing")) {
        pricing(request, exchange);
    } else if (request.method == "POST" && segments.value(0) == QLatin1String("sync") &&
               segments.size() >= 3) {
        runSync(segments.mid(1).join(QLatin1Char('/')), request, exchange);
    } else if (request.method == "POST" && segments.size() >= 2 &&
               !segments.contains(QLatin1String("requests"))) {
        submit(segments.join(QLatin1Char('/')), request, exchange);
    } else if (segments.size() >= 4 && segments.at(2) == QLatin1String("requests")) {
        routeRequest(segments, request, exchange);
    } else {
        exchange->respondJson(404, R"({"detail":"Not Found"})");
    }
}

bool FalServer::authorized(const HttpRequest &request, HttpExchange *exchange) const
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Key ") || header.size() <= 4) {
        exchange->respondJson(
            401, R"({"detail":"Missing or malformed Authorization header. Use 'Key <FAL_KEY>'."})");
        return false;
    }
    if (!m_expectedKey.isEmpty() && header.mid(4) != m_expectedKey) {
        exchange->respondJson(401, R"({"detail":"Authentication failed: invalid key"})");
        return false;
    }
    return true;
}

void FalServer::lockedAnswer(HttpExchange *exchange) const
{
    exchange->respondJson(
        403,
        QJsonDocument(QJsonObject{{QStringLiteral("detail"), m_lockReason}}).toJson(QJsonDocument::Compact));
}

std::optional<qint64> FalServer::lifecycleOf(const HttpRequest &request, HttpExchange *exchange) const
{
    QByteArray header = request.header("x-fal-object-lifecycle-preference");
    if (header.isEmpty())
        header = request.header("x-fal-object-lifecycle");
    if (header.isEmpty())
        return -1;
    const QJsonObject lifecycle = QJsonDocument::fromJson(header).object();
    const QJsonValue seconds = lifecycle.value(QLatin1String("expiration_duration_seconds"));
    if (seconds.isNull())
        return -1;
    if (!seconds.isDouble() || seconds.toDouble() <= 0) {
        exchange->respondJson(400, R"({"detail":"Invalid object lifecycle preference"})");
        return std::nullopt;
    }
    return qint64(seconds.toDouble());
}

void FalServer::initiateUpload(const HttpRequest &request, HttpExchange *exchange)
{
    if (!m_lockReason.isEmpty()) {
        lockedAnswer(exchange);
        return;
    }
    const std::optional<qint64> lifetime = lifecycleOf(request, exchange);
    if (!lifetime)
        return;
    if (request.query(QStringLiteral("storage_type")) != QLatin1String("fal-cdn-v3")) {
        exchange->respondJson(400, R"({"detail":"Unsupported storage_type"})");
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString contentType = body.value(QLatin1String("content_type")).toString();
    QString fileName = body.value(QLatin1String("file_name")).toString();
    if (contentType.isEmpty()) {
        exchange->respondJson(
            422,
            FalModelRunner::detailBody({QJsonObject{
                {QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), QStringLiteral("content_type")}},
                {QStringLiteral("msg"), QStringLiteral("Field required")},
                {QStringLiteral("type"), QStringLiteral("missing")}}}));
        return;
    }
    if (fileName.isEmpty())
        fileName = QStringLiteral("upload");
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('-') + fileName;
    m_files.insert(QStringLiteral("/files/uploads/") + token, {{}, contentType.toUtf8()});
    m_uploadLifetimes.insert(QStringLiteral("/files/uploads/") + token, *lifetime);
    QUrl uploadUrl = baseUrl();
    uploadUrl.setPath(QStringLiteral("/upload/") + token);
    uploadUrl.setQuery(QStringLiteral("X-Goog-Signature=stand-in"));
    QUrl fileUrl = baseUrl();
    fileUrl.setPath(QStringLiteral("/files/uploads/") + token);
    const QJsonObject answer{{QStringLiteral("upload_url"), uploadUrl.toString()},
                             {QStringLiteral("file_url"), fileUrl.toString()}};
    exchange->respondJson(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

void FalServer::serveFile(const HttpRequest &request, HttpExchange *exchange)
{
    const auto file = m_files.constFind(request.path());
    if (file == m_files.constEnd() || file->bytes.isEmpty()) {
        exchange->respond(404, "text/plain", "Not Found");
        return;
    }
    exchange->respond(200, file->mime, file->bytes);
}

void FalServer::runSync(const QString &model, const HttpRequest &request, HttpExchange *exchange)
{
    if (!FalModelRunner::isKnownModel(model)) {
        exchange->respondJson(404, R"({"detail":"Application not found"})");
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        exchange->respondJson(400,
                              R"({"detail":"Request body is not valid JSON","error_type":"bad_request"})");
        return;
    }
    const FalModelOutput output =
        runner().run(model, document.object(), Scenario(), QStringLiteral("sync-%1").arg(m_nextId++));
    exchange->respond(output.status, "application/json", output.body, output.headers);
}

} // namespace confab::testserver
