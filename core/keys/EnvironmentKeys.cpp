#include "keys/EnvironmentKeys.h"

namespace confab {

QString keyFromEnvironment(Provider provider, const QProcessEnvironment &environment)
{
    const auto read = [&environment](const char *name) {
        return environment.value(QString::fromLatin1(name)).trimmed();
    };
    switch (provider) {
    case Provider::OpenRouter:
        return read("OPENROUTER_API_KEY");
    case Provider::Fal: {
        const QString key = read("FAL_KEY");
        if (!key.isEmpty())
            return key;
        const QString id = read("FAL_KEY_ID");
        const QString secret = read("FAL_KEY_SECRET");
        if (id.isEmpty() || secret.isEmpty())
            return {};
        return id + QLatin1Char(':') + secret;
    }
    }
    return {};
}

} // namespace confab
