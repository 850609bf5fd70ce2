#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace confab::testserver {

// A provider response kept as a file under tests/fixtures/provider/, replayed byte for byte. The file name
// carries what the bytes cannot: a leading "NNN-" is the HTTP status (200 otherwise), ".sse" files are event
// streams and everything else is JSON.
struct RecordedResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;

    // relativePath is below the fixtures folder, e.g. "openrouter/stream-reasoning.sse".
    static std::optional<RecordedResponse> load(const QString &relativePath);
    static QString fixturesDir();
};

} // namespace confab::testserver
