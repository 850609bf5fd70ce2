#include "log/LogCategories.h"

Q_LOGGING_CATEGORY(lcStore, "confab.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOpenRouter, "confab.openrouter", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFal, "confab.fal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "confab.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeys, "confab.keys", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "confab.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "confab.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "confab.cli", QtInfoMsg)
