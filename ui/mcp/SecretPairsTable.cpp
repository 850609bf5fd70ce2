#include "mcp/SecretPairsTable.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace confab::ui {

namespace {

// Paints a value as dots and edits it in a password field, unless the values are revealed.
class MaskedValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    bool revealed = false;

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        const QString text = value.toString();
        if (revealed)
            return QStyledItemDelegate::displayText(value, locale);
        return QString(qMin(text.size(), qsizetype(12)), QChar(0x2022));
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && !revealed)
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }
};

} // namespace

SecretPairsTable::SecretPairsTable(const QString &what, const QString &nameHeader, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setHorizontalHeaderLabels({nameHeader, tr("Value (kept in the keychain)")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(what);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setMinimumHeight(90);
    auto *masked = new MaskedValueDelegate(m_table);
    m_table->setItemDelegateForColumn(1, masked);
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), this);
    add->setAccessibleName(tr("Add to %1").arg(what));
    m_remove->setAccessibleName(tr("Remove from %1").arg(what));
    m_remove->setEnabled(false);
    auto *show = new QCheckBox(tr("Show values"), this);
    show->setAccessibleName(tr("Show the values of %1").arg(what));
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(show);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        addPair({}, {});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_table->removeRow(row);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(show, &QCheckBox::toggled, this, [this, masked](bool on) {
        masked->revealed = on;
        m_table->viewport()->update();
    });
}

void SecretPairsTable::addPair(const QString &name, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(name));
    auto *valueItem = new QTableWidgetItem(value);
    // A screen reader must not read a secret out either.
    valueItem->setData(Qt::AccessibleTextRole, value.isEmpty() ? tr("empty") : tr("hidden value"));
    m_table->setItem(row, 1, valueItem);
}

void SecretPairsTable::setPairs(const QStringList &names, const QMap<QString, QString> &values)
{
    m_table->setRowCount(0);
    for (const QString &name : names)
        addPair(name, values.value(name));
}

QMap<QString, QString> SecretPairsTable::pairs() const
{
    QMap<QString, QString> pairs;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (!name.isEmpty())
            pairs.insert(name, m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString());
    }
    return pairs;
}

QStringList SecretPairsTable::names() const
{
    QStringList names;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace confab::ui
