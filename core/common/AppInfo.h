#pragma once

#include <QString>

namespace confab {

// Names the application once, so QSettings, QStandardPaths and the keychain agree on where things live.
void applyApplicationIdentity();

QString applicationVersion();

} // namespace confab
