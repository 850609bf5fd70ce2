#include "input/ImageOptionsBar.h"

#include "fal/FalImageModels.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace confab::ui {

ImageOptionsBar::ImageOptionsBar(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("imageOptions"));
    hide();
}

// Built the first time an image mode is chosen: most sessions never show it, and its format list loads every
// image plugin, which would otherwise hold up the first paint.
void ImageOptionsBar::build()
{
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("imageModel"));
    m_model->setAccessibleName(tr("Image model"));
    m_model->setToolTip(tr("The fal model that makes the picture, with its price"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_resolution = new QComboBox(this);
    m_resolution->setAccessibleName(tr("Resolution"));
    m_resolution->setToolTip(tr("Resolution: larger pictures cost more"));
    m_aspect = new QComboBox(this);
    m_count = new QSpinBox(this);
    m_format = new QComboBox(this);
    m_seed = new QLineEdit(this);
    m_raw = new QCheckBox(tr("Raw"), this);
    m_safety = new QComboBox(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_aspect->setAccessibleName(tr("Aspect ratio"));
    m_aspect->setToolTip(tr("Aspect ratio"));
    m_count->setRange(1, 4);
    m_count->setAccessibleName(tr("Number of images"));
    m_count->setToolTip(tr("Number of images"));
    m_count->setPrefix(QStringLiteral("× "));
    m_format->setAccessibleName(tr("Image format"));
    m_format->setToolTip(tr("Image format"));
    m_seed->setPlaceholderText(tr("Seed"));
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setToolTip(tr("Seed: the same seed and prompt give the same picture; empty for a random one"));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,18}")), m_seed));
    m_seed->setMaximumWidth(90);
    m_raw->setAccessibleName(tr("Raw"));
    m_raw->setToolTip(tr("Less processed, more natural-looking pictures"));
    for (int level = 1; level <= 6; ++level)
        m_safety->addItem(tr("Safety %1").arg(level), QString::number(level));
    m_safety->setAccessibleName(tr("Safety tolerance"));
    m_safety->setToolTip(tr("Safety tolerance: 1 is the strictest, 6 the most permissive"));

    if (m_settings) {
        m_count->setValue(m_settings->imageCount());
        m_safety->setCurrentIndex(qMax(0, m_safety->findData(m_settings->falSafetyTolerance())));
    }

    for (QWidget *w : std::initializer_list<QWidget *>{m_model, m_aspect, m_resolution, m_count, m_format,
                                                       m_seed, m_raw, m_safety})
        layout->addWidget(w);
    layout->addStretch(1);

    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        applyModel();
        emit changed();
    });
    connect(m_resolution, &QComboBox::currentIndexChanged, this, &ImageOptionsBar::changed);
    connect(m_aspect, &QComboBox::currentIndexChanged, this, &ImageOptionsBar::changed);
    connect(m_count, &QSpinBox::valueChanged, this, &ImageOptionsBar::changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImageOptionsBar::changed);
    connect(m_seed, &QLineEdit::textChanged, this, &ImageOptionsBar::changed);
    connect(m_raw, &QCheckBox::toggled, this, &ImageOptionsBar::changed);
    connect(m_safety, &QComboBox::currentIndexChanged, this, &ImageOptionsBar::changed);
}

void ImageOptionsBar::fillFormats(const QStringList &formats)
{
    const QString current = m_format->count() > 0 ? m_format->currentText()
                            : m_settings          ? m_settings->imageFormat()
                                                  : QString();
    const QList<QByteArray> readable = QImageReader::supportedImageFormats();
    const QSignalBlocker blocker(m_format);
    m_format->clear();
    for (const QString &format : formats) {
        if (readable.contains(format.toLatin1()))
            m_format->addItem(format);
    }
    m_format->setCurrentIndex(qMax(0, m_format->findText(current)));
}

QStringList ImageOptionsBar::formats() const
{
    QStringList result;
    if (!m_format)
        return result;
    for (int i = 0; i < m_format->count(); ++i)
        result << m_format->itemText(i);
    return result;
}

void ImageOptionsBar::setMode(GenerationMode mode)
{
    m_mode = mode;
    const bool image = mode == GenerationMode::TextToImage || mode == GenerationMode::ImageToImage;
    if (image) {
        if (!m_format)
            build();
        fillModels();
    }
    // Shown last, so the pickers size themselves to their items on their first show.
    setVisible(image);
}

