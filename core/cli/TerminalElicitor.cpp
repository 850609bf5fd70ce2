#include "TerminalElicitor.h"

#include "cli/Output.h"
#include "cli/Terminal.h"
#include "cli/TerminalLines.h"
#include "mcp/McpText.h"

#include <QTimer>

namespace confab::cli {

namespace {

constexpr qsizetype ShownMessageChars = 2000;

} // namespace

TerminalElicitor::TerminalElicitor(QObject *parent)
    : QObject(parent)
    , m_input(new TerminalLines(this))
{
    connect(m_input, &TerminalLines::line, this, &TerminalElicitor::onLine);
    connect(m_input, &TerminalLines::closed, this, [this] {
        // The terminal closed: nobody can answer any more.
        err(QStringLiteral("\n"));
        while (!m_asks.isEmpty())
            answerFirst(ElicitationAction::Cancel);
    });
}

TerminalElicitor::~TerminalElicitor() = default;

void TerminalElicitor::ask(const McpElicitationRequest &request, Answer answer)
{
    if (!isTerminal(stdin)) {
        err(McpText::tr("confab: declined the request of the server %1 for input (\"%2\"): there is no "
                        "terminal to ask on.\n")
                .arg(request.server, request.message.left(200).simplified()));
        QTimer::singleShot(0, this, [answer] { answer(elicitationResult(ElicitationAction::Decline)); });
        return;
    }
    m_asks.append({request, std::move(answer)});
    if (m_asks.size() == 1)
        promptNext();
}

void TerminalElicitor::promptNext()
{
    if (m_asks.isEmpty()) {
        m_input->pause();
        return;
    }
    const McpElicitationRequest &request = m_asks.first().request;
    m_fields = elicitationFields(request.requestedSchema);
    m_content = {};
    m_field = -1;
    QString message = request.message.trimmed();
    if (message.size() > ShownMessageChars)
        message = message.left(ShownMessageChars) + QStringLiteral("…");
    err(McpText::tr("\nThe server %1 asks:\n  %2\nAnswer it? [a]nswer, [d]ecline, [c]ancel: ")
            .arg(request.server, message));
    m_input->awaitLine();
}

void TerminalElicitor::promptField()
{
    if (m_field >= m_fields.size()) {
        answerFirst(ElicitationAction::Accept);
        return;
    }
    const ElicitationField &field = m_fields.at(m_field);
    QString prompt = QStringLiteral("  ") + field.title;
    if (!field.description.isEmpty())
        prompt += QStringLiteral(" (") + field.description + u')';
    if (field.type == ElicitationField::Type::Choice)
        prompt += QStringLiteral(" {") + field.choiceTitles.join(QStringLiteral(", ")) + u'}';
    if (field.type == ElicitationField::Type::Boolean)
        prompt += McpText::tr(" (yes/no)");
    const QString fallback = elicitationDefaultText(field);
    if (!fallback.isEmpty())
        prompt += QStringLiteral(" [") + fallback + u']';
    else if (!field.required)
        prompt += McpText::tr(" (optional)");
    err(prompt + QStringLiteral(": "));
    m_input->awaitLine();
}

void TerminalElicitor::onLine(const QString &line)
{
    if (m_field < 0) {
        const QString word = line.trimmed().toLower();
        if (word == QLatin1String("a") || word == QLatin1String("answer")) {
            m_field = 0;
            promptField();
        } else if (word == QLatin1String("d") || word == QLatin1String("decline")) {
            answerFirst(ElicitationAction::Decline);
        } else if (word == QLatin1String("c") || word == QLatin1String("cancel")) {
            answerFirst(ElicitationAction::Cancel);
        } else {
            err(McpText::tr("Answer a (answer), d (decline) or c (cancel): "));
            m_input->awaitLine();
        }
        return;
    }
    const ElicitationField &field = m_fields.at(m_field);
    const QString text = line.isEmpty() ? elicitationDefaultText(field) : line;
    if (text.isEmpty() && !field.required) {
        ++m_field;
        promptField();
        return;
    }
    const std::optional<QJsonValue> value = elicitationValue(field, text);
    if (!value) {
        err(text.isEmpty() ? McpText::tr("  %1 is required: ").arg(field.title)
                           : McpText::tr("  That does not fit what the server asks for; again: "));
        m_input->awaitLine();
        return;
    }
    m_content.insert(field.key, *value);
    ++m_field;
    promptField();
}

void TerminalElicitor::answerFirst(ElicitationAction action)
{
    if (m_asks.isEmpty())
        return;
    const Ask ask = m_asks.takeFirst();
    ask.answer(elicitationResult(action, m_content));
    promptNext();
}

} // namespace confab::cli
