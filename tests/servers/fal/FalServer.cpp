#include "FalServer.h"

#include <QJsonDocument>
#include <QUuid>

namespace confab::testserver {

FalServer::FalServer(QObject *parent)
    : QObject(parent)
{
    m_http.setHandler(
        [this](const HttpRequest &request, HttpExchange *exchange) { handle(request, exchange); });
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

void FalServer::initiateUpload(const HttpRequest &request, HttpExchange *exchange)
{
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
