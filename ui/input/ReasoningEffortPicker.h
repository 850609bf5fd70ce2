#pragma once

#include <QComboBox>

namespace confab {
struct ModelInfo;
}

namespace confab::ui {

// The chat's reasoning effort (the model's default, off, or one of the efforts the model's catalogue entry
// lists), offered only for models whose catalogue entry takes OpenRouter's reasoning parameter.
class ReasoningEffortPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit ReasoningEffortPicker(QWidget *parent = nullptr);

    // Shows the picker when the model takes a reasoning effort, hides it otherwise.
    void offerFor(const ModelInfo *model);
    bool isOffered() const { return m_offered; }
    QString effort() const;
    void setEffort(const QString &effort);

private:
    static QString levelName(const QString &level);

    bool m_offered = false;
};

} // namespace confab::ui
