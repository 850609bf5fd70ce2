#pragma once

#include "domain/Generation.h"

#include <QDate>
#include <QList>
#include <QObject>

#include <optional>

namespace confab {

class Database;

struct ModelUsage
{
    QString model;
    int requests = 0;
    int succeeded = 0;
    double successRate = 0.0;
    // Over the calls that finished with a duration.
    qint64 medianMs = 0;
    qint64 p95Ms = 0;
    double spendUsd = 0.0;
};

struct DailySpend
{
    QDate day; // local calendar day
    double spendUsd = 0.0;
    int requests = 0;
};

// One row per provider call: written when the call starts, completed when it ends. The figures behind
// spending caps, rate limits and the usage view.
class GenerationStore : public QObject
{
    Q_OBJECT

public:
    explicit GenerationStore(Database *database, QObject *parent = nullptr);

    // Returns the new row's id; startedAt defaults to now.
    std::optional<qint64> start(const Generation &generation);
    bool finish(qint64 id, const GenerationOutcome &outcome);
    std::optional<Generation> get(qint64 id) const;
    QList<Generation> forMessage(qint64 messageId) const;

    double costSince(const QDateTime &since) const;
    int requestsSince(const QDateTime &since) const;
    QList<ModelUsage> usageByModel(const QDateTime &since) const;
    QList<DailySpend> spendPerDay(const QDateTime &since) const;

    QString lastError() const { return m_lastError; }

signals:
    void generationStarted(qint64 id);
    void generationFinished(qint64 id);

private:
    Database *m_database;
    mutable QString m_lastError;
};

} // namespace confab
