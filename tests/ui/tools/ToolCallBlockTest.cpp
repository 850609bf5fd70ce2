// The tool-call blocks of an answer in the conversation: what they show, when they are open, and that mouse,
// keyboard and screen reader reach them.
#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "chat/ChatView.h"
#include "chat/LinkPolicy.h"
#include "chat/MessageDelegate.h"
#include "chat/ToolCallSection.h"
#include "models/MessageListModel.h"
#include "store/Store.h"

#include <QAccessible>
#include <QFontMetrics>
#include <QTest>

using namespace confab;
using confab::test::waitUntil;
using confab::test::WindowFixture;

namespace {

ToolCallRecord call(const QString &tool, const QString &result)
{
    ToolCallRecord record;
    record.callId = QStringLiteral("call-") + tool;
    record.server = QStringLiteral("everything");
    record.tool = tool;
    record.functionName = QStringLiteral("everything__") + tool;
    record.arguments = QStringLiteral(R"({"message":"hello"})");
    record.state = ToolCallRecord::State::Done;
    record.resultText = result;
    record.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3);
    record.durationMs = 1234;
    return record;
}

qint64 chatWithCalls(WindowFixture &f, const QList<ToolCallRecord> &calls,
                     const QList<MessageImage> &images = {})
{
    Store *store = f.backend->store();
    const qint64 session = store->sessions()->create(QStringLiteral("Tools"))->id;
    NewMessage prompt;
    prompt.sessionId = session;
    prompt.content = QStringLiteral("Echo hello, then list the files.");
    store->messages()->create(prompt);
    NewMessage answer;
    answer.sessionId = session;
    answer.role = MessageRole::Assistant;
    answer.content = QStringLiteral("The server said hello.");
    answer.metadata.model = QStringLiteral("openai/gpt-4o-mini");
    answer.metadata.toolCalls = calls;
    answer.images = images;
    store->messages()->create(answer);
    f.window->openSession(session);
    REQUIRE(waitUntil([&] { return f.window->chatView()->model()->rowCount() == 2; }));
    return session;
}

// Where the header of one call of the answer row can be clicked.
QPoint headerOf(WindowFixture &f, int call)
{
    ui::ChatView *view = f.window->chatView();
    const QModelIndex index = view->model()->index(1, 0);
    view->scrollTo(index);
    QApplication::processEvents();
    const QRect rect = view->visualRect(index);
    for (int y = rect.top(); y <= rect.bottom(); y += 2)
        for (int x = rect.left(); x <= rect.right(); x += 4) {
            const ui::MessageHit hit = view->messageDelegate()->hitTest(rect, index, QPoint(x, y));
            if (hit.kind == ui::MessageHit::Kind::ToolCallToggle && hit.value.toInt() == call)
                return {x, y};
        }
    return {-1, -1};
}

QStringList hitValues(WindowFixture &f, ui::MessageHit::Kind kind)
{
    ui::ChatView *view = f.window->chatView();
    const QModelIndex index = view->model()->index(1, 0);
    const QRect rect = view->visualRect(index);
    QStringList values;
    for (int y = rect.top(); y <= rect.bottom(); y += 2)
        for (int x = rect.left(); x <= rect.right(); x += 3) {
            const ui::MessageHit hit = view->messageDelegate()->hitTest(rect, index, QPoint(x, y));
            if (hit.kind == kind && !values.contains(hit.value))
                values << hit.value;
        }
    return values;
}

} // namespace

TEST_CASE("A short call shows open, a long one closed â a click or U opens and closes them")
{
    WindowFixture f;
    f.window->resize(1000, 900);
    QString longResult;
    for (int line = 0; line < 40; ++line)
        longResult += QStringLiteral("line %1 of a long listing\n").arg(line);
    chatWithCalls(f, {call(QStringLiteral("echo"), QStringLiteral("Echo: hello")),
                      call(QStringLiteral("list_files"), longResult)});
    ui::ChatView *view = f.window->chatView();
    ui::MessageDelegate *delegate = view->messageDelegate();
    const QModelIndex row = view->model()->index(1, 0);
    CHECK(delegate->isToolCallExpanded(row, 0));
    CHECK_FALSE(delegate->isToolCallExpanded(row, 1));
    REQUIRE(headerOf(f, 0).x() >= 0);
    REQUIRE(headerOf(f, 1).x() >= 0);
    const auto height = [&] { return view->visualRect(view->model()->index(1, 0)).height(); };
    const int closedHeight = height();

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, headerOf(f, 1));
    CHECK(delegate->isToolCallExpanded(row, 1));
    // The opened listing adds many lines, however large the system's font (Wine's is 11 px a line).
    const int lineHeight = QFontMetrics(view->font()).height();
    REQUIRE(waitUntil([&] { return height() > closedHeight + 10 * lineHeight; }));

    // U on the focused answer: all open now, so all close.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::keyClick(view, Qt::Key_U);
    CHECK_FALSE(delegate->isToolCallExpanded(row, 0));
    CHECK_FALSE(delegate->isToolCallExpanded(row, 1));
    REQUIRE(waitUntil([&] { return height() < closedHeight; }));
    QTest::keyClick(view, Qt::Key_U);
    CHECK(delegate->isToolCallExpanded(row, 0));
    CHECK(delegate->isToolCallExpanded(row, 1));
}

