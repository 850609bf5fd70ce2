#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace confab::testserver {

// How one queued job behaves. The default is a normal job: queued at positions 2, 1, 0, then in progress with
// two log lines, then completed with images. Every failure mode fal is known for is one named preset.
struct FalScenario
{
    enum class Logs
    {
        Array,
        Null,
        Absent
    };

    QString name = QStringLiteral("normal");
    int queuePositions = 3;
    QStringList logLines = {QStringLiteral("Loading model"), QStringLiteral("Generating image")};
    Logs logs = Logs::Array;
    bool metrics = true;
    QString completedError; // COMPLETED status carrying error/error_type
    QString completedErrorType;
    int resultStatus = 200; // anything else: the result URL answers resultBody with this status
    QByteArray resultBody;
    QHash<QByteArray, QByteArray> resultHeaders;
    bool nsfw = false;     // the first image is flagged (has_nsfw_concepts[0] = true, black image)
    int rejectSubmits = 0; // the first N submits answer rejectStatus
    int rejectStatus = 429;
    int retryAfterSeconds = 1;
    bool retryAfterAsDate = false;    // Retry-After as an HTTP date retryAfterSeconds from now
    QByteArray retryableHeader;       // X-Fal-Retryable on each rejection, when set
    bool submitWithoutStatus = false; // the submit answer carries queue_position but no status
    int failStatusReads = 0;          // the first N status reads answer 500
    int silentStatusReads = 0;        // the next N status reads are never answered
    bool stall = false;               // never leaves IN_PROGRESS
    bool corruptImage = false;        // image URLs serve bytes that are not an image
    bool inlineImages = false;        // images come back as data URIs, as with sync_mode
    // "replay:FOLDER": the job answers with the recorded bodies in tests/fixtures/provider/fal/FOLDER/
    // (submit, status-1, status-2, … and result, each optionally "NNN-" prefixed), fal's hosts pointed at
    // this server.
    QString replay;

    static QStringList names();
    static bool fromName(const QString &name, FalScenario *scenario); // also "replay:FOLDER"
    // "[scenario:NAME]" inside a prompt, or an empty string.
    static QString markerIn(const QString &prompt);
};

} // namespace confab::testserver
