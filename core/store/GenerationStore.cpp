#include "store/GenerationStore.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace confab {
namespace {

const QString generationColumns =
    QStringLiteral("id, message_id, kind, provider, model, request_id, started_at, first_byte_ms, total_ms,"
                   " prompt_tokens, completion_tokens, images, cost_usd, status, error_code");

template<typename T> std::optional<T> optionalValue(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

Generation generationFromRow(const QSqlQuery &query)
{
    Generation generation;
    generation.id = query.value(0).toLongLong();
    generation.messageId = query.value(1).toLongLong();
    generation.kind = generationKindFromString(query.value(2).toString()).value_or(GenerationKind::Chat);
    generation.provider = query.value(3).toString();
    generation.model = query.value(4).toString();
    generation.requestId = query.value(5).toString();
    generation.startedAt = sql::fromEpochMs(query.value(6).toLongLong());
    generation.firstByteMs = optionalValue<qint64>(query.value(7));
    generation.totalMs = optionalValue<qint64>(query.value(8));
    generation.promptTokens = optionalValue<qint64>(query.value(9));
    generation.completionTokens = optionalValue<qint64>(query.value(10));
    generation.images = query.value(11).toInt();
    generation.costUsd = optionalValue<double>(query.value(12));
    generation.status =
        generationStatusFromString(query.value(13).toString()).value_or(GenerationStatus::Failed);
    generation.errorCode = query.value(14).toString();
    return generation;
}

// Nearest-rank percentile of sorted values.
qint64 percentile(const QList<qint64> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

} // namespace

GenerationStore::GenerationStore(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

std::optional<qint64> GenerationStore::start(const Generation &generation)
{
    const QDateTime startedAt =
        generation.startedAt.isValid() ? generation.startedAt : QDateTime::currentDateTimeUtc();
    auto query =
        sql::run(m_database->connection(),
                 QStringLiteral("INSERT INTO generations (message_id, kind, provider, model, request_id,"
                                " started_at, first_byte_ms, total_ms, prompt_tokens, completion_tokens,"
                                " images, cost_usd, status, error_code)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {generation.messageId > 0 ? QVariant(generation.messageId) : QVariant(),
                  toString(generation.kind), generation.provider, generation.model, generation.requestId,
                  sql::toEpochMs(startedAt), sql::nullable(generation.firstByteMs),
                  sql::nullable(generation.totalMs), sql::nullable(generation.promptTokens),
                  sql::nullable(generation.completionTokens), generation.images,
                  sql::nullable(generation.costUsd), toString(generation.status), generation.errorCode},
                 &m_lastError);
    if (!query)
        return std::nullopt;
    const qint64 id = query->lastInsertId().toLongLong();
    emit generationStarted(id);
    return id;
}

bool GenerationStore::finish(qint64 id, const GenerationOutcome &outcome)
{
    auto query =
        sql::run(m_database->connection(),
                 QStringLiteral("UPDATE generations SET status = ?, request_id = coalesce(nullif(?, ''),"
                                " request_id), first_byte_ms = ?, total_ms = ?, prompt_tokens = ?,"
                                " completion_tokens = ?, images = ?, cost_usd = ?, error_code = ?"
                                " WHERE id = ?"),
                 {toString(outcome.status), outcome.requestId, sql::nullable(outcome.firstByteMs),
                  sql::nullable(outcome.totalMs), sql::nullable(outcome.promptTokens),
                  sql::nullable(outcome.completionTokens), outcome.images, sql::nullable(outcome.costUsd),
                  outcome.errorCode, id},
                 &m_lastError);
    if (!query || query->numRowsAffected() == 0)
        return false;
    emit generationFinished(id);
    return true;
}

std::optional<Generation> GenerationStore::get(qint64 id) const
{
    auto query = sql::run(m_database->connection(),
                          QStringLiteral("SELECT %1 FROM generations WHERE id = ?").arg(generationColumns),
                          {id}, &m_lastError);
    if (!query || !query->next())
        return std::nullopt;
    return generationFromRow(*query);
}

QList<Generation> GenerationStore::forMessage(qint64 messageId) const
{
    QList<Generation> generations;
    auto query = sql::run(
        m_database->connection(),
        QStringLiteral("SELECT %1 FROM generations WHERE message_id = ? ORDER BY id").arg(generationColumns),
        {messageId}, &m_lastError);
    while (query && query->next())
        generations << generationFromRow(*query);
    return generations;
}

double GenerationStore::costSince(const QDateTime &since) const
{
    return sql::scalar(
               m_database->connection(),
               QStringLiteral("SELECT coalesce(sum(cost_usd), 0) FROM generations WHERE started_at >= ?"),
               {sql::toEpochMs(since)}, &m_lastError)
        .toDouble();
}

int GenerationStore::requestsSince(const QDateTime &since) const
{
    return sql::scalar(m_database->connection(),
                       QStringLiteral("SELECT count(*) FROM generations WHERE started_at >= ?"),
                       {sql::toEpochMs(since)}, &m_lastError)
        .toInt();
}

QList<ModelUsage> GenerationStore::usageByModel(const QDateTime &since) const
{
    QMap<QString, ModelUsage> byModel;
    QMap<QString, QList<qint64>> durations;
    auto query = sql::run(m_database->connection(),
                          QStringLiteral("SELECT model, status, total_ms, cost_usd FROM generations"
                                         " WHERE started_at >= ? AND status <> 'running'"),
                          {sql::toEpochMs(since)}, &m_lastError);
    while (query && query->next()) {
        const QString model = query->value(0).toString();
        ModelUsage &usage = byModel[model];
        usage.model = model;
        ++usage.requests;
        const bool succeeded = query->value(1).toString() == toString(GenerationStatus::Succeeded);
        if (succeeded)
            ++usage.succeeded;
        // A failure or a stop says nothing about how fast the model answers, so latency counts successes.
        if (succeeded && !query->value(2).isNull())
            durations[model] << query->value(2).toLongLong();
        usage.spendUsd += query->value(3).toDouble();
    }
    QList<ModelUsage> result;
    for (auto it = byModel.begin(); it != byModel.end(); ++it) {
        ModelUsage usage = it.value();
        QList<qint64> sorted = durations.value(it.key());
        std::sort(sorted.begin(), sorted.end());
        usage.successRate = usage.requests > 0 ? double(usage.succeeded) / usage.requests : 0.0;
        usage.medianMs = percentile(sorted, 0.5);
        usage.p95Ms = percentile(sorted, 0.95);
        result << usage;
    }
    return result;
}

QList<DailySpend> GenerationStore::spendPerDay(const QDateTime &since) const
{
    QMap<QDate, DailySpend> byDay;
    auto query =
        sql::run(m_database->connection(),
                 QStringLiteral("SELECT started_at, cost_usd FROM generations WHERE started_at >= ?"),
                 {sql::toEpochMs(since)}, &m_lastError);
    while (query && query->next()) {
        const QDate day = sql::fromEpochMs(query->value(0).toLongLong()).toLocalTime().date();
        DailySpend &spend = byDay[day];
        spend.day = day;
        spend.spendUsd += query->value(1).toDouble();
        ++spend.requests;
    }
    return byDay.values();
}

} // namespace confab
