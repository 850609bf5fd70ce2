#include "keys/Provider.h"

namespace confab {

QString providerDisplayName(Provider provider)
{
    switch (provider) {
    case Provider::OpenRouter:
        return QStringLiteral("OpenRouter");
    case Provider::Fal:
        return QStringLiteral("fal");
    }
    return {};
}

QString providerKeychainEntry(Provider provider)
{
    switch (provider) {
    case Provider::OpenRouter:
        return QStringLiteral("openrouter-api-key");
    case Provider::Fal:
        return QStringLiteral("fal-api-key");
    }
    return {};
}

} // namespace confab
