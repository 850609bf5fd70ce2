#include "dialogs/ChatSettingsDialog.h"

#include "domain/PdfEngine.h"
#include "settings/ChatPresets.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace confab::ui {
namespace {

// One step below the range shows "default": the value is then left out of the request.
constexpr double TemperatureStep = 0.1;
constexpr double TopPStep = 0.05;

QDoubleSpinBox *parameterBox(double low, double high, double step, const QString &unset, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setDecimals(2);
    box->setRange(low - step, high);
    box->setSingleStep(step);
    box->setSpecialValueText(unset);
    box->setValue(box->minimum());
    return box;
}

std::optional<double> valueOf(const QDoubleSpinBox *box)
{
    return box->value() <= box->minimum() ? std::nullopt : std::optional<double>(box->value());
}

} // namespace

ChatSettingsDialog::ChatSettingsDialog(Settings *settings, const ChatParameters &parameters, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_presets(new QComboBox(this))
    , m_systemPrompt(new QPlainTextEdit(this))
    , m_temperature(parameterBox(MinTemperature, MaxTemperature, TemperatureStep, tr("Model default"), this))
    , m_topP(parameterBox(MinTopP, MaxTopP, TopPStep, tr("Model default"), this))
    , m_maxTokens(new QSpinBox(this))
    , m_pdfEngine(new QComboBox(this))
{
    setWindowTitle(tr("Chat settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_presets->setObjectName(QStringLiteral("presetChooser"));
    m_presets->setAccessibleName(tr("Start from preset"));
    fillPresets();
    form->addRow(tr("Start from &preset:"), m_presets);

    m_systemPrompt->setObjectName(QStringLiteral("chatSystemPrompt"));
    m_systemPrompt->setAccessibleName(tr("System prompt"));
    m_systemPrompt->setPlaceholderText(tr("How the assistant should behave in this chat (empty: the app's "
                                          "system prompt from Settings, if any)"));
    m_systemPrompt->setMinimumHeight(110);
    form->addRow(tr("&System prompt:"), m_systemPrompt);

    m_temperature->setObjectName(QStringLiteral("chatTemperature"));
    m_temperature->setAccessibleName(tr("Temperature"));
    m_temperature->setToolTip(tr("0 is focused and repeatable, 2 is most varied. Not sent while it says "
                                 "\"Model default\"."));
    form->addRow(tr("&Temperature:"), m_temperature);
    m_topP->setObjectName(QStringLiteral("chatTopP"));
    m_topP->setAccessibleName(tr("Top-p"));
    m_topP->setToolTip(tr("Only the likeliest words whose chances add up to this are considered. Not sent "
                          "while it says \"Model default\"."));
    form->addRow(tr("Top-&p:"), m_topP);

    m_maxTokens->setObjectName(QStringLiteral("chatMaxTokens"));
    m_maxTokens->setAccessibleName(tr("Longest answer in tokens"));
    m_maxTokens->setRange(0, 1'000'000);
    m_maxTokens->setSingleStep(256);
    m_maxTokens->setSpecialValueText(settings->maxTokens() > 0
                                         ? tr("App default (%1)").arg(settings->maxTokens())
                                         : tr("App default (the model's own limit)"));
    form->addRow(tr("Longest &answer (tokens):"), m_maxTokens);

    m_pdfEngine->setObjectName(QStringLiteral("chatPdfEngine"));
    m_pdfEngine->setAccessibleName(tr("How PDFs are read"));
    m_pdfEngine->setToolTip(tr("How OpenRouter reads this chat's PDFs for a model that cannot read files "
                               "itself. Engines marked with $ cost money."));
    m_pdfEngine->addItem(tr("Automatic: the model's own reading if it has one, else free extraction"),
                         QString());
    for (const PdfEngine &engine : pdfEngines())
        m_pdfEngine->addItem(engine.costsMoney ? tr("%1 — $ %2").arg(engine.name, engine.cost)
                                               : tr("%1 — %2").arg(engine.name, engine.cost),
                             engine.id);
    form->addRow(tr("P&DFs:"), m_pdfEngine);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(tr("Save as preset…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveAsPreset"));
    connect(save, &QPushButton::clicked, this, &ChatSettingsDialog::askPresetName);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setParameters(parameters);
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyPreset(m_presets->itemText(index));
    });
    resize(520, sizeHint().height());
}

void ChatSettingsDialog::fillPresets()
{
    m_presets->clear();
    m_presets->addItem(tr("(choose a preset)"));
    for (const ChatPreset &preset : ChatPresets(m_settings).all())
        m_presets->addItem(preset.name);
}

ChatParameters ChatSettingsDialog::parameters() const
{
    ChatParameters parameters;
    parameters.systemPrompt = m_systemPrompt->toPlainText().trimmed();
    parameters.temperature = valueOf(m_temperature);
    parameters.topP = valueOf(m_topP);
    if (m_maxTokens->value() > 0)
        parameters.maxTokens = m_maxTokens->value();
    return parameters;
}

void ChatSettingsDialog::setParameters(const ChatParameters &parameters)
{
    m_systemPrompt->setPlainText(parameters.systemPrompt);
    m_temperature->setValue(parameters.temperature.value_or(m_temperature->minimum()));
    m_topP->setValue(parameters.topP.value_or(m_topP->minimum()));
    m_maxTokens->setValue(parameters.maxTokens.value_or(0));
}

QString ChatSettingsDialog::pdfEngine() const
{
    return m_pdfEngine->currentData().toString();
}

void ChatSettingsDialog::setPdfEngine(const QString &engine)
{
    m_pdfEngine->setCurrentIndex(qMax(0, m_pdfEngine->findData(engine)));
}

bool ChatSettingsDialog::applyPreset(const QString &name)
{
    const auto preset = ChatPresets(m_settings).find(name);
    if (!preset)
        return false;
    setParameters(preset->parameters);
    return true;
}

bool ChatSettingsDialog::saveAsPreset(const QString &name)
{
    if (!ChatPresets(m_settings).save(name, parameters()))
        return false;
    fillPresets();
    return true;
}

void ChatSettingsDialog::askPresetName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as preset"),
                                               tr("Name of the preset (an existing one of that name is "
                                                  "replaced):"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        saveAsPreset(name);
}

} // namespace confab::ui
