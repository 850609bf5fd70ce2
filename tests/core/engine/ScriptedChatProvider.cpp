#include "ScriptedChatProvider.h"

#include <QTimer>

namespace confab::test {

namespace {

class ScriptedReply : public ChatReply
{
public:
    ScriptedReply(QStringList pieces, std::optional<ChatError> error, QObject *parent)
        : ChatReply(parent)
        , m_pieces(std::move(pieces))
        , m_error(std::move(error))
    {
        m_result.model = QStringLiteral("scripted/model");
        QTimer::singleShot(0, this, &ScriptedReply::step);
    }

    void cancel() override
    {
        if (m_done)
            return;
        ChatError stopped;
        stopped.kind = ChatError::Kind::Cancelled;
        stopped.partialText = m_result.text;
        end([&] { emit failed(stopped); });
    }
    bool isDone() const override { return m_done; }
    const ChatResult &progress() const override { return m_result; }

private:
    void step()
    {
        if (m_done)
            return;
        if (m_next < m_pieces.size()) {
            const QString piece = m_pieces.at(m_next++);
            m_result.text += piece;
            emit textDelta(piece);
            QTimer::singleShot(0, this, &ScriptedReply::step);
            return;
        }
        if (m_error) {
            ChatError error = *m_error;
            error.partialText = m_result.text;
            end([&] { emit failed(error); });
            return;
        }
        m_result.finishReason = QStringLiteral("stop");
        m_result.completionTokens = int(m_pieces.size());
        end([&] { emit finished(m_result); });
    }

    template<typename Emit> void end(Emit emitIt)
    {
        m_done = true;
        emitIt();
    }

    QStringList m_pieces;
    std::optional<ChatError> m_error;
    ChatResult m_result;
    qsizetype m_next = 0;
    bool m_done = false;
};

} // namespace

ChatReply *ScriptedChatProvider::streamChat(const ChatRequest &request)
{
    requests << request;
    return new ScriptedReply(pieces, error, this);
}

} // namespace confab::test
