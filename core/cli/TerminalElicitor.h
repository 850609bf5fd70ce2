#pragma once

#include "mcp/ElicitationForm.h"
#include "mcp/McpElicitor.h"

#include <QList>
#include <QObject>

namespace confab::cli {

class TerminalLines;

// `confab chat --tools`: a chat's server asks for input. On a terminal the form is asked field by field on
// stderr (answer, decline or cancel first; Enter keeps a field's default or leaves an optional one out; an
// answer that does not fit is asked again). Without a terminal it is declined and stderr says so. Answers
// are read through TerminalLines, so Ctrl+C still stops a command waiting for one.
class TerminalElicitor : public QObject, public McpElicitor
{
    Q_OBJECT
public:
    explicit TerminalElicitor(QObject *parent = nullptr);
    ~TerminalElicitor() override;

    void ask(const McpElicitationRequest &request, Answer answer) override;

private:
    struct Ask
    {
        McpElicitationRequest request;
        Answer answer;
    };

    void promptNext();
    void promptField();
    void onLine(const QString &line);
    void answerFirst(ElicitationAction action);

    QList<Ask> m_asks; // the first one is on the terminal
    QList<ElicitationField> m_fields;
    QJsonObject m_content;
    int m_field = -1; // -1: the answer/decline/cancel question
    TerminalLines *m_input;
};

} // namespace confab::cli
