#pragma once

namespace confab {

// Every user setting. The name and default of each live in one table (SettingsTable.cpp). Secrets are never
// settings: API keys belong to KeyStore.
enum class SettingKey
{
    OpenRouterBaseUrl,
    FalQueueUrl,
    FalStorageUrl,
    TextModel,
    AutoModel,
    TextToImageModel,
    ImageEditModel,
    MaxTokens,
    SystemPrompt,
    DailyCapUsd,
    MonthlyCapUsd,
    RequestsPerMinute,
    MaxPromptLength,
    MaxImageUploadBytes,
    MaxInputImages,
    FalSafetyTolerance,
    FalPricesUsdPerImage,
    Theme,
    ImageAspectRatio,
    ImageCount,
    ImageFormat,
    DefaultPreset,
    UserPresets,
    GenerateTitles,
    TitleModel,
    Language,
    SyncFolder,
    FalPriceCache,
};

} // namespace confab
