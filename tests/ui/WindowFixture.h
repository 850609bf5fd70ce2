#pragma once

#include "FalServer.h"
#include "MainWindow.h"
#include "OpenRouterServer.h"
#include "domain/Message.h"
#include "engine/Backend.h"
#include "store/OpenResult.h"

#include <QImage>
#include <QTemporaryDir>

#include <memory>

class QAbstractItemView;

namespace confab::test {

// A real window on a real Backend: a store in a fresh temporary folder, and the OpenRouter and fal stand-ins
// on loopback. Keys come from the environment, as a user's OPENROUTER_API_KEY / FAL_KEY would; settings and
// the keychain entry are the fixture's own, never the user's.
class WindowFixture
{
public:
    struct Options
    {
        bool openRouterKey = true;
        bool falKey = true;
        int tokenDelayMs = 0;
    };

    WindowFixture();
    explicit WindowFixture(const Options &options);
    ~WindowFixture();

    testserver::OpenRouterServer openRouter;
    testserver::FalServer fal;
    QTemporaryDir dir;
    std::unique_ptr<Backend> backend;
    OpenResult opened;
    std::unique_ptr<ui::MainWindow> window;

    // The window's own settings file, in the fixture's folder.
    QString settingsFile() const;
    // Types the prompt into the editor and presses Enter, as the user does.
    void typeAndSend(const QString &prompt);
    // The latest assistant message of the open chat.
    Message lastAnswer() const;
    bool lastAnswerIs(MessageStatus status) const;
    // A PNG file of the given size in the fixture's folder.
    QString writeImage(const QString &name, QSize size = QSize(64, 48),
                       QColor color = QColor(0x33, 0x88, 0xcc));
    // A session with a prompt and an answer, written straight to the store.
    qint64 addChat(const QString &title, const QString &prompt, const QString &answer);
    // A chat whose answer carries stored images.
    qint64 addImageChat(const QString &prompt, int images);
    // Where in the view a row's part (Retry, an image, ...) can be clicked, or (-1,-1).
    QPoint findHit(int row, int kind) const;
    void dropFiles(const QStringList &paths);
};

} // namespace confab::test
