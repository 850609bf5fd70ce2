#include "dialogs/SettingsDialog.h"

#include "common/Translations.h"
#include "dialogs/KeyRow.h"
#include "keys/KeyStore.h"
#include "openrouter/OpenRouterClient.h"
#include "settings/ChatPresets.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace confab::ui {

SettingsDialog::SettingsDialog(Settings *settings, KeyStore *keys, OpenRouterClient *openRouter,
                               QString dataDir, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_keys(keys)
    , m_openRouter(openRouter)
    , m_dataDir(std::move(dataDir))
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    resize(620, 520);
    auto *layout = new QVBoxLayout(this);
    m_tabs->addTab(keysPage(), tr("Keys"));
    m_tabs->addTab(connectionPage(), tr("Connection"));
    m_tabs->addTab(modelsPage(), tr("Models"));
    m_tabs->addTab(limitsPage(), tr("Limits && safety"));
    m_tabs->addTab(appearancePage(), tr("Appearance"));
    m_tabs->addTab(dataPage(), tr("Data"));
    layout->addWidget(m_tabs, 1);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    layout->addWidget(buttons);
}

QWidget *SettingsDialog::keysPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    for (Provider provider : allProviders) {
        auto *box = new QGroupBox(providerDisplayName(provider), page);
        auto *inner = new QVBoxLayout(box);
        inner->addWidget(new KeyRow(provider, m_keys, m_openRouter, box));
        layout->addWidget(box);
    }
    auto *note =
        new QLabel(tr("Keys are kept in the system keychain, never in Confab's files. OPENROUTER_API_KEY "
                      "and FAL_KEY in the environment take precedence."),
                   page);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::editor(SettingKey key, QWidget *parent)
{
    Settings *settings = m_settings;
    const QVariant value = settings->value(key);
    QWidget *widget = nullptr;
    switch (value.typeId()) {
    case QMetaType::Bool: {
        auto *box = new QCheckBox(parent);
        box->setChecked(value.toBool());
        widget = box;
        break;
    }
    case QMetaType::Int:
    case QMetaType::LongLong: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, std::numeric_limits<int>::max());
        spin->setValue(value.toInt());
        widget = spin;
        break;
    }
    case QMetaType::Double: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0, 1e6);
        spin->setDecimals(2);
        // The dollar sign goes where the user's language puts a currency symbol: "$ 5.00", "5,00 $".
        if (displayLocale().toCurrencyString(0.0, QStringLiteral("$")).startsWith(u'$'))
            spin->setPrefix(QStringLiteral("$ "));
        else
            spin->setSuffix(QStringLiteral(" $"));
        spin->setSpecialValueText(tr("No cap"));
        spin->setValue(value.toDouble());
        widget = spin;
        break;
    }
    default: {
        auto *line = new QLineEdit(parent);
        line->setText(value.toString());
        line->setPlaceholderText(Settings::defaultValue(key).toString());
        widget = line;
        break;
    }
    }
    m_editors.insert(key, widget);
    return widget;
}

QWidget *SettingsDialog::connectionPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    addRow(form, SettingKey::OpenRouterBaseUrl, tr("OpenRouter base URL"));
    addRow(form, SettingKey::FalQueueUrl, tr("fal queue URL"));
    addRow(form, SettingKey::FalStorageUrl, tr("fal storage URL"));
    auto *note = new QLabel(
        tr("Any OpenAI-compatible server (a local Ollama or llama.cpp) can replace OpenRouter."), page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

void SettingsDialog::addRow(QFormLayout *form, SettingKey key, const QString &label)
{
    QWidget *field = editor(key, form->parentWidget());
    field->setAccessibleName(label);
    form->addRow(label, field);
}

QWidget *SettingsDialog::modelsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    addRow(form, SettingKey::TextModel, tr("Text"));
    addRow(form, SettingKey::AutoModel, tr("Auto"));
    addRow(form, SettingKey::TextToImageModel, tr("Text → Image"));
    addRow(form, SettingKey::ImageEditModel, tr("Image → Image"));
    addRow(form, SettingKey::MaxTokens, tr("Longest answer (tokens)"));
    // 0 asks each model for as much as its catalogue entry allows.
    if (auto *spin = qobject_cast<QSpinBox *>(m_editors.value(SettingKey::MaxTokens)))
        spin->setSpecialValueText(tr("The model's own limit"));
    addRow(form, SettingKey::SystemPrompt, tr("System prompt"));

    auto *presets = new QComboBox(page);
    presets->setObjectName(QStringLiteral("defaultPreset"));
    presets->addItem(tr("None"), QString());
    for (const ChatPreset &preset : ChatPresets(m_settings).all())
        presets->addItem(preset.name, preset.name);
    presets->setCurrentIndex(
        std::max(0, presets->findData(m_settings->value(SettingKey::DefaultPreset).toString())));
    m_editors.insert(SettingKey::DefaultPreset, presets);
    form->addRow(tr("New chats start from preset"), presets);
    addRow(form, SettingKey::GenerateTitles, tr("Name chats after the first answer"));
    addRow(form, SettingKey::TitleModel, tr("Model for chat titles"));
    return page;
}

