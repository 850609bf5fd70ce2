#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

namespace confab::fuzz {

// The fuzzer's bytes as a QByteArray that owns a copy, so ASan sees reads past the end of the input.
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Qt's warnings about malformed input are expected by the thousand; they would drown libFuzzer's report.
inline void silenceQtMessages()
{
    // qFatal still aborts after the handler returns, so real failures are not hidden.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

} // namespace confab::fuzz
