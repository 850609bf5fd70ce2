// confab-testserver: the local OpenRouter and fal.ai stand-ins as one program, so the app can be run against
// them by hand and by end-to-end tests. Prints the environment to point Confab at it, then serves until
// killed.
#include "fal/FalServer.h"
#include "openrouter/OpenRouterServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace confab::testserver;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local OpenRouter and fal.ai protocol servers on 127.0.0.1.\n"
                       "A prompt containing [scenario:NAME] picks a scenario for that request.\n"
                       "OpenRouter scenarios: %1\nfal scenarios: %2")
            .arg(OpenRouterServer::scenarioNames().join(QStringLiteral(", ")),
                 FalServer::scenarioNames().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("openrouter-port"), QStringLiteral("Port of the OpenRouter server (0: any)."),
         QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("fal-port"), QStringLiteral("Port of the fal server (0: any)."),
         QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("openrouter-scenario"),
         QStringLiteral("Scenario for every chat request without a marker."), QStringLiteral("name")},
        {QStringLiteral("fal-scenario"), QStringLiteral("Scenario for every fal job without a marker."),
         QStringLiteral("name")},
        {QStringLiteral("token-delay-ms"), QStringLiteral("Pause between streamed tokens."),
         QStringLiteral("ms"), QStringLiteral("15")},
        {QStringLiteral("fal-step-ms"), QStringLiteral("Pause between fal queue states."),
         QStringLiteral("ms"), QStringLiteral("150")},
    });
    parser.process(app);

    OpenRouterServer openRouter;
    FalServer fal;
    openRouter.setTokenDelayMs(parser.value(QStringLiteral("token-delay-ms")).toInt());
    fal.setStepDelayMs(parser.value(QStringLiteral("fal-step-ms")).toInt());

    if (parser.isSet(QStringLiteral("openrouter-scenario"))) {
        Scenario scenario;
        if (!OpenRouterServer::scenarioFromName(parser.value(QStringLiteral("openrouter-scenario")),
                                                &scenario)) {
            std::fprintf(stderr, "confab-testserver: unknown OpenRouter scenario\n");
            return 2;
        }
        openRouter.setDefaultScenario(scenario);
    }
    if (parser.isSet(QStringLiteral("fal-scenario"))) {
        FalScenario scenario;
        if (!FalServer::scenarioFromName(parser.value(QStringLiteral("fal-scenario")), &scenario)) {
            std::fprintf(stderr, "confab-testserver: unknown fal scenario\n");
            return 2;
        }
        fal.setDefaultScenario(scenario);
    }

    if (!openRouter.listen(static_cast<quint16>(parser.value(QStringLiteral("openrouter-port")).toUInt())) ||
        !fal.listen(static_cast<quint16>(parser.value(QStringLiteral("fal-port")).toUInt()))) {
        std::fprintf(stderr, "confab-testserver: cannot listen on the requested ports\n");
        return 1;
    }
    std::printf("CONFAB_OPENROUTER_URL=%s\nCONFAB_FAL_QUEUE_URL=%s\nCONFAB_FAL_STORAGE_URL=%s\n",
                qPrintable(openRouter.baseUrl().toString()), qPrintable(fal.baseUrl().toString()),
                qPrintable(fal.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
