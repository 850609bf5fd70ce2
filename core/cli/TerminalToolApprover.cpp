#include "TerminalToolApprover.h"

#include "cli/Output.h"
#include "cli/Terminal.h"
#include "cli/TerminalLines.h"
#include "mcp/McpText.h"

#include <QTimer>

namespace confab::cli {

namespace {

constexpr qsizetype ShownArgumentChars = 600;

QString hints(const McpTool &tool)
{
    // Annotations are the server's own claims; shown as such.
    if (tool.readOnlyHint())
        return McpText::tr(" (says it is read-only)");
    if (tool.destructiveHint())
        return McpText::tr(" (may change or delete things)");
    return {};
}

} // namespace

TerminalToolApprover::TerminalToolApprover(Rules rules, QObject *parent)
    : QObject(parent)
    , m_rules(std::move(rules))
    , m_input(new TerminalLines(this))
{
    connect(m_input, &TerminalLines::line, this, &TerminalToolApprover::onAnswer);
    connect(m_input, &TerminalLines::closed, this, [this] {
        // The terminal closed: nobody can answer any more.
        err(QStringLiteral("\n"));
        while (!m_asks.isEmpty())
            answerFirst(McpDecision::Deny);
    });
}

TerminalToolApprover::~TerminalToolApprover() = default;

bool TerminalToolApprover::allowedUpFront(const ToolApprovalRequest &request) const
{
    return m_rules.allowAll || m_rules.allowed.contains(request.tool.name) ||
           m_rules.allowed.contains(request.server + QLatin1Char('/') + request.tool.name);
}

void TerminalToolApprover::ask(const ToolApprovalRequest &request, Answer answer)
{
    const QString name = request.server + QLatin1Char('/') + request.tool.name;
    if (allowedUpFront(request)) {
        QTimer::singleShot(0, this, [answer] { answer(McpDecision::AllowOnce); });
        return;
    }
    if (!isTerminal(stdin)) {
        err(McpText::tr("confab: refused the tool call %1: there is no terminal to ask on. Allow it with "
                        "--allow %2 (or --allow-all).\n")
                .arg(name, request.tool.name));
        QTimer::singleShot(0, this, [answer] { answer(McpDecision::Deny); });
        return;
    }
    m_asks.append({request, std::move(answer)});
    if (m_asks.size() == 1)
        promptNext();
}

void TerminalToolApprover::promptNext()
{
    if (m_asks.isEmpty()) {
        m_input->pause();
        return;
    }
    const ToolApprovalRequest &request = m_asks.first().request;
    QString arguments = request.arguments;
    if (arguments.size() > ShownArgumentChars)
        arguments = arguments.left(ShownArgumentChars) + QStringLiteral("…");
    QString text = McpText::tr("\nThe model wants to call %1 of the server %2%3 with:\n  %4\n")
                       .arg(request.tool.name, request.server, hints(request.tool), arguments);
    if (request.changedSinceApproved)
        text += McpText::tr("Its description or schema changed since you always allowed it.\n");
    text += McpText::tr("Allow it? [o]nce, [a]lways, [d]eny: ");
    err(text);
    m_input->awaitLine();
}

void TerminalToolApprover::onAnswer(const QString &line)
{
    const QString word = line.trimmed().toLower();
    if (word == QLatin1String("o") || word == QLatin1String("once"))
        answerFirst(McpDecision::AllowOnce);
    else if (word == QLatin1String("a") || word == QLatin1String("always"))
        answerFirst(McpDecision::AlwaysAllow);
    else if (word == QLatin1String("d") || word == QLatin1String("deny"))
        answerFirst(McpDecision::Deny);
    else {
        err(McpText::tr("Answer o (once), a (always) or d (deny): "));
        m_input->awaitLine();
    }
}

void TerminalToolApprover::answerFirst(McpDecision decision)
{
    if (m_asks.isEmpty())
        return;
    const Ask ask = m_asks.takeFirst();
    ask.answer(decision);
    promptNext();
}

void TerminalToolApprover::cancel(quint64 requestId)
{
    for (qsizetype i = 0; i < m_asks.size(); ++i) {
        if (m_asks.at(i).request.id != requestId)
            continue;
        m_asks.removeAt(i);
        if (i == 0) {
            err(McpText::tr("(not asked any more)\n"));
            promptNext();
        }
        return;
    }
}

} // namespace confab::cli
