#define CATCH_CONFIG_RUNNER
#include "TestEnvironment.h"
#include "catch.h"
#include "common/AppInfo.h"
#include "common/ProcessExit.h"
#include "common/Translations.h"

#include <QApplication>

#if __has_include(<catch2/catch_session.hpp>)
#include <catch2/catch_session.hpp>
#endif

namespace {

int runTests(int argc, char **argv)
{
    confab::test::TestEnvironment environment;
    // The platform the widget tests draw on, unless the caller names one: offscreen, or real windows where Qt
    // has no offscreen platform (tests/CMakeLists.txt). The build decides because Wine passes no QT_ variable
    // to a Windows program, so ctest's QT_QPA_PLATFORM never reaches a runner under Wine.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", CONFAB_TEST_QPA);
    QApplication app(argc, argv);
    // The app's names and settings format, so settings land where the app's own would.
    confab::applyApplicationIdentity();
    // Tests read the English texts whatever the machine's language, as an English-speaking user sees them.
    confab::installTranslations(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    confab::endProcess(runTests(argc, argv));
}
