// The form a chat's MCP server asks the user to fill in: what it shows, that keys and a screen reader reach
// every field, and what Send, Decline, Cancel and Escape answer, on its own and through the window's
// elicitor.
#include "mcp/ElicitationDialog.h"

#include "Wait.h"
#include "catch.h"
#include "mcp/DialogElicitor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace confab;
using confab::test::waitUntil;
using confab::ui::DialogElicitor;
using confab::ui::ElicitationDialog;

namespace {

McpElicitationRequest signUp()
{
    McpElicitationRequest request;
    request.server = QStringLiteral("newsletter");
    request.message = QStringLiteral("Where should the newsletter go?");
    request.requestedSchema = {
        {"type", "object"},
        {"properties",
         QJsonObject{
             {"email", QJsonObject{{"type", "string"}, {"title", "Email"}, {"description", "Your address"}}},
             {"copies", QJsonObject{{"type", "integer"}, {"minimum", 1}, {"default", 2}}},
             {"weekly", QJsonObject{{"type", "boolean"}, {"default", true}}},
             {"format", QJsonObject{{"type", "string"}, {"enum", QJsonArray{"html", "text"}}}}}},
        {"required", QJsonArray{"email"}}};
    return request;
}

QJsonObject answerOf(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QJsonObject() : spy.first().first().toJsonObject();
}

} // namespace

TEST_CASE("The form shows the server's message and fields, labelled for a screen reader, defaults filled in")
{
    ElicitationDialog dialog(signUp());
    CHECK(dialog.windowTitle() == QStringLiteral("newsletter asks"));
    CHECK_FALSE(dialog.isModal());
    CHECK(dialog.findChild<QLabel *>("elicitationMessage")->text() ==
          QStringLiteral("Where should the newsletter go?"));
    auto *email = qobject_cast<QLineEdit *>(dialog.fieldWidget("email"));
    REQUIRE(email);
    CHECK(email->accessibleName() == QStringLiteral("Email"));
    CHECK(email->accessibleDescription() == QStringLiteral("Your address"));
    bool labelled = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        labelled =
            labelled || (label->buddy() == email && label->text() == QStringLiteral("Email (required):"));
    CHECK(labelled);
    CHECK(qobject_cast<QLineEdit *>(dialog.fieldWidget("copies"))->text() == QStringLiteral("2"));
    CHECK(qobject_cast<QCheckBox *>(dialog.fieldWidget("weekly"))->isChecked());
    CHECK(qobject_cast<QComboBox *>(dialog.fieldWidget("format"))->count() == 3); // (none), html, text
}

TEST_CASE("Typing into the form and pressing Send accepts with the typed content")
{
    ElicitationDialog dialog(signUp());
    dialog.show();
    QSignalSpy answered(&dialog, &ElicitationDialog::answered);
    // A required field left empty is named and focused, and nothing is sent.
    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    CHECK(answered.isEmpty());
    CHECK(dialog.problemLabel()->isVisibleTo(&dialog));
    CHECK(dialog.problemLabel()->text() == QStringLiteral("Email is required."));

    QTest::keyClicks(dialog.fieldWidget("email"), QStringLiteral("ada@example.org"));
    auto *copies = qobject_cast<QLineEdit *>(dialog.fieldWidget("copies"));
    copies->clear();
    QTest::keyClicks(copies, QStringLiteral("3"));
    qobject_cast<QComboBox *>(dialog.fieldWidget("format"))->setCurrentIndex(2);
    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    REQUIRE(answered.size() == 1);
    CHECK(answerOf(answered) == QJsonObject{{"action", "accept"},
                                            {"content", QJsonObject{{"email", "ada@example.org"},
                                                                    {"copies", 3},
                                                                    {"weekly", true},
                                                                    {"format", "text"}}}});
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("Decline declines, and Escape cancels, without content")
{
    {
        ElicitationDialog dialog(signUp());
        dialog.show();
        QSignalSpy answered(&dialog, &ElicitationDialog::answered);
        QTest::keyClicks(dialog.fieldWidget("email"), QStringLiteral("not sent"));
        QTest::mouseClick(dialog.declineButton(), Qt::LeftButton);
        CHECK(answerOf(answered) == QJsonObject{{"action", "decline"}});
    }
    {
        ElicitationDialog dialog(signUp());
        dialog.show();
        QSignalSpy answered(&dialog, &ElicitationDialog::answered);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(answerOf(answered) == QJsonObject{{"action", "cancel"}});
    }
}

TEST_CASE("The window's elicitor shows the form modeless over the window and answers the server")
{
    QWidget window;
    window.show();
    DialogElicitor elicitor(&window);
    QSignalSpy prompted(&elicitor, &DialogElicitor::prompted);
    QJsonObject answer;
    elicitor.ask(signUp(), [&](const QJsonObject &result) { answer = result; });
    REQUIRE(prompted.size() == 1);
    auto *dialog = prompted.first().first().value<ElicitationDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->parentWidget() == &window);
    CHECK(dialog->windowModality() == Qt::NonModal);
    // The keyboard alone: the first field has the focus, Tab goes on to the next, Enter sends.
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    // Fields come in the order of their keys (QJsonObject keeps no other): copies, then email.
    CHECK(dialog->focusWidget() == dialog->fieldWidget("copies"));
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
    CHECK(dialog->focusWidget() == dialog->fieldWidget("email"));
    QTest::keyClicks(dialog->fieldWidget("email"), QStringLiteral("grace@example.org"));
    QTest::keyClick(dialog->fieldWidget("email"), Qt::Key_Return);
    CHECK(answer.value("action") == "accept");
    CHECK(answer.value("content").toObject().value("email") == "grace@example.org");
}
