#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace confab {

// What shapes a chat's answers besides the model: its system prompt and sampling parameters. An unset value
// is not sent, so the provider's default applies.
struct ChatParameters
{
    QString systemPrompt;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;

    QJsonObject toJson() const;
    static ChatParameters fromJson(const QJsonObject &json);

    bool operator==(const ChatParameters &) const = default;
};

// The ranges OpenRouter accepts for the parameters.
inline constexpr double MinTemperature = 0.0;
inline constexpr double MaxTemperature = 2.0;
inline constexpr double MinTopP = 0.0;
inline constexpr double MaxTopP = 1.0;

} // namespace confab
