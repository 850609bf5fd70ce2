#include "input/ImageOptionsBar.h"

#include "fal/FalRequestBuilder.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
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
    m_aspect = new QComboBox(this);
    m_count = new QSpinBox(this);
    m_format = new QComboBox(this);
    m_seed = new QLineEdit(this);
    m_raw = new QCheckBox(tr("Raw"), this);
    m_safety = new QComboBox(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_aspect->addItems({QStringLiteral("1:1"), QStringLiteral("16:9"), QStringLiteral("9:16"),
                        QStringLiteral("4:3"), QStringLiteral("3:4"), QStringLiteral("21:9"),
                        QStringLiteral("9:21"), QStringLiteral("3:2"), QStringLiteral("2:3")});
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
        m_aspect->setCurrentText(m_settings->imageAspectRatio());
        m_count->setValue(m_settings->imageCount());
        m_safety->setCurrentIndex(qMax(0, m_safety->findData(m_settings->falSafetyTolerance())));
    }

    for (QWidget *w : std::initializer_list<QWidget *>{m_aspect, m_count, m_format, m_seed, m_raw, m_safety})
        layout->addWidget(w);
    layout->addStretch(1);

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
    const bool textToImage = mode == GenerationMode::TextToImage;
    const bool image = textToImage || mode == GenerationMode::ImageToImage;
    if (image) {
        if (!m_format)
            build();
        // The edit model follows the input picture's shape and has no raw switch; only it can write webp.
        m_aspect->setVisible(textToImage);
        m_seed->setVisible(textToImage);
        m_raw->setVisible(textToImage);
        fillFormats(textToImage ? FalRequestBuilder::fluxOutputFormats()
                                : FalRequestBuilder::editOutputFormats());
    }
    // Shown last, so the format picker sizes itself to its items on its first show.
    setVisible(image);
}

ImageOptions ImageOptionsBar::options() const
{
    ImageOptions options;
    if (!m_format)
        return options; // only image turns read these, and choosing an image mode builds the bar
    if (m_aspect->isVisibleTo(this))
        options.aspectRatio = m_aspect->currentText();
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
