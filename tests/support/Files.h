#pragma once

#include <QByteArray>
#include <QString>

namespace confab::test {

// A file's bytes, or nothing when it cannot be read: a test then fails on what it expected to find.
QByteArray fileBytes(const QString &path);

// A file read as UTF-8 text.
QString fileText(const QString &path);

} // namespace confab::test
