#include "input/ReasoningEffortPicker.h"

#include "engine/ReasoningEffort.h"
#include "openrouter/ModelCatalog.h"

#include <QHash>
#include <QListView>
#include <QStandardItemModel>

namespace confab::ui {

ReasoningEffortPicker::ReasoningEffortPicker(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("reasoningEffort"));
    setAccessibleName(tr("Reasoning effort"));
    setToolTip(tr("How hard the model thinks before it answers, in this chat"));
    for (const QString &level : reasoningEffortLevels())
        addItem(levelName(level), level);
    hide();
}

QString ReasoningEffortPicker::levelName(const QString &level)
{
    static const QHash<QString, const char *> names{
        {QString(), QT_TR_NOOP("Thinking: default")},
        {QStringLiteral("none"), QT_TR_NOOP("Thinking: off")},
        {QStringLiteral("minimal"), QT_TR_NOOP("Thinking: minimal")},
        {QStringLiteral("low"), QT_TR_NOOP("Thinking: low")},
        {QStringLiteral("medium"), QT_TR_NOOP("Thinking: medium")},
        {QStringLiteral("high"), QT_TR_NOOP("Thinking: high")},
        {QStringLiteral("xhigh"), QT_TR_NOOP("Thinking: extra high")},
        {QStringLiteral("max"), QT_TR_NOOP("Thinking: maximum")}};
    return tr(names.value(level, QT_TR_NOOP("Thinking: default")));
}

void ReasoningEffortPicker::offerFor(const ModelInfo *model)
{
    m_offered = model && model->supportsReasoning;
    setVisible(m_offered);
    // Exactly the efforts the catalogue lists for the model ("off" only where reasoning can be turned off).
    const QStringList offered = reasoningEffortsOffered(model);
    auto *items = qobject_cast<QStandardItemModel *>(this->model());
    auto *list = qobject_cast<QListView *>(view());
    for (int row = 0; row < count(); ++row) {
        const bool takes = offered.contains(itemData(row).toString());
        if (items && items->item(row))
            items->item(row)->setEnabled(takes);
        if (list)
            list->setRowHidden(row, !takes);
    }
    // The default names the effort it stands for, when the catalogue says.
    const QString standard = model ? model->defaultEffort : QString();
    setItemText(0, reasoningEffortLevels().contains(standard) && !standard.isEmpty()
                       ? tr("Thinking: default (%1)").arg(standard)
                       : levelName(QString()));
    if (!offered.contains(effort()))
        setCurrentIndex(0);
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
