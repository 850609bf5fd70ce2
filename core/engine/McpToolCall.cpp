#include "McpToolCall.h"

#include "log/LogCategories.h"
#include "mcp/McpClient.h"
#include "mcp/McpConnections.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

namespace confab {

namespace {

// A result may carry a few pictures; more would only flood the answer.
constexpr int MaxPictures = 8;

quint64 nextAskId()
{
    static std::atomic<quint64> next{1};
    return next++;
}

} // namespace

McpToolCall::McpToolCall(McpConnections *connections, ToolApprover *approver,
                         const McpToolNames::Target &target, ToolCallRecord record, ToolApprovalRequest where,
                         PictureKeeper keepPictures, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_approver(approver)
    , m_target(target)
    , m_record(std::move(record))
    , m_where(std::move(where))
    , m_keepPictures(std::move(keepPictures))
{
    m_record.server = m_target.server;
    m_record.tool = m_target.tool.name;
}

McpToolCall::~McpToolCall()
{
    if (m_asking && m_approver)
        m_approver->cancel(m_where.id);
}

void McpToolCall::start()
{
    m_record.startedAt = QDateTime::currentDateTimeUtc();
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    QJsonParseError parseError;
    const QJsonDocument arguments = QJsonDocument::fromJson(
        m_record.arguments.isEmpty() ? QByteArray("{}") : m_record.arguments.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !arguments.isObject()) {
        finish(ToolCallRecord::State::Failed,
               tr("The arguments were not a JSON object: %1.").arg(parseError.errorString()));
        return;
    }
    McpApprovals &approvals = m_connections->approvals();
    if (approvals.isPreApproved(m_target.server, m_target.tool)) {
        send();
        return;
    }
    if (!m_approver) {
        finish(ToolCallRecord::State::Denied, tr("Nobody could be asked to allow it."));
        return;
    }
    m_where.id = nextAskId();
    m_where.server = m_target.server;
    m_where.tool = m_target.tool;
    m_where.arguments = m_record.arguments;
    m_where.changedSinceApproved = approvals.changedSinceApproved(m_target.server, m_target.tool);
    m_record.state = ToolCallRecord::State::Asking;
    m_asking = true;
    Q_EMIT changed(m_record);
    m_approver->ask(m_where, [this, guard = QPointer(this)](McpDecision decision) {
        if (guard && m_asking)
            decide(decision);
    });
}

void McpToolCall::decide(McpDecision decision)
{
    m_asking = false;
    if (decision == McpDecision::Deny) {
        finish(ToolCallRecord::State::Denied, tr("The user denied it."));
        return;
    }
    m_connections->approvals().record(m_target.server, m_target.tool, decision);
    send();
}

void McpToolCall::send()
{
    m_client = m_connections->client(m_target.server);
    if (!m_client) {
        finish(ToolCallRecord::State::Failed,
               tr("The server %1 is not running: %2")
                   .arg(m_target.server, m_connections->status(m_target.server).error));
        return;
    }
    const QJsonObject arguments = QJsonDocument::fromJson(m_record.arguments.toUtf8()).object();
    const int timeoutMs = m_connections->callTimeoutMs(m_target.server);
    m_record.state = ToolCallRecord::State::Running;
    m_requestId = m_client->callTool(
        m_target.tool.name, arguments,
        [this, guard = QPointer(this)](const McpToolResult &result, const QString &error) {
            if (guard)
                onResult(result, error);
        },
        [this, guard = QPointer(this)](const McpProgress &progress) {
            if (!guard || m_over)
                return;
            m_record.progress = progress.progress;
            m_record.total = progress.total;
            m_record.progressMessage = progress.message.left(256);
            Q_EMIT changed(m_record);
        },
        timeoutMs);
    qCInfo(lcEngine).noquote() << "tool call sent:" << m_target.server << m_target.tool.name;
    Q_EMIT changed(m_record);
}

void McpToolCall::onResult(const McpToolResult &result, const QString &error)
{
    if (m_over)
        return;
    if (!error.isEmpty()) {
        finish(ToolCallRecord::State::Failed, error);
        return;
    }
    QStringList texts;
    QList<QPair<QByteArray, QString>> pictures;
    for (const McpContent &content : result.content) {
        switch (content.kind) {
        case McpContent::Kind::Text:
            texts.append(content.text);
            break;
        case McpContent::Kind::Image:
            if (pictures.size() < MaxPictures)
                pictures.append({content.data, content.mimeType});
            else
                texts.append(QStringLiteral("[a picture left out: more than %1]").arg(MaxPictures));
            break;
        case McpContent::Kind::ResourceLink:
            m_record.links.append({content.uri.left(2048), content.name.left(256)});
            texts.append(QStringLiteral("[resource link %1: %2]").arg(content.name, content.uri));
            break;
        case McpContent::Kind::Resource:
            texts.append(content.text.isEmpty() ? QStringLiteral("[resource %1]").arg(content.uri)
                                                : content.text);
            break;
        case McpContent::Kind::Audio:
            texts.append(QStringLiteral("[audio, %1, not kept]").arg(content.mimeType));
            break;
        case McpContent::Kind::Unknown:
            texts.append(QStringLiteral("[%1 content]").arg(content.typeName));
            break;
        }
    }
    if (texts.isEmpty() && pictures.isEmpty() && !result.structuredContent.isUndefined() &&
        !result.structuredContent.isNull())
        texts.append(QString::fromUtf8(
            QJsonDocument::fromVariant(result.structuredContent.toVariant()).toJson(QJsonDocument::Compact)));
    if (!pictures.isEmpty() && m_keepPictures) {
        QStringList refusals;
        m_record.imageHashes = m_keepPictures(pictures, &refusals);
        if (!m_record.imageHashes.isEmpty())
            texts.append(
                QStringLiteral("[%1 picture(s) shown to the user]").arg(m_record.imageHashes.size()));
        for (const QString &refusal : std::as_const(refusals))
            texts.append(QStringLiteral("[a picture refused by Confab: %1]").arg(refusal));
    }
    QString text = texts.join(QLatin1Char('\n'));
    if (text.size() > ToolCallRecord::MaxResultChars) {
        text.truncate(ToolCallRecord::MaxResultChars);
        m_record.truncated = true;
    }
    m_record.resultText = text;
    m_record.isError = result.isError;
    finish(ToolCallRecord::State::Done);
}

void McpToolCall::cancel()
{
    if (m_over)
        return;
    if (m_asking) {
        m_asking = false;
        if (m_approver)
            m_approver->cancel(m_where.id);
        finish(ToolCallRecord::State::Cancelled, tr("Stopped before it was allowed."));
        return;
    }
    // The client answers our handler with "Cancelled" at once; the state says why.
    m_over = true;
    if (m_client)
        m_client->cancel(m_requestId, QStringLiteral("The user pressed Stop"));
    m_over = false;
    finish(ToolCallRecord::State::Cancelled, tr("The user stopped it."));
}

void McpToolCall::finish(ToolCallRecord::State state, const QString &error)
{
    if (m_over)
        return;
    m_over = true;
    m_record.state = state;
    m_record.error = error;
    m_record.durationMs = m_startedMs > 0 ? QDateTime::currentMSecsSinceEpoch() - m_startedMs : 0;
    m_record.progress = -1;
    m_record.total = -1;
    m_record.progressMessage.clear();
    qCInfo(lcEngine).noquote() << "tool call" << toString(state) << m_target.server << m_target.tool.name
                               << m_record.durationMs << "ms";
    Q_EMIT finished(m_record);
}

} // namespace confab
