#pragma once

#include <QLoggingCategory>

// One category per area, so `QT_LOGGING_RULES="confab.fal.debug=true"` turns on exactly what a bug report
// needs. Debug messages are off by default; information and above always reach the log file.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcOpenRouter)
Q_DECLARE_LOGGING_CATEGORY(lcFal)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcKeys)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
