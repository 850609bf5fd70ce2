#pragma once

#include "engine/TurnRequest.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace confab {
class Settings;
}

namespace confab::ui {

// Aspect ratio, count, format, seed, raw and safety for the image modes, starting from the user's settings.
class ImageOptionsBar : public QWidget
{
    Q_OBJECT
public:
    ImageOptionsBar(Settings *settings, QWidget *parent = nullptr);

    void setMode(GenerationMode mode);
    ImageOptions options() const;
    // The formats the picker offers in this mode: the model's own, less any this Qt cannot show.
    QStringList formats() const;

signals:
    void changed();

private:
    void build();
    void fillFormats(const QStringList &formats);

    Settings *m_settings;
    QComboBox *m_aspect = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_seed = nullptr;
    QCheckBox *m_raw = nullptr;
    QComboBox *m_safety = nullptr;
};

} // namespace confab::ui
