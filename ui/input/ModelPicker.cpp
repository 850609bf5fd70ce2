#include "input/ModelPicker.h"

#include "fal/FalTypes.h"
#include "openrouter/ModelCatalog.h"
#include "settings/Settings.h"

#include <QCompleter>
#include <QLineEdit>

namespace confab::ui {

QString defaultModelFor(const Settings *settings, GenerationMode mode)
{
    if (!settings)
        return {};
    switch (mode) {
    case GenerationMode::Text:
        return settings->textModel();
    case GenerationMode::TextToImage:
        return settings->textToImageModel();
    case GenerationMode::ImageToImage:
        return settings->imageEditModel();
    case GenerationMode::Auto:
        return settings->autoModel();
    }
    return {};
}

ModelPicker::ModelPicker(ModelCatalog *catalog, Settings *settings, QWidget *parent)
    : QComboBox(parent)
    , m_catalog(catalog)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("modelPicker"));
    setAccessibleName(tr("Model"));
    setToolTip(tr("Model — type to search"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(22);
    setMaxVisibleItems(16);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->setPlaceholderText(tr("Search models"));
    if (m_catalog)
        connect(m_catalog, &ModelCatalog::modelsChanged, this, &ModelPicker::rebuild);
    rebuild();
}

void ModelPicker::setMode(GenerationMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_preferred.clear();
    rebuild();
}

void ModelPicker::setPreferred(const QString &model)
{
    m_preferred = model;
    rebuild();
}

QString ModelPicker::model() const
{
    const QString text = currentText().trimmed();
    const int found = findText(text);
    if (found >= 0)
        return itemData(found).toString();
    return text;
}

void ModelPicker::rebuild()
{
    const QString keep = m_preferred.isEmpty() ? defaultModelFor(m_settings, m_mode) : m_preferred;
    const QSignalBlocker blocker(this);
    clear();
    if (m_mode == GenerationMode::TextToImage || m_mode == GenerationMode::ImageToImage) {
        const QString fixed = m_mode == GenerationMode::TextToImage
                                  ? QString::fromLatin1(FalModel::FluxProUltra)
                                  : QString::fromLatin1(FalModel::GeminiFlashEdit);
        addItem(fixed, fixed);
        if (keep != fixed && !keep.isEmpty())
            addItem(keep, keep);
    } else if (m_catalog) {
        for (const ModelInfo &info : m_catalog->models()) {
            const bool textOut =
                info.outputModalities.isEmpty() || info.outputModalities.contains(QStringLiteral("text"));
            if (!textOut || (m_mode == GenerationMode::Auto && !info.supportsTools))
                continue;
            // Models that think or draw say so in the list, where the choice is made.
            QStringList marks;
            if (info.supportsReasoning)
                marks << tr("reasoning");
            if (info.outputsImages())
                marks << tr("draws images");
            addItem(marks.isEmpty()
                        ? info.id
                        : QStringLiteral("%1  · %2").arg(info.id, marks.join(QStringLiteral(", "))),
                    info.id);
            setItemData(count() - 1,
                        info.name.isEmpty()
                            ? info.id
                            : tr("%1 — %2 k context").arg(info.name).arg(info.contextLength / 1000),
                        Qt::ToolTipRole);
        }
    }
    int index = findData(keep);
    if (index < 0 && !keep.isEmpty()) {
        insertItem(0, keep, keep);
        index = 0;
    }
    setCurrentIndex(qMax(0, index));
}

} // namespace confab::ui
