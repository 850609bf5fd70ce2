#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace confab::test {

// Points the operating system's proxy setting at a local server while it lives, where a user sets it: the
// http_proxy variable on Linux and macOS (what Qt reads without a desktop's own setting; it goes into the
// commands' environment), Windows' Internet Settings in the registry (SystemProxyPosix.cpp,
// SystemProxyWindows.cpp). Loopback addresses never go through a proxy, so only a named host uses it.
class SystemProxy
{
public:
    SystemProxy(quint16 port, QHash<QString, QString> &commandEnvironment);
    ~SystemProxy();

    SystemProxy(const SystemProxy &) = delete;
    SystemProxy &operator=(const SystemProxy &) = delete;

private:
    QHash<QString, QByteArray> m_saved; // the registry values this replaced, to put back
};

} // namespace confab::test
