#pragma once

#include <QString>

namespace confab {
class Backend;
namespace testserver {
class OpenRouterServer;
}
namespace ui {
class MainWindow;
}
} // namespace confab

namespace confab::test {

// Settings → Tools with the reference server-everything running and a server that failed, an approval prompt,
// and an answer with its tool-call blocks, saved as tools-settings.png, tool-approval.png and tool-call.png
// (confab_screenshots DIR tools).
int shootTools(const QString &outDir, Backend &backend, ui::MainWindow &window,
               testserver::OpenRouterServer &openRouter);

} // namespace confab::test