void ImageOptionsBar::setPrices(const FalPriceList &prices)
{
    m_prices = prices;
    if (m_model && (m_mode == GenerationMode::TextToImage || m_mode == GenerationMode::ImageToImage))
        fillModels();
}

void ImageOptionsBar::fillModels()
{
    const bool edit = m_mode == GenerationMode::ImageToImage;
    const FalImageModel::Kind kind = edit ? FalImageModel::Kind::Edit : FalImageModel::Kind::TextToImage;
    const QString configured =
        m_settings ? (edit ? m_settings->imageEditModel() : m_settings->textToImageModel()) : QString();
    const bool sameKind = chosenModel() && chosenModel()->kind == kind;
    const QString keep = falimagemodels::resolve(sameKind ? model() : configured, kind).id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        const QSignalBlocker blocker(m_model);
        m_model->clear();
        for (const FalImageModel &entry : falimagemodels::all()) {
            if (entry.kind != kind)
                continue;
            m_model->addItem(tr("%1 · %2").arg(entry.name, m_prices.label(entry.id, now)), entry.id);
            m_model->setItemData(m_model->count() - 1, entry.id, Qt::ToolTipRole);
        }
        m_model->setCurrentIndex(qMax(0, m_model->findData(keep)));
    }
    applyModel();
}

const FalImageModel *ImageOptionsBar::chosenModel() const
{
    return m_model ? falimagemodels::find(m_model->currentData().toString()) : nullptr;
}

QString ImageOptionsBar::model() const
{
    const bool image = m_mode == GenerationMode::TextToImage || m_mode == GenerationMode::ImageToImage;
    return image && m_model ? m_model->currentData().toString() : QString();
}

// Each option as the chosen model takes it: its aspect ratios, resolutions and formats, and only the
// switches its schema has.
void ImageOptionsBar::applyModel()
{
    const FalImageModel *chosen = chosenModel();
    if (!chosen)
        return;
    const bool edit = chosen->kind == FalImageModel::Kind::Edit;
    {
        const QSignalBlocker blocker(m_aspect);
        const QString current = m_aspect->count() > 0 ? m_aspect->currentText()
                                : m_settings && !edit ? m_settings->imageAspectRatio()
                                                      : QString();
        m_aspect->clear();
        m_aspect->addItems(chosen->aspectRatios);
        const int found = m_aspect->findText(current);
        m_aspect->setCurrentIndex(found >= 0 ? found : m_aspect->findText(chosen->defaultAspectRatio));
    }
    {
        const QSignalBlocker blocker(m_resolution);
        const QString current = m_resolution->currentText();
        m_resolution->clear();
        m_resolution->addItems(chosen->resolutions);
        const int found = m_resolution->findText(current);
        m_resolution->setCurrentIndex(found >= 0 ? found : m_resolution->findText(chosen->defaultResolution));
    }
    m_resolution->setVisible(!chosen->resolutions.isEmpty());
    m_seed->setVisible(!edit && chosen->takesSeed);
    m_raw->setVisible(chosen->takesRaw);
    m_safety->setVisible(chosen->takesSafetyTolerance);
    fillFormats(chosen->outputFormats);
}

ImageOptions ImageOptionsBar::options() const
{
    ImageOptions options;
    if (!m_format)
        return options; // only image turns read these, and choosing an image mode builds the bar
    // "auto" is the edit models' own default: the input picture's shape.
    if (m_aspect->currentText() != QLatin1String("auto"))
        options.aspectRatio = m_aspect->currentText();
    if (m_resolution->isVisibleTo(this))
        options.resolution = m_resolution->currentText();
    options.count = m_count->value();
    options.format = m_format->currentText();
    bool ok = false;
    const qint64 seed = m_seed->text().toLongLong(&ok);
    if (ok && m_seed->isVisibleTo(this))
        options.seed = seed;
    options.raw = m_raw->isVisibleTo(this) && m_raw->isChecked();
    if (m_safety->isVisibleTo(this))
        options.safetyTolerance = m_safety->currentData().toString();
    return options;
}

} // namespace confab::ui
