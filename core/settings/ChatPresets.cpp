#include "settings/ChatPresets.h"

#include "settings/Settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace confab {
namespace {

ChatPreset shipped(const char *name, const char *prompt, std::optional<double> temperature)
{
    ChatPreset preset;
    preset.name = QCoreApplication::translate("ChatPresets", name);
    preset.parameters.systemPrompt = QCoreApplication::translate("ChatPresets", prompt);
    preset.parameters.temperature = temperature;
    preset.builtIn = true;
    return preset;
}

bool byName(const ChatPreset &a, const ChatPreset &b)
{
    return a.name.localeAwareCompare(b.name) < 0;
}

} // namespace

ChatPresets::ChatPresets(Settings *settings)
    : m_settings(settings)
{}

QList<ChatPreset> ChatPresets::builtIn()
{
    QList<ChatPreset> presets{
        shipped("Translator",
                "You are a translator. Translate the user's text into English; if it is already English, "
                "translate it into French. Keep the meaning, tone and formatting, and reply with the "
                "translation only.",
                0.3),
        shipped("Code reviewer",
                "You are a careful senior code reviewer. Point out bugs, unclear names, missing error "
                "handling and untested cases, most important first. Quote the lines you mean and suggest a "
                "concrete fix for each.",
                0.2),
        shipped("Concise",
                "Answer as briefly as the question allows: no preamble, no repetition of the question, no "
                "closing summary.",
                std::nullopt),
        shipped("Creative writer",
                "You are an imaginative writer. Offer vivid, original prose and varied ideas; ask one short "
                "question when the request leaves the tone or length open.",
                1.1),
    };
    std::sort(presets.begin(), presets.end(), byName);
    return presets;
}

QList<ChatPreset> ChatPresets::userPresets() const
{
    QList<ChatPreset> presets;
    const QJsonArray stored =
        QJsonDocument::fromJson(m_settings->value(SettingKey::UserPresets).toString().toUtf8()).array();
    for (const QJsonValue &value : stored) {
        const QJsonObject object = value.toObject();
        ChatPreset preset;
        preset.name = object.value(QStringLiteral("name")).toString().trimmed();
        preset.parameters = ChatParameters::fromJson(object);
        if (!preset.name.isEmpty())
            presets << preset;
    }
    std::sort(presets.begin(), presets.end(), byName);
    return presets;
}

void ChatPresets::storeUserPresets(const QList<ChatPreset> &presets)
{
    QJsonArray array;
    for (const ChatPreset &preset : presets) {
        QJsonObject object = preset.parameters.toJson();
        object.insert(QStringLiteral("name"), preset.name);
        array.append(object);
    }
    m_settings->setValue(SettingKey::UserPresets,
                         QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

QList<ChatPreset> ChatPresets::all() const
{
    const QList<ChatPreset> own = userPresets();
    QList<ChatPreset> presets;
    for (const ChatPreset &preset : builtIn()) {
        const bool replaced = std::any_of(own.cbegin(), own.cend(),
                                          [&](const ChatPreset &mine) { return mine.name == preset.name; });
        if (!replaced)
            presets << preset;
    }
    presets << own;
    return presets;
}

std::optional<ChatPreset> ChatPresets::find(const QString &name) const
{
    for (const ChatPreset &preset : all()) {
        if (preset.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return preset;
    }
    return std::nullopt;
}

bool ChatPresets::save(const QString &name, const ChatParameters &parameters)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    QList<ChatPreset> own = userPresets();
    own.removeIf([&](const ChatPreset &preset) { return preset.name == trimmed; });
    own << ChatPreset{trimmed, parameters, false};
    storeUserPresets(own);
    return true;
}

bool ChatPresets::remove(const QString &name)
{
    QList<ChatPreset> own = userPresets();
    if (own.removeIf([&](const ChatPreset &preset) { return preset.name == name; }) == 0)
        return false;
    storeUserPresets(own);
    return true;
}

std::optional<ChatPreset> ChatPresets::defaultPreset() const
{
    const QString name = m_settings->value(SettingKey::DefaultPreset).toString();
    return name.isEmpty() ? std::nullopt : find(name);
}

void ChatPresets::setDefaultPreset(const QString &name)
{
    m_settings->setValue(SettingKey::DefaultPreset, name);
}

} // namespace confab
