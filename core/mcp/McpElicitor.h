#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace confab {

// One form a chat's server asks the user to fill in (elicitation, form mode).
struct McpElicitationRequest
{
    QString server;
    QString message;
    QJsonObject requestedSchema;
};

// Asks the user for what a server wants to know: the window with a small form, the command line on the
// terminal (or, without one, a decline said on stderr). McpConnections hands every chat server's elicitation
// to the one set; with none set, the server is told the user declined.
class McpElicitor
{
public:
    // Takes the ElicitResult (ElicitationForm.h: elicitationResult()).
    using Answer = std::function<void(const QJsonObject &result)>;

    virtual ~McpElicitor() = default;

    // Calls answer exactly once, now or later from the event loop.
    virtual void ask(const McpElicitationRequest &request, Answer answer) = 0;
};

} // namespace confab
