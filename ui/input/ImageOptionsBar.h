#pragma once

#include "engine/TurnRequest.h"
#include "fal/FalPriceList.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace confab {
class Settings;
struct FalImageModel;
} // namespace confab

namespace confab::ui {

// The fal model (with its price) and its options for the image modes: aspect ratio, resolution, count,
// format, seed, raw and safety, each shown only when the chosen model takes it, starting from the user's
// settings.
class ImageOptionsBar : public QWidget
{
    Q_OBJECT
public:
    ImageOptionsBar(Settings *settings, QWidget *parent = nullptr);

    void setMode(GenerationMode mode);
    // Prices shown beside the models: fal's current ones, or the last known ones, said as such.
    void setPrices(const FalPriceList &prices);
    // The chosen fal model's id; empty outside the image modes.
    QString model() const;
    ImageOptions options() const;
    // The formats the picker offers in this mode: the model's own, less any this Qt cannot show.
    QStringList formats() const;

signals:
    void changed();

private:
    void build();
    void fillModels();
    void applyModel();
    void fillFormats(const QStringList &formats);
    const FalImageModel *chosenModel() const;

    Settings *m_settings;
    FalPriceList m_prices;
    GenerationMode m_mode = GenerationMode::Text;
    QComboBox *m_model = nullptr;
    QComboBox *m_resolution = nullptr;
    QComboBox *m_aspect = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_seed = nullptr;
    QCheckBox *m_raw = nullptr;
    QComboBox *m_safety = nullptr;
};

} // namespace confab::ui
