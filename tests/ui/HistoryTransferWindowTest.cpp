#include "MainWindow.h"
#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "models/SessionListModel.h"
#include "sidebar/Sidebar.h"
#include "store/HistoryTransfer.h"
#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

using confab::test::waitUntil;
using confab::test::WindowFixture;

namespace {

// Runs until the window's progress dialog has closed, noting the label it showed at each progress report.
QStringList labelsUntilClosed(confab::ui::MainWindow &window)
{
    QPointer<QProgressDialog> dialog = window.findChild<QProgressDialog *>();
    QStringList labels;
    if (auto *transfer = dialog ? dialog->findChild<confab::HistoryTransfer *>() : nullptr)
        QObject::connect(transfer, &confab::HistoryTransfer::progress, dialog,
                         [&labels, dialog] { labels << dialog->labelText(); });
    waitUntil([&] { return dialog.isNull(); }, 20000);
    return labels;
}

} // namespace

TEST_CASE(
    "File → Export history writes a folder with progress in messages, and Import brings every chat back")
{
    WindowFixture source;
    source.addChat(QStringLiteral("Kettle descaling"), QStringLiteral("How do I descale a kettle?"),
                   QStringLiteral("Boil a mix of water and vinegar, then rinse twice."));
    source.addChat(QStringLiteral("Bread rising"), QStringLiteral("Why did my bread not rise?"),
                   QStringLiteral("The yeast may have been old or the water too hot."));
    const QString folder = source.dir.path() + QStringLiteral("/Confab export");

    source.window->exportHistory(folder);
    const QStringList exportLabels = labelsUntilClosed(*source.window);
    CHECK(exportLabels.contains(QStringLiteral("Exporting the history…\n4 of 4 messages")));
    CHECK(QFileInfo(folder + QStringLiteral("/history.json")).size() > 0);
    // The folder as the system writes paths: with backslashes on Windows.
    CHECK(source.window->statusBar()->currentMessage() ==
          QStringLiteral("Exported history.json and its pictures (images) into %1")
              .arg(QDir::toNativeSeparators(folder)));

    WindowFixture target;
    REQUIRE(target.window->sidebar()->model()->rowCount() == 0);
    target.window->importHistory(folder + QStringLiteral("/history.json"));
    const QStringList importLabels = labelsUntilClosed(*target.window);
    CHECK(importLabels.filter(QStringLiteral("Importing the history…\n")).size() >= 1);
    CHECK(target.window->statusBar()->currentMessage() == QStringLiteral("Imported 2 chats"));
    QStringList titles;
    for (int row = 0; row < target.window->sidebar()->model()->rowCount(); ++row)
        titles << target.window->sidebar()->model()->index(row).data().toString();
    titles.sort();
    CHECK(titles == QStringList{QStringLiteral("Bread rising"), QStringLiteral("Kettle descaling")});
}

TEST_CASE("A history import that cannot be read says why in the window and adds nothing")
{
    WindowFixture f;
    const QString path = f.dir.path() + QStringLiteral("/history.json");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "confab-history", "version": 2, "sessions": [{"title": "Half)");
    file.close();
    // The warning is modal: read and close it from a timer, as a user would from the keyboard.
    QString title, text;
    QTimer closer;
    closer.setInterval(20);
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            title = box->windowTitle();
            text = box->text();
            box->reject();
        }
    });
    closer.start();
    f.window->importHistory(path);
    labelsUntilClosed(*f.window);
    REQUIRE(waitUntil([&] { return !title.isEmpty(); }));
    CHECK(title == QStringLiteral("Import failed"));
    CHECK_FALSE(text.isEmpty());
    INFO(text.toStdString());
    CHECK(f.window->sidebar()->model()->rowCount() == 0);
    CHECK(f.backend->store()->sessions()->list(confab::SessionStatus::Active).isEmpty());
}
