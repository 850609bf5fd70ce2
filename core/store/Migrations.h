#pragma once

#include <QList>
#include <QStringList>

namespace confab {

// Forward-only schema steps: entry i brings a file from user_version i to i + 1. Released steps never change;
// a new schema is a new entry at the end.
const QList<QStringList> &schemaMigrations();

int currentSchemaVersion();

} // namespace confab
