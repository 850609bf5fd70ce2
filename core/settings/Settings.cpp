#include "settings/Settings.h"

#include "settings/SettingsTable.h"

#include <QSettings>
#include <QVariantMap>

#include <algorithm>

namespace confab {

namespace {
std::optional<QVariant> convertedLike(const QVariant &value, const QVariant &like)
{
    QVariant converted = value;
    if (!converted.isValid() || !converted.convert(like.metaType()))
        return std::nullopt;
    return converted;
}

QString oneOf(const QString &value, std::initializer_list<const char *> allowed, const QString &fallback)
{
    for (const char *candidate : allowed) {
        if (value == QLatin1String(candidate))
            return value;
    }
    return fallback;
}
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QVariant Settings::defaultValue(SettingKey key)
{
    return settingDefinition(key).defaultValue;
}

QVariant Settings::value(SettingKey key) const
{
    const SettingDefinition &definition = settingDefinition(key);
    const QVariant stored = m_settings->value(definition.name);
    return convertedLike(stored, definition.defaultValue).value_or(definition.defaultValue);
}

bool Settings::setValue(SettingKey key, const QVariant &value)
{
    const SettingDefinition &definition = settingDefinition(key);
    const std::optional<QVariant> converted = convertedLike(value, definition.defaultValue);
    if (!converted)
        return false;
    const QVariant before = this->value(key);
    m_settings->setValue(definition.name, *converted);
    // Written at once, so another instance (the command line, a second window) sees the change.
    m_settings->sync();
    if (this->value(key) != before)
        Q_EMIT changed(key);
    return true;
}

void Settings::reset(SettingKey key)
{
    const QVariant before = value(key);
    m_settings->remove(settingDefinition(key).name);
    m_settings->sync();
    if (value(key) != before)
        Q_EMIT changed(key);
}

bool Settings::isDefault(SettingKey key) const
{
    return !m_settings->contains(settingDefinition(key).name);
}

QUrl Settings::openRouterBaseUrl() const
{
    return QUrl(value(SettingKey::OpenRouterBaseUrl).toString());
}

QUrl Settings::falQueueUrl() const
{
    return QUrl(value(SettingKey::FalQueueUrl).toString());
}

QUrl Settings::falStorageUrl() const
{
    return QUrl(value(SettingKey::FalStorageUrl).toString());
}

QString Settings::titleModel() const
{
    return value(SettingKey::GenerateTitles).toBool() ? value(SettingKey::TitleModel).toString().trimmed()
                                                      : QString();
}

QString Settings::textModel() const
{
    return value(SettingKey::TextModel).toString();
}

QString Settings::autoModel() const
{
    return value(SettingKey::AutoModel).toString();
}

QString Settings::textToImageModel() const
{
    return value(SettingKey::TextToImageModel).toString();
}

QString Settings::imageEditModel() const
{
    return value(SettingKey::ImageEditModel).toString();
}

int Settings::maxTokens() const
{
    return std::max(0, value(SettingKey::MaxTokens).toInt());
}

QString Settings::systemPrompt() const
{
    return value(SettingKey::SystemPrompt).toString();
}

double Settings::dailyCapUsd() const
{
    return std::max(0.0, value(SettingKey::DailyCapUsd).toDouble());
}

double Settings::monthlyCapUsd() const
{
    return std::max(0.0, value(SettingKey::MonthlyCapUsd).toDouble());
}

int Settings::requestsPerMinute() const
{
    return std::max(0, value(SettingKey::RequestsPerMinute).toInt());
}

int Settings::maxPromptLength() const
{
    return std::max(1, value(SettingKey::MaxPromptLength).toInt());
}

qint64 Settings::maxImageUploadBytes() const
{
    return std::max<qint64>(1024, value(SettingKey::MaxImageUploadBytes).toLongLong());
}

int Settings::maxInputImages() const
{
    return std::max(1, value(SettingKey::MaxInputImages).toInt());
}

QString Settings::falSafetyTolerance() const
{
    return oneOf(value(SettingKey::FalSafetyTolerance).toString(), {"1", "2", "3", "4", "5", "6"},
                 defaultValue(SettingKey::FalSafetyTolerance).toString());
}

QHash<QString, double> Settings::falPricesUsdPerImage() const
{
    QHash<QString, double> prices;
    const QVariantMap stored = value(SettingKey::FalPricesUsdPerImage).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        bool ok = false;
        const double price = it.value().toDouble(&ok);
        if (ok && price >= 0)
            prices.insert(it.key(), price);
    }
    return prices;
}

std::optional<double> Settings::falPricePerImage(const QString &model) const
{
    const QHash<QString, double> prices = falPricesUsdPerImage();
    const auto it = prices.constFind(model);
    if (it == prices.cend())
        return std::nullopt;
    return *it;
}

Theme Settings::theme() const
{
    const QString name = value(SettingKey::Theme).toString();
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    if (name == QLatin1String("high-contrast"))
        return Theme::HighContrast;
    return Theme::System;
}

QString Settings::imageAspectRatio() const
{
    return value(SettingKey::ImageAspectRatio).toString();
}

int Settings::imageCount() const
{
    return std::clamp(value(SettingKey::ImageCount).toInt(), 1, 4);
}

QString Settings::imageFormat() const
{
    return oneOf(value(SettingKey::ImageFormat).toString(), {"jpeg", "png", "webp"},
                 defaultValue(SettingKey::ImageFormat).toString());
}

} // namespace confab
