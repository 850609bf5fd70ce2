#pragma once

#include "settings/SettingKey.h"

#include <QString>
#include <QVariant>

#include <span>

namespace confab {

struct SettingDefinition
{
    SettingKey key;
    QString name;
    QVariant defaultValue;
};

// The table of every setting: its key, its name in the settings file and its default.
std::span<const SettingDefinition> settingDefinitions();
const SettingDefinition &settingDefinition(SettingKey key);

} // namespace confab
