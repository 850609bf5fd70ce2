#include "SystemProxy.h"
#include "catch.h"

#include <windows.h>

namespace confab::test {

namespace {

const wchar_t *const InternetSettings = L"Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings";
const wchar_t *const Connections =
    L"Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Connections";

void appendDword(QByteArray &blob, quint32 value)
{
    for (int shift = 0; shift < 32; shift += 8)
        blob.append(char((value >> shift) & 0xff));
}

void appendString(QByteArray &blob, const QByteArray &text)
{
    appendDword(blob, quint32(text.size()));
    blob.append(text);
}

// The layout Windows' proxy settings page writes and WinHTTP reads: version, change counter, flags (2: use a
// proxy), then the proxy, the bypass list and the set-up script address, each as length and text.
QByteArray connectionSettings(const QByteArray &proxy, const QByteArray &bypass)
{
    QByteArray blob;
    appendDword(blob, 0x46);
    appendDword(blob, 1);
    appendDword(blob, 0x2 | 0x1);
    appendString(blob, proxy);
    appendString(blob, bypass);
    appendString(blob, {});
    blob.append(32, '\0');
    return blob;
}

QString savedName(const wchar_t *key, const wchar_t *value)
{
    return QString::fromWCharArray(key) + QLatin1Char('|') + QString::fromWCharArray(value);
}

// The value's type (4 bytes) and data, or an empty array when it is not set.
QByteArray readValue(const wchar_t *key, const wchar_t *value)
{
    DWORD type = 0;
    DWORD size = 0;
    if (RegGetValueW(HKEY_CURRENT_USER, key, value, RRF_RT_ANY, &type, nullptr, &size) != ERROR_SUCCESS)
        return {};
    QByteArray stored(sizeof type + size, '\0');
    if (RegGetValueW(HKEY_CURRENT_USER, key, value, RRF_RT_ANY, &type, stored.data() + sizeof type, &size) !=
        ERROR_SUCCESS)
        return {};
    memcpy(stored.data(), &type, sizeof type);
    stored.resize(sizeof type + size);
    return stored;
}

void writeValue(const wchar_t *key, const wchar_t *value, DWORD type, const QByteArray &data)
{
    REQUIRE(RegSetKeyValueW(HKEY_CURRENT_USER, key, value, type, data.constData(), DWORD(data.size())) ==
            ERROR_SUCCESS);
}

QByteArray wide(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), int((text.size() + 1) * sizeof(wchar_t)));
}

QByteArray dword(quint32 value)
{
    QByteArray data;
    appendDword(data, value);
    return data;
}

struct Setting
{
    const wchar_t *key;
    const wchar_t *value;
    DWORD type;
    QByteArray data;
};

} // namespace

SystemProxy::SystemProxy(quint16 port, QHash<QString, QString> &)
{
    const QByteArray proxy = "127.0.0.1:" + QByteArray::number(port);
    // Other test programs may run beside this one in the same Windows session: keep their loopback servers
    // direct whatever Qt decides for loopback.
    const QByteArray bypass = "localhost;127.0.0.1;<local>";
    const Setting settings[] = {
        {InternetSettings, L"ProxyEnable", REG_DWORD, dword(1)},
        {InternetSettings, L"ProxyServer", REG_SZ, wide(QString::fromLatin1(proxy))},
        {InternetSettings, L"ProxyOverride", REG_SZ, wide(QString::fromLatin1(bypass))},
        {Connections, L"DefaultConnectionSettings", REG_BINARY, connectionSettings(proxy, bypass)},
    };
    for (const Setting &setting : settings) {
        m_saved.insert(savedName(setting.key, setting.value), readValue(setting.key, setting.value));
        writeValue(setting.key, setting.value, setting.type, setting.data);
    }
}

SystemProxy::~SystemProxy()
{
    for (auto saved = m_saved.cbegin(); saved != m_saved.cend(); ++saved) {
        const QStringList parts = saved.key().split(QLatin1Char('|'));
        const std::wstring key = parts.value(0).toStdWString();
        const std::wstring value = parts.value(1).toStdWString();
        if (saved.value().isEmpty()) {
            RegDeleteKeyValueW(HKEY_CURRENT_USER, key.c_str(), value.c_str());
            continue;
        }
        DWORD type = 0;
        memcpy(&type, saved.value().constData(), sizeof type);
        RegSetKeyValueW(HKEY_CURRENT_USER, key.c_str(), value.c_str(), type,
                        saved.value().constData() + sizeof type, DWORD(saved.value().size() - sizeof type));
    }
}

} // namespace confab::test
