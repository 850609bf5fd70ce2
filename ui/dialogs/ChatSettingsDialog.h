#pragma once

#include "domain/ChatParameters.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QSpinBox;

namespace confab {
class Settings;
}

namespace confab::ui {

// One chat's system prompt, temperature, top-p and answer length, each "default" until the user sets it
// (a default is not sent, so the model's own applies). Fills from a preset, and saves the values as one.
// Beside them, how the chat's PDFs are read (not part of a preset), each engine saying what it costs.
class ChatSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ChatSettingsDialog(Settings *settings, const ChatParameters &parameters, QWidget *parent = nullptr);

    ChatParameters parameters() const;
    void setParameters(const ChatParameters &parameters);
    // Applies the preset of that name to the fields; false if there is none.
    bool applyPreset(const QString &name);
    // Saves the fields as a user preset.
    bool saveAsPreset(const QString &name);

    QPlainTextEdit *systemPromptEdit() const { return m_systemPrompt; }
    QDoubleSpinBox *temperatureEdit() const { return m_temperature; }
    QDoubleSpinBox *topPEdit() const { return m_topP; }
    QSpinBox *maxTokensEdit() const { return m_maxTokens; }
    QComboBox *pdfEngineChooser() const { return m_pdfEngine; }
    // A PdfEngine.h id, or "" for Confab's choice.
    QString pdfEngine() const;
    void setPdfEngine(const QString &engine);

private:
    void fillPresets();
    void askPresetName();

    Settings *m_settings;
    QComboBox *m_presets;
    QPlainTextEdit *m_systemPrompt;
    QDoubleSpinBox *m_temperature;
    QDoubleSpinBox *m_topP;
    QSpinBox *m_maxTokens;
    QComboBox *m_pdfEngine;
};

} // namespace confab::ui
