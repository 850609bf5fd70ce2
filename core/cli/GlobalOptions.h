#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace confab::cli {

// The options every command and the window accept (--data-dir, --verbose), declared once. They may stand
// before the command word as well as after it, as in git.
QList<QCommandLineOption> globalOptions();
bool globalOptionTakesValue(const QString &argument);

} // namespace confab::cli
