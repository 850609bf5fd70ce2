#include "FalScenario.h"

#include <QRegularExpression>

namespace confab::testserver {

QStringList FalScenario::names()
{
    return {QStringLiteral("normal"),
            QStringLiteral("completed-error"),
            QStringLiteral("validation-error"),
            QStringLiteral("content-policy"),
            QStringLiteral("result-server-error"),
            QStringLiteral("result-expired"),
            QStringLiteral("user-timeout"),
            QStringLiteral("nsfw"),
            QStringLiteral("rate-limited"),
            QStringLiteral("rate-limited-always"),
            QStringLiteral("submit-unavailable"),
            QStringLiteral("submit-conflict"),
            QStringLiteral("submit-request-timeout"),
            QStringLiteral("submit-not-retryable"),
            QStringLiteral("submit-retry-at-date"),
            QStringLiteral("submit-without-status"),
            QStringLiteral("status-flaky"),
            QStringLiteral("logs-null"),
            QStringLiteral("logs-absent"),
            QStringLiteral("stall"),
            QStringLiteral("corrupt-image"),
            QStringLiteral("status-silent"),
            QStringLiteral("inline-images"),
            QStringLiteral("instant")};
}

bool FalScenario::fromName(const QString &name, FalScenario *scenario)
{
    FalScenario s;
    s.name = name;
    if (name.startsWith(QLatin1String("replay:"))) {
        s.replay = name.mid(7);
    } else if (name == QLatin1String("normal")) {
    } else if (name == QLatin1String("completed-error")) {
        s.completedError = QStringLiteral("Runner disconnected");
        s.completedErrorType = QStringLiteral("runner_disconnected");
    } else if (name == QLatin1String("validation-error")) {
        s.resultStatus = 422;
        s.resultBody =
            R"({"detail":[{"loc":["body","image_size"],"msg":"Image size is too large: the maximum is 1024x1024.","type":"image_too_large","url":"https://docs.fal.ai/errors#image_too_large","ctx":{"max_height":1024,"max_width":1024}}]})";
    } else if (name == QLatin1String("content-policy")) {
        s.resultStatus = 422;
        s.resultBody =
            R"({"detail":[{"loc":["body","prompt"],"msg":"The content was flagged by a content checker.","type":"content_policy_violation","url":"https://docs.fal.ai/errors#content_policy_violation"}]})";
    } else if (name == QLatin1String("result-server-error")) {
        s.resultStatus = 500;
        s.resultBody = R"({"detail":"Runner crashed while generating","error_type":"runner_server_error"})";
        s.resultHeaders.insert("X-Fal-Error-Type", "runner_server_error");
    } else if (name == QLatin1String("result-expired")) {
        s.resultStatus = 404;
        s.resultBody = R"({"detail":"Request not found"})";
    } else if (name == QLatin1String("user-timeout")) {
        s.resultStatus = 504;
        s.resultBody = R"({"detail":"Request timed out","error_type":"request_timeout"})";
        s.resultHeaders.insert("x-fal-request-timeout-type", "user");
    } else if (name == QLatin1String("nsfw")) {
        s.nsfw = true;
    } else if (name == QLatin1String("rate-limited")) {
        s.rejectSubmits = 1;
    } else if (name == QLatin1String("rate-limited-always")) {
        s.rejectSubmits = 1000;
    } else if (name == QLatin1String("submit-unavailable")) {
        s.rejectSubmits = 1;
        s.rejectStatus = 503;
    } else if (name == QLatin1String("submit-conflict")) {
        s.rejectSubmits = 1;
        s.rejectStatus = 409;
    } else if (name == QLatin1String("submit-request-timeout")) {
        s.rejectSubmits = 1;
        s.rejectStatus = 408;
    } else if (name == QLatin1String("submit-not-retryable")) {
        s.rejectSubmits = 1;
        s.rejectStatus = 503;
        s.retryableHeader = "false";
    } else if (name == QLatin1String("submit-retry-at-date")) {
        s.rejectSubmits = 1;
        s.rejectStatus = 503;
        s.retryAfterSeconds = 2;
        s.retryAfterAsDate = true;
    } else if (name == QLatin1String("submit-without-status")) {
        s.submitWithoutStatus = true;
    } else if (name == QLatin1String("status-flaky")) {
        s.failStatusReads = 2;
    } else if (name == QLatin1String("status-silent")) {
        s.silentStatusReads = 1;
    } else if (name == QLatin1String("logs-null")) {
        s.logs = Logs::Null;
    } else if (name == QLatin1String("logs-absent")) {
        s.logs = Logs::Absent;
        s.metrics = false;
    } else if (name == QLatin1String("stall")) {
        s.stall = true;
    } else if (name == QLatin1String("corrupt-image")) {
        s.corruptImage = true;
    } else if (name == QLatin1String("inline-images")) {
        s.inlineImages = true;
    } else if (name == QLatin1String("instant")) {
        s.queuePositions = 0;
        s.logLines.clear();
    } else {
        return false;
    }
    *scenario = s;
    return true;
}

QString FalScenario::markerIn(const QString &prompt)
{
    static const QRegularExpression marker(QStringLiteral(R"(\[scenario:([A-Za-z0-9_-]+)\])"));
    return marker.match(prompt).captured(1);
}

} // namespace confab::testserver
