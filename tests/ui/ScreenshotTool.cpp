// confab_screenshots: drives the real window against the local protocol servers and saves the pictures in
// docs/screenshots. Run it under xvfb-run for real fonts: xvfb-run -a build/ui/tests/ui/confab_screenshots
// DIR [LANGUAGE], where LANGUAGE is a setting value such as "de" (English when absent). "confab_screenshots
// DIR high-contrast" takes only high-contrast-large.png; run that one with QT_SCALE_FACTOR=1.5
// QT_FONT_DPI=144 to check that large text neither clips nor overlaps. "confab_screenshots DIR tools" takes
// only the MCP pictures (tools/ToolScreenshots.cpp).
#include "FalServer.h"
#include "MainWindow.h"
#include "OpenRouterServer.h"
#include "TestEnvironment.h"
#include "Wait.h"
#include "chat/ChatView.h"
#include "chat/MessageActions.h"
#include "chat/MessageDelegate.h"
#include "common/AppEnvironment.h"
#include "common/Translations.h"
#include "dialogs/SettingsDialog.h"
#include "engine/Backend.h"
#include "engine/ConversationEngine.h"
#include "input/AttachmentStrip.h"
#include "input/DocumentChips.h"
#include "input/InputArea.h"
#include "input/ModelPicker.h"
#include "input/PromptEdit.h"
#include "input/ReasoningEffortPicker.h"
#include "keys/KeyStore.h"
#include "models/MessageListModel.h"
#include "models/SessionListModel.h"
#include "settings/Settings.h"
#include "sidebar/Sidebar.h"
#include "store/Store.h"
#include "tools/ToolScreenshots.h"
#include "usage/UsageWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTest>
#include <QToolButton>

#include <cstdio>

using namespace confab;

