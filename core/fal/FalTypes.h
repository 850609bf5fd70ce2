#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace confab {

namespace FalModel {
inline constexpr char FluxProUltra[] = "fal-ai/flux-pro/v1.1-ultra";
inline constexpr char GeminiFlashEdit[] = "fal-ai/gemini-25-flash-image/edit";
} // namespace FalModel

// Text to image, with Flux Pro v1.1 Ultra unless `model` names another text-to-image model of the registry
// (FalImageModels.h). Strings are sent as fal spells them ("16:9", "jpeg", "2").
struct FluxUltraOptions
{
    QString model = QString::fromLatin1(FalModel::FluxProUltra);
    QString prompt;
    QString aspectRatio = QStringLiteral("16:9");
    int numImages = 1;
    QString outputFormat = QStringLiteral("jpeg");
    std::optional<qint64> seed;
    bool raw = false;
    int safetyTolerance = 2; // 1 strictest … 6 most permissive; the model's only safety switch
};

struct InputImage
{
    QByteArray bytes;
    QByteArray mime; // e.g. "image/png"
};

// Image edit, with Gemini 2.5 Flash Image unless `model` names another edit model of the registry. An empty
// aspectRatio lets fal follow the input image; an empty resolution leaves the model's own default.
struct ImageEditOptions
{
    QString model = QString::fromLatin1(FalModel::GeminiFlashEdit);
    QString prompt;
    QList<InputImage> images;
    int numImages = 1;
    QString outputFormat = QStringLiteral("png");
    QString aspectRatio;
    QString resolution;
    int safetyTolerance = 4; // the model's default; 1 strictest … 6 most permissive
};

// What fal charges per unit of a model's output, as its pricing API answers for this account
// (GET https://api.fal.ai/v1/models/pricing?endpoint_id=MODEL): e.g. 0.06 per "image" in "USD".
struct FalPrice
{
    double unitPrice = 0;
    QString unit;
    QString currency;
};

struct FalImage
{
    QByteArray bytes; // empty when blocked
    QByteArray mime;
    int width = 0;
    int height = 0;
    bool blocked = false; // flagged by fal's safety checker; never shown
};

struct FalResult
{
    QString requestId;
    QString model;
    QList<FalImage> images;
    std::optional<qint64> seed;
    std::optional<double> inferenceSeconds;
    QString description; // the edit model's text answer, may be empty
    qint64 msToFirstStatus = -1;
    qint64 totalMs = 0;
    std::optional<FalPrice> price;       // fal's own price, when its pricing API answered in time
    std::optional<double> billableUnits; // X-Fal-Billable-Units on the result, when fal sent it
};

struct FalError
{
    enum class Kind
    {
        Auth,
        Validation,
        ContentPolicy,
        RateLimited,
        Server,
        Network,
        Timeout,
        Cancelled,
        ResultExpired
    };

    Kind kind = Kind::Server;
    int httpStatus = 0;   // 0 when no HTTP response was involved
    QString message;      // safe to show: never contains the key
    QString falErrorType; // fal's error_type or detail type, when it gave one
    // Images fal made, and so charged for, before the job failed here (its result listed them, but
    // downloading them failed or was cancelled); 0 when fal produced nothing billable.
    int billedImages = 0;
    std::optional<FalPrice> price;
};

QString falErrorKindName(FalError::Kind kind);

} // namespace confab

Q_DECLARE_METATYPE(confab::FalPrice)
Q_DECLARE_METATYPE(confab::FalResult)
Q_DECLARE_METATYPE(confab::FalError)
