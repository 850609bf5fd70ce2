#include "Scenario.h"

#include <QHash>

#include <functional>

namespace confab::testserver {

namespace {

using Tweak = std::function<void(Scenario &)>;

Tweak preStream(int status, int retryAfter = 0)
{
    return [status, retryAfter](Scenario &s) {
        s.answer = Scenario::Answer::PreStreamError;
        s.httpStatus = status;
        s.retryAfterSeconds = retryAfter;
    };
}

const QList<std::pair<QString, Tweak>> &table()
{
    using S = Scenario;
    static const QList<std::pair<QString, Tweak>> scenarios = {
        {QStringLiteral("default"), [](S &) {}},
        {QStringLiteral("long"), [](S &s) { s.answer = S::Answer::LongText; }},
        {QStringLiteral("reasoning"), [](S &s) { s.answer = S::Answer::Reasoning; }},
        {QStringLiteral("tools"), [](S &s) { s.answer = S::Answer::ToolCalls; }},
        {QStringLiteral("tools-whole"),
         [](S &s) {
             s.answer = S::Answer::ToolCalls;
             s.toolStyle = S::ToolStyle::WholeArguments;
         }},
        {QStringLiteral("tools-no-index"),
         [](S &s) {
             s.answer = S::Answer::ToolCalls;
             s.toolStyle = S::ToolStyle::MissingIndex;
             s.toolFinishAsStop = true;
         }},
        {QStringLiteral("image"), [](S &s) { s.answer = S::Answer::Image; }},
        {QStringLiteral("thinking"), [](S &s) { s.answer = S::Answer::Thinking; }},
        {QStringLiteral("image-output"),
         [](S &s) {
             s.answer = S::Answer::Image;
             s.imagesOnlyWithModalities = true;
             s.imageBytes = 40'000;
         }},
        {QStringLiteral("image-large"),
         [](S &s) {
             s.answer = S::Answer::Image;
             s.imageBytes = 5'000'000;
         }},
        {QStringLiteral("image-link"),
         [](S &s) {
             s.answer = S::Answer::Image;
             s.imageLink = S::ImageLink::Served;
             s.imageBytes = 40'000;
         }},
        {QStringLiteral("image-link-missing"),
         [](S &s) {
             s.answer = S::Answer::Image;
             s.imageLink = S::ImageLink::Missing;
         }},
        {QStringLiteral("image-link-plain-http"),
         [](S &s) {
             s.answer = S::Answer::Image;
             s.imageLink = S::ImageLink::PlainHttpElsewhere;
         }},
        {QStringLiteral("image-bomb"),
         [](S &s) {
             s.answer = S::Answer::Image;
             s.imageBomb = true;
         }},
        {QStringLiteral("crlf"), [](S &s) { s.lineEnding = S::LineEnding::CrLf; }},
        {QStringLiteral("cr"), [](S &s) { s.lineEnding = S::LineEnding::Cr; }},
        {QStringLiteral("no-space"), [](S &s) { s.dataWithoutSpace = true; }},
        {QStringLiteral("keepalive"),
         [](S &s) {
             s.leadingComments = 2;
             s.commentsBetweenEvents = true;
         }},
        {QStringLiteral("split-tricky"),
         [](S &s) {
             s.split = S::Split::Tricky;
             s.lineEnding = S::LineEnding::CrLf;
             s.text = QStringLiteral("Grüße aus Köln: 亚洲 🌍 naïve café — “quoted” ✓ done.");
         }},
        {QStringLiteral("split-bytes"),
         [](S &s) {
             s.split = S::Split::EveryNBytes;
             s.writeSize = 3;
             s.text = QStringLiteral("Three bytes at a time: ünïcödé and 🌍 survive.");
         }},
        {QStringLiteral("usage-dummy-choice"), [](S &s) { s.usageWithDummyChoice = true; }},
        {QStringLiteral("error-midstream"), [](S &s) { s.ending = S::Ending::MidStreamError; }},
        {QStringLiteral("error-midstream-choice"),
         [](S &s) { s.ending = S::Ending::MidStreamErrorInChoice; }},
        {QStringLiteral("error-midstream-string-code"),
         [](S &s) {
             s.ending = S::Ending::MidStreamError;
             s.stringErrorCode = true;
         }},
        {QStringLiteral("disconnect"), [](S &s) { s.ending = S::Ending::Disconnect; }},
        {QStringLiteral("close-early"), [](S &s) { s.ending = S::Ending::CloseEarly; }},
        {QStringLiteral("stall"), [](S &s) { s.ending = S::Ending::Stall; }},
        {QStringLiteral("silent-stall"),
         [](S &s) {
             s.ending = S::Ending::Stall;
             s.commentIntervalMs = 0;
         }},
        {QStringLiteral("slow-start"),
         [](S &s) {
             s.leadingComments = 1;
             s.firstTokenDelayMs = 1500;
         }},
        {QStringLiteral("error-400"), preStream(400)},
        {QStringLiteral("error-401"), preStream(401)},
        {QStringLiteral("error-402"), preStream(402)},
        {QStringLiteral("error-403"), preStream(403)},
        {QStringLiteral("error-408"), preStream(408)},
        {QStringLiteral("error-429"), preStream(429, 7)},
        {QStringLiteral("error-502"), preStream(502)},
        {QStringLiteral("error-503"), preStream(503)},
    };
    return scenarios;
}

} // namespace

QStringList Scenario::names()
{
    QStringList result;
    for (const auto &[name, tweak] : table())
        result.append(name);
    return result;
}

bool Scenario::fromName(const QString &name, Scenario *scenario)
{
    if (name.startsWith(QLatin1String("replay:"))) {
        Scenario result;
        result.name = name;
        result.answer = Answer::Replay;
        result.replayFile = name.mid(7);
        *scenario = result;
        return true;
    }
    for (const auto &[known, tweak] : table()) {
        if (known != name)
            continue;
        Scenario result;
        result.name = name;
        tweak(result);
        *scenario = result;
        return true;
    }
    return false;
}

} // namespace confab::testserver
