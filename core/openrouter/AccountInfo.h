#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace confab {

// GET /key: what the key may still spend.
struct KeyInfo
{
    QString label;
    std::optional<double> limit; // credits; none = unlimited
    std::optional<double> limitRemaining;
    QString limitReset; // "daily", "monthly", ... or empty
    double usage = 0;
    bool isFreeTier = false;
};

// GET /generation?id=: the billed figures of one answer.
struct GenerationStats
{
    QString id;
    QString model;
    QString provider;
    std::optional<double> totalCost;
    int promptTokens = 0;
    int completionTokens = 0;
};

std::optional<KeyInfo> parseKeyInfo(const QByteArray &json);
std::optional<GenerationStats> parseGenerationStats(const QByteArray &json);

} // namespace confab

Q_DECLARE_METATYPE(confab::KeyInfo)
Q_DECLARE_METATYPE(confab::GenerationStats)
