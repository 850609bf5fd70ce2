#pragma once

#include "domain/ChatParameters.h"

#include <QString>

class QCommandLineParser;

namespace confab {
class Settings;
}

namespace confab::cli {

// `confab chat`'s --system, --temperature, --top-p, --max-tokens and --preset.
void addChatParameterOptions(QCommandLineParser &parser);
bool hasChatParameterOptions(const QCommandLineParser &parser);
// `base` (a new chat's preset, or a continued chat's own settings) with the named preset and then the given
// options on top. False with a human message in *error for a bad value or an unknown preset.
bool applyChatParameterOptions(const QCommandLineParser &parser, Settings *settings,
                               ChatParameters *parameters, QString *error);

} // namespace confab::cli
