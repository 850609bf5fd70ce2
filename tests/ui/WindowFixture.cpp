#include "WindowFixture.h"

#include "Wait.h"
#include "chat/ChatView.h"
#include "chat/MessageDelegate.h"
#include "common/AppEnvironment.h"
#include "input/InputArea.h"
#include "input/PromptEdit.h"
#include "keys/KeyStore.h"
#include "models/MessageListModel.h"
#include "store/Store.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace confab::test {

WindowFixture::WindowFixture()
    : WindowFixture(Options{})
{}

WindowFixture::WindowFixture(const Options &options)
{
    openRouter.listen();
    fal.listen();
    fal.setStepDelayMs(10);
    openRouter.setTokenDelayMs(options.tokenDelayMs);
    AppEnvironment environment = AppEnvironment::inFolder(dir.path());
    // Its own settings file and keychain service, so no window test reads or writes the user's.
    environment.settingsFile = settingsFile();
    environment.keychainService =
        QStringLiteral("Confab-test-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    environment.openRouterUrl = openRouter.baseUrl();
    environment.falQueueUrl = fal.baseUrl();
    environment.falStorageUrl = fal.baseUrl();
    if (options.openRouterKey)
        environment.keySource.insert(QStringLiteral("OPENROUTER_API_KEY"),
                                     QStringLiteral("sk-or-v1-test-key-for-the-window"));
    if (options.falKey)
        environment.keySource.insert(QStringLiteral("FAL_KEY"),
                                     QStringLiteral("fal-test-id:fal-test-secret"));
    backend = std::make_unique<Backend>(environment);
    opened = backend->open();
    window = std::make_unique<ui::MainWindow>(backend.get(), opened);
    window->resize(1000, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the window was never exposed");
    waitUntil([this] { return backend->keys()->isLoaded(); }, 3000);
}

WindowFixture::~WindowFixture()
{
    window.reset();
    backend.reset();
}

QString WindowFixture::settingsFile() const
{
    return dir.filePath(QStringLiteral("settings.ini"));
}

void WindowFixture::typeAndSend(const QString &prompt)
{
    ui::PromptEdit *editor = window->inputArea()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, prompt);
    QTest::keyClick(editor, Qt::Key_Return);
}

Message WindowFixture::lastAnswer() const
{
    MessageListModel *model = window->messageModel();
    for (int row = model->rowCount() - 1; row >= 0; --row)
        if (model->messageAt(row).role == MessageRole::Assistant)
            return model->messageAt(row);
    return {};
}

bool WindowFixture::lastAnswerIs(MessageStatus status) const
{
    const Message answer = lastAnswer();
    return answer.id > 0 && answer.status == status;
}

QString WindowFixture::writeImage(const QString &name, QSize size, QColor color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    const QString path = dir.filePath(name);
    image.save(path, "PNG");
    return path;
}

qint64 WindowFixture::addChat(const QString &title, const QString &prompt, const QString &answer)
{
    Store *store = backend->store();
    const std::optional<Session> session = store->sessions()->create(title);
    NewMessage user;
    user.sessionId = session->id;
    user.role = MessageRole::User;
    user.content = prompt;
    store->messages()->create(user);
    NewMessage reply;
    reply.sessionId = session->id;
    reply.role = MessageRole::Assistant;
    reply.content = answer;
    reply.metadata.model = QStringLiteral("openai/gpt-4o-mini");
    reply.metadata.generationMs = 1800;
    reply.metadata.promptTokens = 40;
    reply.metadata.completionTokens = 120;
    reply.metadata.costUsd = 0.0004;
    store->messages()->create(reply);
    store->sessions()->rename(session->id, title);
    return session->id;
}

qint64 WindowFixture::addImageChat(const QString &prompt, int images)
{
    Store *store = backend->store();
    const std::optional<Session> session = store->sessions()->create(prompt, SessionType::Image);
    NewMessage user;
    user.sessionId = session->id;
    user.content = prompt;
    store->messages()->create(user);
    NewMessage reply;
    reply.sessionId = session->id;
    reply.role = MessageRole::Assistant;
    reply.contentType = ContentType::Image;
    reply.metadata.model = QStringLiteral("fal-ai/flux-pro/v1.1-ultra");
    for (int i = 0; i < images; ++i) {
        const QString path = writeImage(QStringLiteral("generated-%1.png").arg(i), QSize(320, 240),
                                        QColor::fromHsv((i * 70) % 360, 160, 220));
        const StoredImage stored = store->images()->storeFile(path);
        MessageImage image;
        image.hash = stored.hash;
        image.width = stored.width;
        image.height = stored.height;
        image.mime = stored.mime;
        image.position = i;
        reply.images << image;
    }
    store->messages()->create(reply);
    return session->id;
}

QPoint WindowFixture::findHit(int row, int kind) const
{
    ui::ChatView *view = window->chatView();
    view->scrollTo(view->model()->index(row, 0));
    QApplication::processEvents();
    const QModelIndex index = view->model()->index(row, 0);
    const QRect rect = view->visualRect(index);
    for (int y = rect.top(); y <= rect.bottom(); y += 3)
        for (int x = rect.left(); x <= rect.right(); x += 3)
            if (int(view->messageDelegate()->hitTest(rect, index, QPoint(x, y)).kind) == kind)
                return {x, y};
    return {-1, -1};
}

void WindowFixture::dropFiles(const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint at = window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
}

} // namespace confab::test
