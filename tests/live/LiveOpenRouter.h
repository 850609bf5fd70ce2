#pragma once

#include <QString>

namespace confab::live {

// Checks that talk to the real OpenRouter in-process, through the app's own client: 0 passed, 1 failed.
// `vision-bmp`: a BMP picture, prepared as Confab prepares attachments, is taken and described.
// `tool-rounds`: a reasoning model's tool round replays its reasoning_details under the first round's
// session_id and is answered (a provider switch would refuse the signatures).
// `image-link`: an image-output model's picture comes home (inline or linked) and decodes.
int runOpenRouterCheck(const QString &check, const QString &apiKey);
bool isOpenRouterCheck(const QString &check);

} // namespace confab::live