namespace {

const char *const MarkdownAnswer = R"(## Moving instead of copying

A **move** hands an object's resources to another object instead of duplicating them. After the move
the source is left *valid but unspecified*, so only assign to it or destroy it.

```cpp
std::vector<std::string> load(const std::filesystem::path &file)
{
    std::vector<std::string> lines;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);)
        lines.push_back(std::move(line)); // no copy of the buffer
    return lines;                          // moved (or elided)
}
```

When it pays off:

1. Containers and strings that own heap memory.
2. Unique owners such as `std::unique_ptr` — they **cannot** be copied at all.
3. Returning large values from functions.

| Operation | Copy | Move |
|-----------|------|------|
| `std::string` (1 MB) | ~120 µs | ~5 ns |
| `std::vector<int>` (1M) | ~400 µs | ~5 ns |

See [cppreference](https://en.cppreference.com/w/cpp/utility/move) for the details.)";

const char *const ThinkingNotes =
    "Compare 9.11 and 9.9 as decimal numbers, not as version numbers. Both have the whole part 9. "
    "The fractional parts are 0.11 and 0.9; written with two digits, 0.90 against 0.11. "
    "0.90 is larger, so 9.9 is the bigger number.";

const char *const ThinkingAnswer =
    "**9.9 is bigger.** Written with the same number of decimals, 9.90 > 9.11: "
    "the tenths digit decides (9 against 1).";

struct Shooter
{
    QString outDir;
    Backend *backend;
    ui::MainWindow *window;

    void settle(int ms = 300)
    {
        test::spinFor(ms);
        window->repaint();
        QApplication::processEvents();
    }
    void save(QWidget *widget, const QString &name)
    {
        QApplication::processEvents();
        const QString path = outDir + QLatin1Char('/') + name;
        if (!widget->grab().save(path))
            std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        else
            std::printf("%s\n", qPrintable(path));
    }
    // The window with an open popup (a combo box's list) drawn where it shows on screen.
    void saveWithPopup(QWidget *widget, QWidget *popup, const QString &name)
    {
        QApplication::processEvents();
        QPixmap picture = widget->grab();
        QPainter painter(&picture);
        painter.drawPixmap(popup->mapToGlobal(QPoint()) - widget->mapToGlobal(QPoint()), popup->grab());
        painter.end();
        const QString path = outDir + QLatin1Char('/') + name;
        if (!picture.save(path))
            std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        else
            std::printf("%s\n", qPrintable(path));
    }
    bool waitIdle(int timeoutMs = 15000)
    {
        return test::waitUntil([this] { return !backend->engine()->isBusy(window->currentSession()); },
                               timeoutMs);
    }
    void send(const QString &prompt)
    {
        ui::PromptEdit *editor = window->inputArea()->editor();
        editor->setPlainText(prompt);
        window->inputArea()->revalidate();
        QTest::keyClick(editor, Qt::Key_Return);
        test::spinFor(100);
        waitIdle();
        settle();
    }
    qint64 seedChat(const QString &title, const QString &prompt, const QString &answer, int daysAgo)
    {
        Store *store = backend->store();
        const std::optional<Session> session = store->sessions()->create(title);
        NewMessage user;
        user.sessionId = session->id;
        user.content = prompt;
        user.createdAt = QDateTime::currentDateTime().addDays(-daysAgo).addSecs(-3600);
        store->messages()->create(user);
        NewMessage reply;
        reply.sessionId = session->id;
        reply.role = MessageRole::Assistant;
        reply.content = answer;
        reply.createdAt = user.createdAt.addSecs(8);
        reply.metadata.model = QStringLiteral("anthropic/claude-sonnet-4");
        store->messages()->create(reply);
        store->sessions()->rename(session->id, title);
        return session->id;
    }
};

// The high-contrast theme with the keyboard focus on a stopped answer, so the focus ring shows.
int shootHighContrast(Shooter &shot, testserver::OpenRouterServer &openRouter)
{
    Backend &backend = *shot.backend;
    ui::MainWindow &window = *shot.window;
    backend.settings()->setValue(SettingKey::Theme, QStringLiteral("high-contrast"));
    shot.seedChat(QStringLiteral("Trip ideas for Lisbon"), QStringLiteral("Three days in Lisbon?"),
                  QStringLiteral("Day one: Alfama and the castle..."), 3);
    window.newChat();
    testserver::Scenario markdown;
    markdown.text = QString::fromUtf8(MarkdownAnswer).section(QStringLiteral("```cpp"), 0, 0).trimmed();
    openRouter.enqueue(markdown);
    shot.send(QStringLiteral("When does std::move actually help?"));
    testserver::Scenario slow;
    slow.answer = testserver::Scenario::Answer::LongText;
    slow.tokenCount = 400;
    slow.tokenDelayMs = 15;
    openRouter.enqueue(slow);
    // Shortcuts such as Escape only reach an active window.
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        qWarning("the window never became active; Escape will not stop the answer");
    ui::PromptEdit *editor = window.inputArea()->editor();
    editor->setPlainText(QStringLiteral("And perfect forwarding?"));
    window.inputArea()->revalidate();
    QTest::keyClick(editor, Qt::Key_Return);
    test::spinFor(400);
    QTest::keyClick(editor, Qt::Key_Escape);
    shot.waitIdle();
    window.chatView()->setFocus();
    window.chatView()->setCurrentIndex(
        window.chatView()->model()->index(window.chatView()->model()->rowCount() - 1, 0));
    shot.settle(500);
    shot.save(&window, QStringLiteral("high-contrast-large.png"));
    return 0;
}

// The window a new user sees: no keys yet, so the empty chat explains what to do.
void shootFirstRun(const QString &outDir, const AppEnvironment &paths)
{
    Backend backend(paths);
    const OpenResult opened = backend.open();
    backend.settings()->setValue(SettingKey::Theme, QStringLiteral("light"));
    ui::MainWindow window(&backend, opened);
    window.resize(1180, 780);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return;
    Shooter shot{outDir, &backend, &window};
    test::waitUntil([&] { return window.chatView()->showsFirstRunHint(); }, 3000);
    shot.settle();
    shot.save(&window, QStringLiteral("first-run.png"));
}

// A question edited once, shown at its first version: "‹ 1/2 ›" under it.
void shootBranches(Shooter &shot)
{
    ui::MainWindow &window = *shot.window;
    window.newChat();
    shot.send(QStringLiteral("Name ideas for a grey kitten?"));
    MessageListModel *messages = window.messageModel();
    const Message question = messages->messageAt(0);
    window.inputArea()->startEditing(question, GenerationMode::Text);
    shot.send(QStringLiteral("Name ideas for a black kitten?"));
    const qint64 edited = messages->messageAt(0).id;
    window.messageActions()->stepVersion(edited, -1);
    shot.settle();
    shot.save(&window, QStringLiteral("branches.png"));
}

} // namespace

int main(int argc, char **argv)
{
    test::TestEnvironment environment;
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Confab"));
    QCoreApplication::setApplicationName(QStringLiteral("Confab"));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    installTranslations(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en"));
    QDir().mkpath(outDir);

    testserver::OpenRouterServer openRouter;
    testserver::FalServer fal;
    openRouter.listen();
    fal.listen();
    fal.setStepDelayMs(20);
    openRouter.setTokenDelayMs(1);
    AppEnvironment paths = AppEnvironment::inFolder(environment.root() + QStringLiteral("/data"));
    paths.openRouterUrl = openRouter.baseUrl();
    paths.falQueueUrl = fal.baseUrl();
    paths.falStorageUrl = fal.baseUrl();
    paths.keySource.insert(QStringLiteral("OPENROUTER_API_KEY"), QStringLiteral("sk-or-v1-screenshot"));
    paths.keySource.insert(QStringLiteral("FAL_KEY"), QStringLiteral("screenshot-id:screenshot-secret"));

    AppEnvironment firstRun = AppEnvironment::inFolder(environment.root() + QStringLiteral("/first-run"));
    firstRun.openRouterUrl = paths.openRouterUrl;
    firstRun.falQueueUrl = paths.falQueueUrl;
    firstRun.falStorageUrl = paths.falStorageUrl;
    shootFirstRun(outDir, firstRun);

    Backend backend(paths);
    const OpenResult opened = backend.open();
    backend.settings()->setValue(SettingKey::Theme, QStringLiteral("light"));
    backend.settings()->setValue(SettingKey::DailyCapUsd, 2.0);
    backend.settings()->setValue(SettingKey::MonthlyCapUsd, 25.0);
    backend.settings()->setValue(SettingKey::ImageCount, 4);
    ui::MainWindow window(&backend, opened);
    window.resize(1180, 780);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    Shooter shot{outDir, &backend, &window};
    test::waitUntil([&] { return backend.keys()->isLoaded(); }, 3000);
    shot.settle();
    if (argc > 2 && QString::fromLocal8Bit(argv[2]) == QLatin1String("high-contrast"))
        return shootHighContrast(shot, openRouter);
    if (argc > 2 && QString::fromLocal8Bit(argv[2]) == QLatin1String("tools"))
        return test::shootTools(outDir, backend, window, openRouter);
    shot.save(&window, QStringLiteral("empty-window.png"));

    shot.seedChat(QStringLiteral("Trip ideas for Lisbon"), QStringLiteral("Three days in Lisbon?"),
                  QStringLiteral("Day one: Alfama and the castle..."), 6);
    const qint64 pinned =
        shot.seedChat(QStringLiteral("SQLite WAL tuning"), QStringLiteral("How big should the WAL be?"),
                      QStringLiteral("Checkpoint every 1000 pages..."), 2);
    backend.store()->sessions()->setPinned(pinned, true);
    shot.seedChat(QStringLiteral("Regex for ISO dates"), QStringLiteral("Match 2024-03-01"),
                  QStringLiteral("`\\d{4}-\\d{2}-\\d{2}`"), 1);

    // A long Markdown answer with code, a list and a table.
    window.newChat();
    testserver::Scenario markdown;
    markdown.text = QString::fromUtf8(MarkdownAnswer);
    openRouter.enqueue(markdown);
    shot.send(QStringLiteral("When does std::move actually help? Show an example."));
    shot.save(&window, QStringLiteral("main-window.png"));

    // An error with Retry.
    testserver::Scenario failing;
    failing.answer = testserver::Scenario::Answer::PreStreamError;
    failing.httpStatus = 402;
    openRouter.enqueue(failing);
    shot.send(QStringLiteral("And what about perfect forwarding?"));
    shot.save(&window, QStringLiteral("error-retry.png"));

    shootBranches(shot);

    // Text → Image with four pictures.
    window.newChat();
    window.inputArea()->setMode(GenerationMode::TextToImage);
    shot.send(QStringLiteral("A lighthouse on a cliff at dusk, warm light, watercolour"));
    test::waitUntil([&] { return false; }, 800);
    shot.settle();
    shot.save(&window, QStringLiteral("image-generation.png"));

    // Image → Image: the first generated picture, edited.
    QString firstImage;
    MessageListModel *messages = window.messageModel();
    for (int row = 0; row < messages->rowCount() && firstImage.isEmpty(); ++row)
        if (!messages->messageAt(row).images.isEmpty())
            firstImage = messages->messageAt(row).images.first().hash;
    if (!firstImage.isEmpty()) {
        window.newChat();
        window.inputArea()->attachHash(firstImage, QStringLiteral("lighthouse.jpeg"));
        shot.settle();
        shot.send(QStringLiteral("Make it a stormy night with lightning"));
        test::waitUntil([&] { return false; }, 800);
        shot.settle();
        shot.save(&window, QStringLiteral("image-edit.png"));
    }

    // The image models with their prices, the list open; then an edit model that takes a resolution.
    window.newChat();
    window.inputArea()->setMode(GenerationMode::TextToImage);
    shot.settle();
    if (auto *models = window.findChild<QComboBox *>(QStringLiteral("imageModel"))) {
        models->showPopup();
        shot.settle();
        shot.saveWithPopup(&window, models->view()->window(), QStringLiteral("image-models.png"));
        models->hidePopup();
        window.inputArea()->setMode(GenerationMode::ImageToImage);
        models->setCurrentIndex(models->findData(QStringLiteral("fal-ai/nano-banana-pro/edit")));
        shot.settle();
        shot.save(&window, QStringLiteral("image-edit-options.png"));
    }

    // A reasoning model: the Thinking section streams open, closes when the answer starts, and opens on a
    // click.
    window.newChat();
    window.inputArea()->setMode(GenerationMode::Text);
    if (auto *picker = window.findChild<ui::ModelPicker *>(QStringLiteral("modelPicker")))
        picker->setPreferred(QStringLiteral("google/gemini-3-flash-preview"));
    window.inputArea()->reasoningEffort()->setEffort(QStringLiteral("high"));
    testserver::Scenario thinking;
    thinking.answer = testserver::Scenario::Answer::Reasoning;
    thinking.reasoning = QString::fromUtf8(ThinkingNotes);
    thinking.text = QString::fromUtf8(ThinkingAnswer);
    openRouter.enqueue(thinking);
    shot.send(QStringLiteral("Is 9.11 bigger than 9.9?"));
    const QModelIndex answer =
        window.chatView()->model()->index(window.chatView()->model()->rowCount() - 1, 0);
    window.chatView()->messageDelegate()->toggleThinking(answer);
    shot.settle();
    shot.save(&window, QStringLiteral("reasoning.png"));
    const qint64 reasoningChat = window.currentSession();

    // A question about a PDF: its chip in the editor, then the question with the document's line.
    window.newChat();
    if (auto *picker = window.findChild<ui::ModelPicker *>(QStringLiteral("modelPicker")))
        picker->setPreferred(QStringLiteral("openai/gpt-4o-mini"));
    QFile pdf(environment.root() + QStringLiteral("/quarterly-report.pdf"));
    if (pdf.open(QIODevice::WriteOnly)) {
        pdf.write("%PDF-1.7\n");
        for (int page = 0; page < 14; ++page)
            pdf.write("<< /Type /Page >>\n" + QByteArray(90'000, ' ') + "\n");
        pdf.close();
        backend.attachments()->addFiles({pdf.fileName()});
        test::waitUntil([&] { return window.inputArea()->documents()->count() == 1; });
        window.inputArea()->editor()->setPlainText(
            QStringLiteral("What are the three main risks in this report?"));
        shot.settle();
        shot.save(&window, QStringLiteral("pdf-attached.png"));
        shot.send(QStringLiteral("What are the three main risks in this report?"));
        shot.save(&window, QStringLiteral("pdf-question.png"));
        QFile::remove(pdf.fileName());
    }

    // Search the web: the answer with its numbered sources.
    window.newChat();
    window.inputArea()->webSearch()->setChecked(true);
    shot.send(QStringLiteral("What is new in Qt, and which Qt does Debian bookworm ship?"));
    shot.save(&window, QStringLiteral("web-search.png"));
    window.inputArea()->webSearch()->setChecked(false);

    window.showSettings();
    shot.settle();
    if (auto *settings = window.findChild<ui::SettingsDialog *>()) {
        shot.save(settings, QStringLiteral("settings.png"));
        settings->close();
    }
    window.showUsage();
    shot.settle();
    if (auto *usage = window.findChild<ui::UsageWindow *>()) {
        shot.save(usage, QStringLiteral("usage.png"));
        usage->close();
    }

    backend.settings()->setValue(SettingKey::Theme, QStringLiteral("dark"));
    window.openSession(window.sidebar()->model()->sessionAt(window.sidebar()->model()->rowCount() - 1).id);
    for (int row = 0; row < window.sidebar()->model()->rowCount(); ++row) {
        const Session s = window.sidebar()->model()->sessionAt(row);
        if (s.title.startsWith(QStringLiteral("When does")))
            window.openSession(s.id);
    }
    shot.settle(500);
    shot.save(&window, QStringLiteral("dark-theme.png"));
    window.openSession(reasoningChat);
    shot.settle(500);
    shot.save(&window, QStringLiteral("reasoning-dark.png"));
    return 0;
}
