#include "SystemProxy.h"

namespace confab::test {

SystemProxy::SystemProxy(quint16 port, QHash<QString, QString> &commandEnvironment)
{
    const QString proxy = QStringLiteral("http://127.0.0.1:%1").arg(port);
    commandEnvironment.insert(QStringLiteral("http_proxy"), proxy);
    commandEnvironment.insert(QStringLiteral("no_proxy"), QString());
}

SystemProxy::~SystemProxy() = default;

} // namespace confab::test
