#include "settings/SettingsTable.h"

#include <QVariantMap>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace confab {

namespace {
QVariantMap defaultFalPrices()
{
    // USD per output image, from fal's model pages (see shared/protocols/fal.md).
    return {
        {QStringLiteral("fal-ai/flux-pro/v1.1-ultra"), 0.06},
        {QStringLiteral("fal-ai/gemini-25-flash-image/edit"), 0.039},
        {QStringLiteral("fal-ai/nano-banana/edit"), 0.039},
    };
}

std::vector<SettingDefinition> buildTable()
{
    using K = SettingKey;
    const auto s = [](const char *text) { return QVariant(QString::fromUtf8(text)); };
    return {
        {K::OpenRouterBaseUrl, QStringLiteral("providers/openRouterBaseUrl"),
         s("https://openrouter.ai/api/v1")},
        {K::FalQueueUrl, QStringLiteral("providers/falQueueUrl"), s("https://queue.fal.run")},
        {K::FalStorageUrl, QStringLiteral("providers/falStorageUrl"), s("https://rest.fal.ai")},
        {K::TextModel, QStringLiteral("models/text"), s("openai/gpt-4o-mini")},
        {K::AutoModel, QStringLiteral("models/auto"), s("google/gemini-2.5-flash")},
        {K::TextToImageModel, QStringLiteral("models/textToImage"), s("fal-ai/flux-pro/v1.1-ultra")},
        {K::ImageEditModel, QStringLiteral("models/imageEdit"), s("fal-ai/gemini-25-flash-image/edit")},
        {K::MaxTokens, QStringLiteral("chat/maxTokens"), 0}, // 0: each model's own limit from the catalogue
        {K::SystemPrompt, QStringLiteral("chat/systemPrompt"), QString()},
        {K::DailyCapUsd, QStringLiteral("limits/dailyCapUsd"), 0.0},
        {K::MonthlyCapUsd, QStringLiteral("limits/monthlyCapUsd"), 0.0},
        {K::RequestsPerMinute, QStringLiteral("limits/requestsPerMinute"), 20},
        {K::MaxPromptLength, QStringLiteral("limits/maxPromptLength"), 32000},
        {K::MaxImageUploadBytes, QStringLiteral("limits/maxImageUploadBytes"), qlonglong(4 * 1024 * 1024)},
        {K::MaxInputImages, QStringLiteral("limits/maxInputImages"), 4},
        {K::FalSafetyTolerance, QStringLiteral("safety/falSafetyTolerance"), s("2")},
        {K::FalPricesUsdPerImage, QStringLiteral("costs/falPricesUsdPerImage"), defaultFalPrices()},
        {K::Theme, QStringLiteral("appearance/theme"), s("system")},
        {K::ImageAspectRatio, QStringLiteral("images/aspectRatio"), s("1:1")},
        {K::ImageCount, QStringLiteral("images/count"), 1},
        {K::ImageFormat, QStringLiteral("images/format"), s("jpeg")},
        // The name of the preset new chats start from; empty for none.
        {K::DefaultPreset, QStringLiteral("chat/defaultPreset"), QString()},
        // The user's own presets as a JSON array of {name, system_prompt, temperature, top_p, max_tokens}.
        {K::UserPresets, QStringLiteral("chat/userPresets"), QString()},
        {K::GenerateTitles, QStringLiteral("chat/generateTitles"), true},
        {K::TitleModel, QStringLiteral("models/title"), s("openai/gpt-4o-mini")},
        {K::Language, QStringLiteral("appearance/language"), s("system")},
        // Per device: where this machine sees the shared folder.
        {K::SyncFolder, QStringLiteral("sync/folder"), QString()},
        // fal's prices as its pricing API last answered (FalPriceList's JSON); read again after a day.
        {K::FalPriceCache, QStringLiteral("costs/falPriceCache"), QString()},
    };
}

const std::vector<SettingDefinition> &table()
{
    static const std::vector<SettingDefinition> definitions = [] {
        std::vector<SettingDefinition> built = buildTable();
        std::sort(built.begin(), built.end(), [](const SettingDefinition &a, const SettingDefinition &b) {
            return static_cast<int>(a.key) < static_cast<int>(b.key);
        });
        return built;
    }();
    return definitions;
}
} // namespace

std::span<const SettingDefinition> settingDefinitions()
{
    return table();
}

const SettingDefinition &settingDefinition(SettingKey key)
{
    const auto &definitions = table();
    const auto index = static_cast<std::size_t>(key);
    // A key missing from the table is a programming error that the settings test catches; never read past it.
    if (index >= definitions.size() || definitions[index].key != key)
        std::abort();
    return definitions[index];
}

} // namespace confab
