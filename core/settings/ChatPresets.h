#pragma once

#include "domain/ChatParameters.h"

#include <QList>
#include <QString>

#include <optional>

namespace confab {

class Settings;

struct ChatPreset
{
    QString name;
    ChatParameters parameters;
    // Shipped with Confab: it cannot be removed, and a user preset of the same name takes its place.
    bool builtIn = false;
};

// Named system prompts and parameters to start a chat from: a few shipped ones plus the user's own, kept in
// the settings file. One of them may be the default every new chat starts from.
class ChatPresets
{
public:
    explicit ChatPresets(Settings *settings);

    // Built-in presets first (unless the user replaced one), then the user's, each list by name.
    QList<ChatPreset> all() const;
    std::optional<ChatPreset> find(const QString &name) const;
    // Saves a user preset, replacing one of the same name. False for an empty name.
    bool save(const QString &name, const ChatParameters &parameters);
    // Removes a user preset; built-in ones stay.
    bool remove(const QString &name);

    // The preset new chats start from, if one is chosen and still exists.
    std::optional<ChatPreset> defaultPreset() const;
    void setDefaultPreset(const QString &name);

    static QList<ChatPreset> builtIn();

private:
    QList<ChatPreset> userPresets() const;
    void storeUserPresets(const QList<ChatPreset> &presets);

    Settings *m_settings;
};

} // namespace confab
