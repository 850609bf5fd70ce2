#pragma once

#include "openrouter/ChatProvider.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace confab::test {

// A chat provider inside the test process: each reply streams the scripted pieces one per event-loop turn and
// then finishes, or fails with the scripted error. For engine tests that are about the engine, not HTTP.
class ScriptedChatProvider : public QObject, public ChatProvider
{
    Q_OBJECT
public:
    using QObject::QObject;

    ChatReply *streamChat(const ChatRequest &request) override;
    QUrl endpoint() const override { return QUrl(QStringLiteral("http://127.0.0.1/in-process")); }
    QString name() const override { return QStringLiteral("scripted"); }

    QStringList pieces{QStringLiteral("Hello"), QStringLiteral(", "), QStringLiteral("world.")};
    std::optional<ChatError> error;
    QList<ChatRequest> requests;
};

} // namespace confab::test