TEST_CASE("A result's links are clickable only through the link policy, and its pictures are thumbnails")
{
    WindowFixture f;
    f.window->resize(1000, 900);
    const QString path = f.writeImage(QStringLiteral("tiny.png"), QSize(40, 30), Qt::red);
    const StoredImage stored = f.backend->store()->images()->storeFile(path);
    MessageImage image;
    image.hash = stored.hash;
    image.width = stored.width;
    image.height = stored.height;
    image.mime = stored.mime;
    ToolCallRecord withLinks = call(QStringLiteral("get_resource_links"),
                                    QStringLiteral("See [the docs](https://example.com/docs)."));
    withLinks.links = {{QStringLiteral("file:///etc/passwd"), QStringLiteral("passwd")}};
    withLinks.imageHashes = {stored.hash};
    chatWithCalls(f, {withLinks}, {image});

    const QStringList links = hitValues(f, ui::MessageHit::Kind::Link);
    CHECK(links.contains(QStringLiteral("https://example.com/docs")));
    CHECK(links.contains(QStringLiteral("file:///etc/passwd")));
    CHECK(ui::isOpenableLink(QUrl(QStringLiteral("https://example.com/docs"))));
    CHECK_FALSE(ui::isOpenableLink(QUrl(QStringLiteral("file:///etc/passwd"))));
    // The picture is in the call's block, and not a second time below the answer.
    CHECK(hitValues(f, ui::MessageHit::Kind::Image) == QStringList{stored.hash});
    const QPoint at = f.findHit(1, int(ui::MessageHit::Kind::Image));
    REQUIRE(at.x() >= 0);
    CHECK(headerOf(f, 0).y() < at.y());
}

TEST_CASE("A running call shows its progress, and a denied one why")
{
    ToolCallRecord running = call(QStringLiteral("trigger-long-running-operation"), {});
    running.state = ToolCallRecord::State::Running;
    running.progress = 2;
    running.total = 5;
    running.progressMessage = QStringLiteral("Step 2 of 5");
    CHECK(ui::ToolCallSection::stateText(running).contains(QStringLiteral("2 of 5")));
    CHECK(ui::ToolCallSection::stateText(running).contains(QStringLiteral("Step 2 of 5")));

    ToolCallRecord denied = call(QStringLiteral("write_file"), {});
    denied.state = ToolCallRecord::State::Denied;
    denied.error = QStringLiteral("You denied this call.");
    CHECK(ui::ToolCallSection::stateText(denied) == QStringLiteral("Denied"));
    CHECK(ui::ToolCallSection::bodyMarkdown(denied).contains(QStringLiteral("You denied this call.")));
    CHECK(ui::ToolCallSection::spokenText(denied).contains(QStringLiteral("write_file")));

    // A result with fences of its own cannot break out of its code block.
    ToolCallRecord fenced = call(QStringLiteral("echo"), QStringLiteral("{\"a\": \"```\"}"));
    fenced.arguments = QStringLiteral("````not json");
    CHECK(
        ui::ToolCallSection::bodyMarkdown(fenced).contains(QStringLiteral("`````json\n````not json\n`````")));
}

TEST_CASE("The answer's accessible text names its tool calls")
{
    WindowFixture f;
    chatWithCalls(f, {call(QStringLiteral("echo"), QStringLiteral("Echo: hello"))});
    const QString name = f.window->chatView()->model()->index(1, 0).data(Qt::AccessibleTextRole).toString();
    CHECK(name.contains(QStringLiteral("echo")));
    CHECK(name.contains(QStringLiteral("everything")));
    const QString description =
        f.window->chatView()->model()->index(1, 0).data(Qt::AccessibleDescriptionRole).toString();
    CHECK(description.contains(QStringLiteral("U")));
}