QWidget *SettingsDialog::limitsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    addRow(form, SettingKey::DailyCapUsd, tr("Daily spending cap"));
    addRow(form, SettingKey::MonthlyCapUsd, tr("Monthly spending cap"));
    addRow(form, SettingKey::RequestsPerMinute, tr("Requests per minute (0: no limit)"));
    addRow(form, SettingKey::MaxPromptLength, tr("Longest prompt (characters)"));
    addRow(form, SettingKey::MaxImageUploadBytes, tr("Largest upload before downscaling (bytes)"));
    addRow(form, SettingKey::MaxInputImages, tr("Most images per edit"));

    auto *tolerance = new QComboBox(page);
    for (int level = 1; level <= 6; ++level)
        tolerance->addItem(level == 1   ? tr("1 — strictest")
                           : level == 6 ? tr("6 — most permissive")
                                        : QString::number(level),
                           QString::number(level));
    tolerance->setCurrentIndex(qMax(0, tolerance->findData(m_settings->falSafetyTolerance())));
    tolerance->setAccessibleName(tr("Safety tolerance"));
    m_editors.insert(SettingKey::FalSafetyTolerance, tolerance);
    form->addRow(tr("Safety tolerance"), tolerance);
    return page;
}

QWidget *SettingsDialog::appearancePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *theme = new QComboBox(page);
    theme->addItem(tr("System"), QStringLiteral("system"));
    theme->addItem(tr("Light"), QStringLiteral("light"));
    theme->addItem(tr("Dark"), QStringLiteral("dark"));
    theme->addItem(tr("High contrast"), QStringLiteral("high-contrast"));
    theme->setCurrentIndex(qMax(0, theme->findData(m_settings->value(SettingKey::Theme).toString())));
    theme->setAccessibleName(tr("Theme"));
    m_editors.insert(SettingKey::Theme, theme);
    form->addRow(tr("Theme"), theme);
    auto *language = new QComboBox(page);
    language->addItem(tr("System"), QStringLiteral("system"));
    // Each language is named in itself, so it can be found whatever the current language is.
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    language->setCurrentIndex(
        qMax(0, language->findData(m_settings->value(SettingKey::Language).toString())));
    language->setAccessibleName(tr("Language"));
    m_editors.insert(SettingKey::Language, language);
    form->addRow(tr("Language"), language);
    auto *restart = new QLabel(tr("A new language applies after Confab is restarted."), page);
    restart->setWordWrap(true);
    form->addRow(QString(), restart);
    return page;
}

QWidget *SettingsDialog::dataPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    const QString folder = m_dataDir;
    auto *path =
        new QLabel(tr("Your history is stored in:<br><code>%1</code>").arg(folder.toHtmlEscaped()), page);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    path->setAccessibleName(tr("Data folder"));
    layout->addWidget(path);
    auto *open = new QPushButton(tr("Open data folder"), page);
    open->setAccessibleName(tr("Open data folder"));
    connect(open, &QPushButton::clicked, this,
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::apply()
{
    Settings *settings = m_settings;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        QVariant value;
        if (auto *box = qobject_cast<QCheckBox *>(it.value()))
            value = box->isChecked();
        else if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            value = spin->value();
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(it.value()))
            value = dspin->value();
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            value = combo->currentData();
        else if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            value = line->text().trimmed();
        if (value.typeId() == QMetaType::QString && value.toString().isEmpty()) {
            if (!settings->isDefault(it.key()))
                settings->reset(it.key());
            continue;
        }
        if (settings->value(it.key()) != value)
            settings->setValue(it.key(), value);
    }
}

} // namespace confab::ui
