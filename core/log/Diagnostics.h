#pragma once

#include <QString>

namespace confab {

struct DiagnosticsPaths
{
    QString dataDir;
    QString database;
    QString cacheDir;
    QString logFile;
};

// What a bug report needs and nothing it must not have: version, Qt, OS, paths, and the log's last lines
// (already redacted when they were written). No keys, no settings values, no prompts beyond what the log
// holds.
QString diagnosticsReport(const DiagnosticsPaths &paths, int logLines = 60);

} // namespace confab
