// Jobs that replay recorded fal bodies (tests/fixtures/provider/fal/FOLDER/) instead of running a model.
#include "FalImageFactory.h"
#include "FalServer.h"
#include "http/RecordedResponse.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace confab::testserver {

namespace {

// The recorded file for one step of the folder, with or without a "NNN-" status prefix.
std::optional<RecordedResponse> recorded(const QString &folder, const QString &step)
{
    const QDir dir(RecordedResponse::fixturesDir() + QStringLiteral("/fal/") + folder);
    const QStringList matches = dir.entryList(
        {step + QStringLiteral(".json"), QStringLiteral("[0-9][0-9][0-9]-") + step + QStringLiteral(".json")},
        QDir::Files);
    if (matches.size() != 1)
        return std::nullopt;
    return RecordedResponse::load(QStringLiteral("fal/") + folder + QLatin1Char('/') + matches.first());
}

QByteArray missing(const QString &what)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("detail"), QString(QStringLiteral("No fixture for ") + what)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

// fal's own hosts in a recording become this server, so the client follows them here; nothing else changes.
QByteArray FalServer::pointedHere(QByteArray body) const
{
    const QByteArray here = baseUrl().toString().toUtf8();
    for (const char *host : {"https://queue.fal.run", "https://v3.fal.media", "https://fal.media"})
        body.replace(host, here);
    return body;
}

void FalServer::replaySubmit(const QString &model, const QJsonObject &input, const Scenario &scenario,
                             HttpExchange *exchange)
{
    const std::optional<RecordedResponse> answer = recorded(scenario.replay, QStringLiteral("submit"));
    if (!answer) {
        exchange->respondJson(500, missing(scenario.replay + QStringLiteral("/submit")));
        return;
    }
    const QByteArray body = pointedHere(answer->body);
    const QString id = QJsonDocument::fromJson(body).object().value(QStringLiteral("request_id")).toString();
    if (answer->status == 200 && !id.isEmpty()) {
        Job job;
        job.id = id;
        job.model = model;
        job.ownerApp = model.section(QLatin1Char('/'), 0, 1);
        job.input = input;
        job.scenario = scenario;
        m_jobs.insert(id, job);
    }
    exchange->respond(answer->status, answer->contentType, body, {{"x-fal-request-id", id.toLatin1()}});
}

void FalServer::replayStatus(Job &job, HttpExchange *exchange)
{
    // status-1, status-2, … in order; the last one answers every later read.
    std::optional<RecordedResponse> answer;
    for (int read = job.replayStatusReads + 1; read >= 1 && !answer; --read)
        answer = recorded(job.scenario.replay, QStringLiteral("status-%1").arg(read));
    if (!answer) {
        exchange->respondJson(500, missing(job.scenario.replay + QStringLiteral("/status-N")));
        return;
    }
    ++job.replayStatusReads;
    exchange->respond(answer->status, answer->contentType, pointedHere(answer->body));
}

void FalServer::replayResult(Job &job, HttpExchange *exchange)
{
    const std::optional<RecordedResponse> answer = recorded(job.scenario.replay, QStringLiteral("result"));
    if (!answer) {
        exchange->respondJson(500, missing(job.scenario.replay + QStringLiteral("/result")));
        return;
    }
    const QByteArray body = pointedHere(answer->body);
    // Each image the recording names is served here, with the size and type it states.
    const QJsonArray images =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("images")).toArray();
    for (const QJsonValue &value : images) {
        const QJsonObject image = value.toObject();
        const QUrl url(image.value(QStringLiteral("url")).toString());
        const QString type =
            image.value(QStringLiteral("content_type")).toString(QStringLiteral("image/png"));
        const QSize size(image.value(QStringLiteral("width")).toInt(64),
                         image.value(QStringLiteral("height")).toInt(64));
        const EncodedImage encoded = FalImageFactory::encode(
            FalImageFactory::generate(job.input.value(QStringLiteral("prompt")).toString(), 0, size),
            type.mid(6));
        m_files.insert(url.path(), {encoded.bytes, encoded.mime});
    }
    exchange->respond(answer->status, answer->contentType, body, {{"x-fal-request-id", job.id.toLatin1()}});
}

} // namespace confab::testserver
