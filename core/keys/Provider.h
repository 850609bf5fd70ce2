#pragma once

#include <QString>

#include <array>

namespace confab {

// The services whose API keys Confab holds.
enum class Provider
{
    OpenRouter,
    Fal,
};

inline constexpr std::array<Provider, 2> allProviders{Provider::OpenRouter, Provider::Fal};

// Name shown to people ("OpenRouter", "fal").
QString providerDisplayName(Provider provider);

// Stable name of the provider's entry in the keychain; changing it would orphan every saved key.
QString providerKeychainEntry(Provider provider);

} // namespace confab
