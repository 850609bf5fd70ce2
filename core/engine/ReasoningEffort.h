#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace confab {

struct ModelInfo;

// A chat's reasoning effort as stored: "" (the model's default, nothing sent), "none" (off), then
// OpenRouter's efforts from the least to the most: "minimal", "low", "medium", "high", "xhigh", "max".
QStringList reasoningEffortLevels();

// The levels the model takes, in the order above: "" always, "none" unless its reasoning is mandatory, and
// the catalogue's supported_efforts. A model whose entry has no list (or is unknown) takes every level.
QStringList reasoningEffortsOffered(const ModelInfo *model);

// Reads a level as a user types it: "off" and "none", a level's name, and "default" or "" for the model's
// own choice. Empty optional when the word is none of these.
std::optional<QString> reasoningEffortFromName(const QString &name);

// What goes out as reasoning.effort: nothing when unset, when the catalogue says the model takes no
// reasoning parameter or does not list the effort (a chat moved to another model), and never "none" to a
// model whose reasoning cannot be turned off. A model missing from the catalogue gets what the user chose.
QString reasoningEffortToSend(const QString &effort, const ModelInfo *model);

} // namespace confab
