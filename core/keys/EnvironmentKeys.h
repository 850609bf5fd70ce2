#pragma once

#include "keys/Provider.h"

#include <QProcessEnvironment>
#include <QString>

namespace confab {

// The key the environment gives for a provider, or an empty string. OPENROUTER_API_KEY for OpenRouter; for
// fal, FAL_KEY, or else FAL_KEY_ID and FAL_KEY_SECRET joined as "id:secret" the way fal's own clients do.
QString keyFromEnvironment(Provider provider, const QProcessEnvironment &environment);

} // namespace confab
