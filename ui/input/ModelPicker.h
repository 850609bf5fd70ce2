#pragma once

#include "engine/GenerationMode.h"

#include <QComboBox>

namespace confab {
class ModelCatalog;
class Settings;
} // namespace confab

namespace confab::ui {

// Picks the model for the next turn: the cached model list narrowed to the models that fit the mode, with a
// search that matches any part of a model's id or name.
class ModelPicker : public QComboBox
{
    Q_OBJECT
public:
    ModelPicker(ModelCatalog *catalog, Settings *settings, QWidget *parent = nullptr);

    void setMode(GenerationMode mode);
    // The session's remembered model, or empty for the mode's default.
    void setPreferred(const QString &model);
    QString model() const;

private:
    void rebuild();

    ModelCatalog *m_catalog;
    Settings *m_settings;
    GenerationMode m_mode = GenerationMode::Text;
    QString m_preferred;
};

QString defaultModelFor(const Settings *settings, GenerationMode mode);

} // namespace confab::ui
