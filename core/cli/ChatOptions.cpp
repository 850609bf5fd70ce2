#include "cli/ChatOptions.h"

#include "settings/ChatPresets.h"

#include <QCommandLineParser>
#include <QStringList>

namespace confab::cli {
namespace {

const QStringList ParameterOptions{QStringLiteral("system"), QStringLiteral("temperature"),
                                   QStringLiteral("top-p"), QStringLiteral("max-tokens"),
                                   QStringLiteral("preset")};

bool readNumber(const QCommandLineParser &parser, const QString &option, double low, double high,
                std::optional<double> *target, QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || value < low || value > high) {
        *error = QStringLiteral("--%1 takes a number from %2 to %3 (got \"%4\").")
                     .arg(option)
                     .arg(low)
                     .arg(high)
                     .arg(parser.value(option));
        return false;
    }
    *target = value;
    return true;
}

} // namespace

void addChatParameterOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("system"), QStringLiteral("System prompt for the chat."), QStringLiteral("text")});
    parser.addOption(
        {QStringLiteral("temperature"), QStringLiteral("Sampling temperature, 0–2."), QStringLiteral("x")});
    parser.addOption(
        {QStringLiteral("top-p"), QStringLiteral("Nucleus sampling, 0–1."), QStringLiteral("x")});
    parser.addOption(
        {QStringLiteral("max-tokens"), QStringLiteral("Longest answer, in tokens."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("preset"),
                      QStringLiteral("Start from a preset (e.g. \"Translator\"); the other options override "
                                     "it. With --session these change that chat's settings."),
                      QStringLiteral("name")});
}

bool hasChatParameterOptions(const QCommandLineParser &parser)
{
    for (const QString &option : ParameterOptions) {
        if (parser.isSet(option))
            return true;
    }
    return false;
}

bool applyChatParameterOptions(const QCommandLineParser &parser, Settings *settings,
                               ChatParameters *parameters, QString *error)
{
    if (parser.isSet(QStringLiteral("preset"))) {
        const ChatPresets presets(settings);
        const auto preset = presets.find(parser.value(QStringLiteral("preset")));
        if (!preset) {
            QStringList names;
            for (const ChatPreset &known : presets.all())
                names << known.name;
            *error = QStringLiteral("There is no preset \"%1\". Presets: %2.")
                         .arg(parser.value(QStringLiteral("preset")), names.join(QStringLiteral(", ")));
            return false;
        }
        *parameters = preset->parameters;
    }
    if (parser.isSet(QStringLiteral("system")))
        parameters->systemPrompt = parser.value(QStringLiteral("system"));
    if (!readNumber(parser, QStringLiteral("temperature"), MinTemperature, MaxTemperature,
                    &parameters->temperature, error) ||
        !readNumber(parser, QStringLiteral("top-p"), MinTopP, MaxTopP, &parameters->topP, error))
        return false;
    if (parser.isSet(QStringLiteral("max-tokens"))) {
        bool ok = false;
        const int tokens = parser.value(QStringLiteral("max-tokens")).toInt(&ok);
        if (!ok || tokens < 1) {
            *error = QStringLiteral("--max-tokens takes a whole number of at least 1 (got \"%1\").")
                         .arg(parser.value(QStringLiteral("max-tokens")));
            return false;
        }
        parameters->maxTokens = tokens;
    }
    return true;
}

} // namespace confab::cli
