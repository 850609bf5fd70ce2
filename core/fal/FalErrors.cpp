#include "fal/FalErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace confab::FalErrors {

namespace {

QString phaseText(Phase phase)
{
    switch (phase) {
    case Phase::Upload:
        return QCoreApplication::translate("FalErrors", "uploading the input image");
    case Phase::Submit:
        return QCoreApplication::translate("FalErrors", "sending the request");
    case Phase::Status:
        return QCoreApplication::translate("FalErrors", "checking the job's progress");
    case Phase::Result:
        return QCoreApplication::translate("FalErrors", "fetching the result");
    case Phase::Download:
        return QCoreApplication::translate("FalErrors", "downloading the image");
    }
    return {};
}

struct Detail
{
    QString message;
    QString type;
    bool contentPolicy = false;
};

// fal answers {"detail":[{loc,msg,type},…]}, {"detail":"…","error_type":"…"}, {"message":"…"} or plain text.
Detail readDetail(const FalHttpResponse &response)
{
    Detail detail;
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QJsonValue value = body.value(QLatin1String("detail"));
    if (value.isArray()) {
        QStringList messages;
        for (const QJsonValue &item : value.toArray()) {
            const QJsonObject entry = item.toObject();
            const QString msg = entry.value(QLatin1String("msg")).toString();
            const QString type = entry.value(QLatin1String("type")).toString();
            if (!msg.isEmpty() && !messages.contains(msg))
                messages.append(msg);
            if (detail.type.isEmpty())
                detail.type = type;
            if (type == QLatin1String("content_policy_violation")) {
                detail.contentPolicy = true;
                detail.type = type;
            }
        }
        detail.message = messages.join(QLatin1Char(' '));
    } else if (value.isString()) {
        detail.message = value.toString();
    } else if (body.value(QLatin1String("message")).isString()) {
        detail.message = body.value(QLatin1String("message")).toString();
    }
    const QString errorType = body.value(QLatin1String("error_type")).toString();
    if (!errorType.isEmpty())
        detail.type = errorType;
    else if (detail.type.isEmpty())
        detail.type = QString::fromUtf8(response.header("x-fal-error-type"));
    return detail;
}

} // namespace

QString detailText(const FalHttpResponse &response)
{
    // A hostile or broken server could send megabytes of "detail"; a sentence is all a person reads.
    constexpr qsizetype MaxChars = 400;
    QString text = readDetail(response).message.simplified();
    if (text.size() > MaxChars)
        text = text.left(MaxChars - 1) + QChar(0x2026);
    return text;
}

FalError make(FalError::Kind kind, const QString &message, int httpStatus, const QString &type)
{
    FalError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = httpStatus;
    error.falErrorType = type;
    return error;
}

FalError fromResponse(const FalHttpResponse &response, Phase phase)
{
    using Kind = FalError::Kind;
    const int status = response.status;
    if (response.timedOut)
        return make(Kind::Timeout,
                    QCoreApplication::translate("FalErrors", "fal.ai stopped answering while %1.")
                        .arg(phaseText(phase)));
    if (status == 0)
        return make(Kind::Network,
                    QCoreApplication::translate("FalErrors", "Could not reach fal.ai while %1: %2")
                        .arg(phaseText(phase), response.networkErrorText));

    const Detail detail = readDetail(response);
    const QString said = detail.message.isEmpty() ? QString() : QStringLiteral(": ") + detail.message;
    if (status == 401 || status == 403) {
        // fal says why: a key it does not know (401), or an account it will not serve (403), e.g. "User is
        // locked. Reason: Exhausted balance. Top up your balance at fal.ai/dashboard/billing".
        const QString words = detailText(response);
        QString message;
        if (words.isEmpty())
            message = QCoreApplication::translate(
                          "FalErrors", "fal key rejected (HTTP %1). Check the fal.ai key in Settings.")
                          .arg(status);
        else if (status == 401)
            message = QCoreApplication::translate(
                          "FalErrors", "fal key rejected (HTTP %1): %2. Check the fal.ai key in Settings.")
                          .arg(status)
                          .arg(words.endsWith(QLatin1Char('.')) ? words.chopped(1) : words);
        else
            message = QCoreApplication::translate("FalErrors", "fal.ai refused the request (HTTP %1): %2")
                          .arg(status)
                          .arg(words);
        return make(Kind::Auth, message, status, detail.type);
    }
    if (status == 422) {
        const QString message =
            detail.message.isEmpty()
                ? QCoreApplication::translate("FalErrors", "fal.ai refused the request as invalid.")
                : detail.message;
        return make(detail.contentPolicy ? Kind::ContentPolicy : Kind::Validation, message, status,
                    detail.type);
    }
    if (status == 429)
        return make(Kind::RateLimited,
                    QCoreApplication::translate(
                        "FalErrors", "fal.ai is limiting requests right now; try again in a moment."),
                    status, detail.type);
    if ((status == 404 || status == 410) && (phase == Phase::Result || phase == Phase::Download))
        return make(
            Kind::ResultExpired,
            QCoreApplication::translate(
                "FalErrors", "The result is no longer available on fal.ai (results are kept only briefly)."),
            status, detail.type);
    if (status == 504 && response.header("x-fal-request-timeout-type") == "user")
        return make(
            Kind::Timeout,
            QCoreApplication::translate("FalErrors", "fal.ai stopped the job because it ran out of time") +
                said,
            status, detail.type);
    return make(Kind::Server,
                QCoreApplication::translate("FalErrors", "fal.ai failed while %1 (HTTP %2)%3")
                    .arg(phaseText(phase))
                    .arg(status)
                    .arg(said),
                status, detail.type);
}

FalError fromCompletedStatus(const QJsonObject &status)
{
    const QString error = status.value(QLatin1String("error")).toString();
    const QString type = status.value(QLatin1String("error_type")).toString();
    return make(FalError::Kind::Server,
                QCoreApplication::translate("FalErrors", "fal.ai could not finish the image: %1").arg(error),
                0, type);
}

} // namespace confab::FalErrors
