// The approval prompt on its own and through the window's approver: what it shows, what each button and key
// decides, and that a screen reader and the keyboard reach all of it.
#include "AccessibleTree.h"
#include "Wait.h"
#include "catch.h"
#include "mcp/DialogToolApprover.h"
#include "mcp/ToolApprovalDialog.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace confab;
using confab::test::waitUntil;
using confab::ui::DialogToolApprover;
using confab::ui::ToolApprovalDialog;

namespace {

ToolApprovalRequest writeFileRequest(quint64 id = 1)
{
    ToolApprovalRequest request;
    request.id = id;
    request.server = QStringLiteral("files");
    request.tool.name = QStringLiteral("write_file");
    request.tool.title = QStringLiteral("Write file");
    request.tool.description = QStringLiteral("Create a new file or overwrite an existing one.");
    request.tool.annotations =
        QJsonObject{{QStringLiteral("readOnlyHint"), false}, {QStringLiteral("destructiveHint"), true}};
    request.arguments = QStringLiteral(R"({"path":"/home/me/notes.txt","content":"hello"})");
    return request;
}

ToolApprovalRequest readRequest(quint64 id)
{
    ToolApprovalRequest request;
    request.id = id;
    request.server = QStringLiteral("files");
    request.tool.name = QStringLiteral("read_text_file");
    request.tool.annotations = QJsonObject{{QStringLiteral("readOnlyHint"), true}};
    request.arguments = QStringLiteral(R"({"path":"/home/me/notes.txt"})");
    return request;
}

QString allText(const QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("The approval prompt names the server and tool, says what the hints mean and shows the arguments")
{
    ToolApprovalDialog dialog(writeFileRequest());
    dialog.show();
    const QString text = allText(&dialog);
    CHECK(text.contains(QStringLiteral("<b>Write file (write_file)</b>")));
    CHECK(text.contains(QStringLiteral("<b>files</b>")));
    CHECK(text.contains(QStringLiteral("Create a new file or overwrite an existing one.")));
    CHECK(dialog.hintsLabel()->text().contains(QStringLiteral("change or delete")));
    // The model's arguments, laid out to read.
    const QString arguments = dialog.argumentsView()->toPlainText();
    CHECK(arguments.contains(QStringLiteral("\"path\": \"/home/me/notes.txt\"")));
    CHECK(arguments.contains(QLatin1Char('\n')));
    // Nothing was said about a change.
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("approvalChanged")) == nullptr);

    ToolApprovalDialog reading(readRequest(2));
    CHECK(reading.hintsLabel()->text().contains(QStringLiteral("only reads")));
}

TEST_CASE("Each button decides once â Escape and closing the window deny")
{
    for (const auto &[button, expected] : {std::pair{QStringLiteral("allowOnce"), McpDecision::AllowOnce},
                                           std::pair{QStringLiteral("alwaysAllow"), McpDecision::AlwaysAllow},
                                           std::pair{QStringLiteral("deny"), McpDecision::Deny}}) {
        ToolApprovalDialog dialog(readRequest(1));
        QSignalSpy decided(&dialog, &ToolApprovalDialog::decided);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(button), Qt::LeftButton);
        REQUIRE(decided.size() == 1);
        CHECK(decided.first().first().value<McpDecision>() == expected);
        CHECK(dialog.decision() == expected);
        CHECK_FALSE(dialog.isVisible());
    }

    ToolApprovalDialog escaped(readRequest(1));
    QSignalSpy escapedSpy(&escaped, &ToolApprovalDialog::decided);
    escaped.show();
    QApplication::setActiveWindow(&escaped);
    QTest::keyClick(&escaped, Qt::Key_Escape);
    REQUIRE(escapedSpy.size() == 1);
    CHECK(escapedSpy.first().first().value<McpDecision>() == McpDecision::Deny);

    ToolApprovalDialog closed(readRequest(1));
    QSignalSpy closedSpy(&closed, &ToolApprovalDialog::decided);
    closed.show();
    closed.close();
    REQUIRE(closedSpy.size() == 1);
    CHECK(closedSpy.first().first().value<McpDecision>() == McpDecision::Deny);
}

