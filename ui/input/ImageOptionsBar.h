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
    void fillFormats(const QStringList &formats);

    Settings *m_settings;
    QComboBox *m_aspect;
    QSpinBox *m_count;
    QComboBox *m_format;
    QLineEdit *m_seed;
    QCheckBox *m_raw;
    QComboBox *m_safety;
};

} // namespace confab::ui
