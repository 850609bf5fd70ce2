#include "input/ReasoningEffortPicker.h"

#include "engine/ReasoningEffort.h"
#include "openrouter/ModelCatalog.h"

#include <QStandardItemModel>

namespace confab::ui {

ReasoningEffortPicker::ReasoningEffortPicker(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("reasoningEffort"));
    setAccessibleName(tr("Reasoning effort"));
    setToolTip(tr("How hard the model thinks before it answers, in this chat"));
    const QStringList names{tr("Thinking: default"), tr("Thinking: off"), tr("Thinking: low"),
                            tr("Thinking: medium"), tr("Thinking: high")};
    const QStringList levels = reasoningEffortLevels();
    for (qsizetype i = 0; i < levels.size(); ++i)
        addItem(names.value(i), levels.at(i));
    hide();
}

void ReasoningEffortPicker::offerFor(const ModelInfo *model)
{
    m_offered = model && model->supportsReasoning;
    setVisible(m_offered);
    // "Off" is not on offer for models whose reasoning cannot be turned off.
    if (auto *items = qobject_cast<QStandardItemModel *>(this->model()))
        if (QStandardItem *off = items->item(findData(QStringLiteral("none"))))
            off->setEnabled(!(model && model->reasoningMandatory));
}

QString ReasoningEffortPicker::effort() const
{
    return currentData().toString();
}

void ReasoningEffortPicker::setEffort(const QString &effort)
{
    setCurrentIndex(qMax(0, findData(effort)));
}

} // namespace confab::ui
