#pragma once

#include "settings/SettingKey.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

namespace confab {

enum class Theme
{
    System,
    Light,
    Dark,
    HighContrast,
};

// The user's preferences, typed, with defaults from one table and a changed() signal per key. Backed by
// QSettings: the application identity (applyApplicationIdentity) decides the file. Never holds a secret.
class Settings : public QObject
{
    Q_OBJECT

public:
    // The app's own settings file.
    explicit Settings(QObject *parent = nullptr);
    // Settings in an INI file of the caller's choosing, e.g. a temporary one in tests.
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    QString fileName() const;

    // The stored value converted to the default's type, or the default when unset or unreadable.
    QVariant value(SettingKey key) const;
    // Stores the value, converted to the default's type; false (and nothing stored) if it cannot be
    // converted.
    bool setValue(SettingKey key, const QVariant &value);
    void reset(SettingKey key);
    bool isDefault(SettingKey key) const;
    static QVariant defaultValue(SettingKey key);

    QUrl openRouterBaseUrl() const;
    QUrl falQueueUrl() const;
    QUrl falStorageUrl() const;

    QString textModel() const;
    QString autoModel() const;
    QString textToImageModel() const;
    QString imageEditModel() const;
    int maxTokens() const;
    QString systemPrompt() const;
    // The cheap model that names a chat after its first answer; empty when titles are not generated.
    QString titleModel() const;

    // 0 means no cap.
    double dailyCapUsd() const;
    double monthlyCapUsd() const;
    // 0 means no limit.
    int requestsPerMinute() const;
    int maxPromptLength() const;
    qint64 maxImageUploadBytes() const;
    int maxInputImages() const;

    // "1" (strictest) to "6", as fal's API takes it.
    QString falSafetyTolerance() const;
    QHash<QString, double> falPricesUsdPerImage() const;
    std::optional<double> falPricePerImage(const QString &model) const;

    Theme theme() const;
    QString imageAspectRatio() const;
    int imageCount() const;
    QString imageFormat() const;

Q_SIGNALS:
    void changed(confab::SettingKey key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace confab
