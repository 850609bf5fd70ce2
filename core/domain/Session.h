#pragma once

#include "domain/ChatParameters.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace confab {

enum class SessionType
{
    Text,
    Image,
    Mixed
};
enum class SessionStatus
{
    Active,
    Archived,
    Deleted
};

QString toString(SessionType type);
QString toString(SessionStatus status);
std::optional<SessionType> sessionTypeFromString(const QString &text);
std::optional<SessionStatus> sessionStatusFromString(const QString &text);

// The type of a session follows what it holds: one kind stays that kind, two kinds make it mixed.
SessionType combinedSessionType(SessionType current, SessionType added);

struct Session
{
    qint64 id = 0;
    QString title;
    SessionType type = SessionType::Text;
    SessionStatus status = SessionStatus::Active;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString model;
    QString systemPrompt;
    bool pinned = false;
    // "" leaves reasoning to the model; "none", "low", "medium" or "high" is sent as reasoning.effort.
    QString reasoningEffort;
    // The chat's own sampling parameters; unset ones are not sent.
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    // How OpenRouter reads this chat's PDFs for a model that cannot read files itself: one of PdfEngine.h's
    // ids, or "" for Confab's choice (the model's own reading when it has one, else the free extraction).
    QString pdfEngine;

    ChatParameters parameters() const { return {systemPrompt, temperature, topP, maxTokens}; }

    bool operator==(const Session &) const = default;
};

} // namespace confab

Q_DECLARE_METATYPE(confab::Session)
