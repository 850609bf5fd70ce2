#define CATCH_CONFIG_RUNNER
#include "TestEnvironment.h"
#include "catch.h"
#include "common/AppInfo.h"
#include "common/ProcessExit.h"
#include "common/Translations.h"

#include <QCoreApplication>

#if __has_include(<catch2/catch_session.hpp>)
#include <catch2/catch_session.hpp>
#endif

namespace {

int runTests(int argc, char **argv)
{
    confab::test::TestEnvironment environment;
    QCoreApplication app(argc, argv);
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
