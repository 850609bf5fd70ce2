#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace confab {

enum class GenerationKind
{
    Chat,
    TextToImage,
    ImageEdit,
    Title // naming a chat after its first answer
};
enum class GenerationStatus
{
    Running,
    Succeeded,
    Failed,
    Cancelled
};

QString toString(GenerationKind kind);
QString toString(GenerationStatus status);
std::optional<GenerationKind> generationKindFromString(const QString &text);
std::optional<GenerationStatus> generationStatusFromString(const QString &text);

// One provider call: the source of usage statistics, spending caps and rate limits.
struct Generation
{
    qint64 id = 0;
    qint64 messageId = 0;
    GenerationKind kind = GenerationKind::Chat;
    QString provider;
    QString model;
    QString requestId;
    QDateTime startedAt;
    std::optional<qint64> firstByteMs;
    std::optional<qint64> totalMs;
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    int images = 0;
    std::optional<double> costUsd;
    GenerationStatus status = GenerationStatus::Running;
    QString errorCode;

    bool operator==(const Generation &) const = default;
};

// What is known when a provider call ends.
struct GenerationOutcome
{
    GenerationStatus status = GenerationStatus::Succeeded;
    QString requestId;
    std::optional<qint64> firstByteMs;
    std::optional<qint64> totalMs;
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    int images = 0;
    std::optional<double> costUsd;
    QString errorCode;
};

} // namespace confab