TEST_CASE("Enter allows a read-only tool once but denies a destructive one, and Tab walks the arguments and "
          "buttons")
{
    ToolApprovalDialog reading(readRequest(1));
    reading.show();
    QApplication::setActiveWindow(&reading);
    REQUIRE(QTest::qWaitForWindowActive(&reading));
    CHECK(reading.focusWidget() == reading.allowOnceButton());
    QSignalSpy readDecided(&reading, &ToolApprovalDialog::decided);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(readDecided.size() == 1);
    CHECK(readDecided.first().first().value<McpDecision>() == McpDecision::AllowOnce);

    ToolApprovalDialog writing(writeFileRequest());
    writing.show();
    QApplication::setActiveWindow(&writing);
    REQUIRE(QTest::qWaitForWindowActive(&writing));
    CHECK(writing.focusWidget() == writing.denyButton());
    // From the arguments, Tab goes Allow once → Always allow → Deny.
    writing.argumentsView()->setFocus();
    QTest::keyClick(writing.argumentsView(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == writing.allowOnceButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == writing.alwaysAllowButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == writing.denyButton());
    QSignalSpy writeDecided(&writing, &ToolApprovalDialog::decided);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(writeDecided.size() == 1);
    CHECK(writeDecided.first().first().value<McpDecision>() == McpDecision::Deny);
}

TEST_CASE("A screen reader hears the whole question and finds every control named")
{
    ToolApprovalDialog dialog(writeFileRequest());
    dialog.show();
    CHECK(dialog.accessibleName() == QStringLiteral("Allow a tool?"));
    CHECK(dialog.accessibleDescription().contains(QStringLiteral("write_file")));
    CHECK(dialog.accessibleDescription().contains(QStringLiteral("files")));
    CHECK(dialog.accessibleDescription().contains(QStringLiteral("change or delete")));
    CHECK(confab::test::accessibleElementCount(&dialog) > 5);
    CHECK(confab::test::unnamedInteractiveElements(&dialog).isEmpty());
}

TEST_CASE("A tool that changed since it was always allowed says so")
{
    ToolApprovalRequest request = readRequest(1);
    request.changedSinceApproved = true;
    ToolApprovalDialog dialog(request);
    const QLabel *changed = dialog.findChild<QLabel *>(QStringLiteral("approvalChanged"));
    REQUIRE(changed);
    CHECK(changed->text().contains(QStringLiteral("changed")));
}

TEST_CASE("Arguments that are not JSON are shown as they came, and huge ones are cut")
{
    CHECK(ToolApprovalDialog::argumentsText(QStringLiteral("not json {")) == QStringLiteral("not json {"));
    CHECK(ToolApprovalDialog::argumentsText(QStringLiteral("{}")) == QStringLiteral("(none)"));
    const QString huge = QStringLiteral("x").repeated(200'000);
    CHECK(ToolApprovalDialog::argumentsText(huge).size() < 30'000);
}

TEST_CASE("The window's approver asks one call at a time, in order, and a stopped turn's question goes")
{
    QWidget window;
    window.show();
    DialogToolApprover approver(&window);
    QList<std::pair<quint64, McpDecision>> answers;
    auto record = [&answers](quint64 id) {
        return [&answers, id](McpDecision decision) { answers.append({id, decision}); };
    };
    approver.ask(readRequest(1), record(1));
    approver.ask(readRequest(2), record(2));
    approver.ask(readRequest(3), record(3));
    REQUIRE(approver.current());
    CHECK(approver.waiting() == 2);

    // The second is withdrawn while it waits; the first is allowed.
    approver.cancel(2);
    QTest::mouseClick(approver.current()->allowOnceButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return approver.current() && approver.waiting() == 0; }));
    // The third comes next; its turn is stopped while it shows, and it closes unanswered.
    QPointer<ToolApprovalDialog> third = approver.current();
    approver.cancel(3);
    REQUIRE(waitUntil([&] { return third.isNull(); }));
    CHECK(approver.current() == nullptr);
    REQUIRE(answers.size() == 1);
    CHECK(answers.first() == std::pair{quint64(1), McpDecision::AllowOnce});

    // What is still open when the window goes is denied.
    bool denied = false;
    {
        auto *parent = new QWidget;
        auto *transient = new DialogToolApprover(parent);
        transient->ask(readRequest(4),
                       [&denied](McpDecision decision) { denied = decision == McpDecision::Deny; });
        delete parent;
    }
    CHECK(denied);
}
