#include "Files.h"

#include <QFile>

namespace confab::test {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString fileText(const QString &path)
{
    return QString::fromUtf8(fileBytes(path));
}

} // namespace confab::test
