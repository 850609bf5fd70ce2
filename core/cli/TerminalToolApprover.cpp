#include "TerminalToolApprover.h"

#include "cli/Output.h"
#include "mcp/McpText.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define read _read
#else
#include <unistd.h>
#endif

namespace confab::cli {

namespace {

constexpr qsizetype ShownArgumentChars = 600;
constexpr qsizetype MaxAnswerLine = 256;

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
{}

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
    if (!isatty(0)) {
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
        if (m_input)
            m_input->setEnabled(false);
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
    m_line.clear();
#ifdef Q_OS_WIN
    // Windows cannot watch a console handle with a socket notifier: the answer is read right here.
    char line[MaxAnswerLine];
    const QString word =
        std::fgets(line, sizeof line, stdin) ? QString::fromLocal8Bit(line).trimmed().toLower() : QString();
    answerFirst(word == QLatin1String("o") || word == QLatin1String("once")     ? McpDecision::AllowOnce
                : word == QLatin1String("a") || word == QLatin1String("always") ? McpDecision::AlwaysAllow
                                                                                : McpDecision::Deny);
    return;
#endif
    if (!m_input) {
        m_input = new QSocketNotifier(0, QSocketNotifier::Read, this);
        connect(m_input, &QSocketNotifier::activated, this, &TerminalToolApprover::readAnswer);
    }
    m_input->setEnabled(true);
}

void TerminalToolApprover::readAnswer()
{
    char chunk[128];
    const auto got = ::read(0, chunk, sizeof chunk);
    if (got <= 0) {
        // The terminal closed: nobody can answer any more.
        err(QStringLiteral("\n"));
        m_input->setEnabled(false);
        while (!m_asks.isEmpty())
            answerFirst(McpDecision::Deny);
        return;
    }
    m_line.append(chunk, got);
    const qsizetype newline = m_line.indexOf('\n');
    if (newline < 0) {
        if (m_line.size() > MaxAnswerLine)
            m_line.clear();
        return;
    }
    const QString word = QString::fromUtf8(m_line.left(newline)).trimmed().toLower();
    m_line.clear();
    if (word == QLatin1String("o") || word == QLatin1String("once"))
        answerFirst(McpDecision::AllowOnce);
    else if (word == QLatin1String("a") || word == QLatin1String("always"))
        answerFirst(McpDecision::AlwaysAllow);
    else if (word == QLatin1String("d") || word == QLatin1String("deny"))
        answerFirst(McpDecision::Deny);
    else
        err(McpText::tr("Answer o (once), a (always) or d (deny): "));
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
