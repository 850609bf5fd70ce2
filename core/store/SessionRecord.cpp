#include "store/SessionRecord.h"

#include "domain/PdfEngine.h"
#include "store/Sql.h"

#include <array>

namespace confab::records {
namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<QVariant> text(const QJsonValue &value)
{
    return value.isString() ? std::optional<QVariant>(value.toString()) : std::nullopt;
}

// Sampling parameters are numbers, null meaning "not sent".
std::optional<QVariant> real(const QJsonValue &value)
{
    if (value.isNull())
        return QVariant();
    return value.isDouble() ? std::optional<QVariant>(value.toDouble()) : std::nullopt;
}

const std::array<MergedField, 11> mergedFields{{
    {QLatin1StringView("title"), [](const Session &s) { return QJsonValue(s.title); }, &text},
    // A number on the wire, as the column stores it; older devices may send a JSON boolean.
    {QLatin1StringView("pinned"), [](const Session &s) { return QJsonValue(s.pinned ? 1 : 0); },
     [](const QJsonValue &v) {
         return v.isDouble() || v.isBool() ? std::optional<QVariant>(v.toVariant().toBool() ? 1 : 0)
                                           : std::nullopt;
     }},
    {QLatin1StringView("status"), [](const Session &s) { return QJsonValue(toString(s.status)); },
     [](const QJsonValue &v) { return sessionStatusFromString(v.toString()) ? text(v) : std::nullopt; }},
    {QLatin1StringView("model"), [](const Session &s) { return QJsonValue(s.model); }, &text},
    {QLatin1StringView("system_prompt"), [](const Session &s) { return QJsonValue(s.systemPrompt); }, &text},
    {QLatin1StringView("type"), [](const Session &s) { return QJsonValue(toString(s.type)); },
     [](const QJsonValue &v) { return sessionTypeFromString(v.toString()) ? text(v) : std::nullopt; }},
    {QLatin1StringView("reasoning_effort"), [](const Session &s) { return QJsonValue(s.reasoningEffort); },
     &text},
    {QLatin1StringView("temperature"), [](const Session &s) { return optionalNumber(s.temperature); }, &real},
    {QLatin1StringView("top_p"), [](const Session &s) { return optionalNumber(s.topP); }, &real},
    {QLatin1StringView("max_tokens"),
     [](const Session &s) { return s.maxTokens ? QJsonValue(*s.maxTokens) : QJsonValue(QJsonValue::Null); },
     [](const QJsonValue &v) {
         if (v.isNull())
             return std::optional<QVariant>(QVariant());
         return v.isDouble() ? std::optional<QVariant>(v.toInteger()) : std::nullopt;
     }},
    // Another device's value is kept only if this one knows the engine: an unknown id is not sent on.
    {QLatin1StringView("pdf_engine"), [](const Session &s) { return QJsonValue(s.pdfEngine); },
     [](const QJsonValue &v) { return isPdfEngine(v.toString()) ? text(v) : std::nullopt; }},
}};

} // namespace

QString sessionColumns()
{
    return QStringLiteral("id, ") + sessionWrittenColumns();
}

QString sessionWrittenColumns()
{
    return QStringLiteral("title, type, status, created_at, updated_at, model, system_prompt, pinned,"
                          " reasoning_effort, temperature, top_p, max_tokens, pdf_engine");
}

QString sessionPlaceholders()
{
    QStringList marks;
    for (qsizetype i = 0; i < sessionValues(Session{}).size(); ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

Session sessionFromRow(const QSqlQuery &row, int first)
{
    const auto at = [&](int column) { return row.value(first + column); };
    Session session;
    session.id = at(0).toLongLong();
    session.title = at(1).toString();
    session.type = sessionTypeFromString(at(2).toString()).value_or(SessionType::Text);
    session.status = sessionStatusFromString(at(3).toString()).value_or(SessionStatus::Active);
    session.createdAt = sql::fromEpochMs(at(4).toLongLong());
    session.updatedAt = sql::fromEpochMs(at(5).toLongLong());
    session.model = at(6).toString();
    session.systemPrompt = at(7).toString();
    session.pinned = at(8).toBool();
    session.reasoningEffort = at(9).toString();
    if (!at(10).isNull())
        session.temperature = at(10).toDouble();
    if (!at(11).isNull())
        session.topP = at(11).toDouble();
    if (!at(12).isNull())
        session.maxTokens = at(12).toInt();
    session.pdfEngine = at(13).toString();
    return session;
}

QVariantList sessionValues(const Session &s)
{
    return {s.title,
            toString(s.type),
            toString(s.status),
            sql::toEpochMs(s.createdAt),
            sql::toEpochMs(s.updatedAt),
            s.model,
            s.systemPrompt,
            s.pinned ? 1 : 0,
            s.reasoningEffort,
            sql::nullable(s.temperature),
            sql::nullable(s.topP),
            sql::nullable(s.maxTokens),
            s.pdfEngine};
}

std::span<const MergedField> mergedSessionFields()
{
    return mergedFields;
}

QStringList mergedSessionFieldNames()
{
    QStringList names;
    for (const MergedField &field : mergedFields)
        names << QString(field.column);
    return names;
}

const MergedField *mergedSessionField(const QString &column)
{
    for (const MergedField &field : mergedFields) {
        if (field.column == column)
            return &field;
    }
    return nullptr;
}

} // namespace confab::records
