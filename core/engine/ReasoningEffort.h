#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace confab {

struct ModelInfo;

// A chat's reasoning effort as stored: "" (the model's default, nothing sent), "none" (off), "low",
// "medium" or "high".
QStringList reasoningEffortLevels();

// Reads a level as a user types it: "off" and "none", "low", "medium", "high", and "default" or "" for
// the model's own choice. Empty optional when the word is none of these.
std::optional<QString> reasoningEffortFromName(const QString &name);

// What goes out as reasoning.effort: nothing when unset or when the catalogue says the model takes no
// reasoning parameter, and never "none" to a model whose reasoning cannot be turned off. A model missing
// from the catalogue gets what the user chose.
QString reasoningEffortToSend(const QString &effort, const ModelInfo *model);

} // namespace confab
