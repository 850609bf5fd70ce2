#include "input/DocumentChips.h"

#include "theme/Theme.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace confab::ui {

namespace {

QString typeName(const AttachedDocument &document)
{
    if (document.isPdf())
        return QStringLiteral("PDF");
    if (document.mime == QLatin1String("text/markdown"))
        return QStringLiteral("Markdown");
    if (document.mime == QLatin1String("text/csv"))
        return QStringLiteral("CSV");
    if (document.mime == QLatin1String("application/json"))
        return QStringLiteral("JSON");
    const QString suffix = QFileInfo(document.name).suffix();
    return suffix.isEmpty() ? DocumentChips::tr("Text") : suffix.toUpper();
}

} // namespace

QString describeDocument(const AttachedDocument &document)
{
    QStringList parts{document.name, typeName(document),
                      QLocale().formattedDataSize(document.size, 1, QLocale::DataSizeTraditionalFormat)};
    if (document.pages > 0)
        parts << DocumentChips::tr("%n page(s)", nullptr, document.pages);
    return parts.join(QStringLiteral(" · "));
}

DocumentChips::DocumentChips(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("documents"));
    setAccessibleName(tr("Attached documents"));
    m_layout->setContentsMargins(4, 4, 4, 0);
    m_layout->setSpacing(8);
    m_layout->addStretch(1);
    hide();
}

void DocumentChips::add(const AttachedDocument &document)
{
    for (const Item &item : std::as_const(m_items)) {
        if (item.document.hash == document.hash)
            return;
    }
    auto *chip = new QWidget(this);
    chip->setObjectName(QStringLiteral("documentChip"));
    chip->setAttribute(Qt::WA_StyledBackground);
    chip->setStyleSheet(QStringLiteral("#documentChip { border-radius: 6px; background: %1; }")
                            .arg(Theme::codeBackground(palette()).name()));
    auto *row = new QHBoxLayout(chip);
    row->setContentsMargins(8, 4, 4, 4);
    row->setSpacing(4);
    auto *label = new QLabel(describeDocument(document), chip);
    label->setObjectName(QStringLiteral("documentLabel"));
    label->setTextFormat(Qt::PlainText);
    row->addWidget(label);
    chip->setAccessibleName(tr("Attached document %1").arg(describeDocument(document)));

    auto *removeButton = new QToolButton(chip);
    removeButton->setAccessibleName(tr("Remove %1").arg(document.name));
    removeButton->setToolTip(tr("Remove this document"));
    removeButton->setIcon(Theme::icon(QStringLiteral("close")));
    removeButton->setIconSize(QSize(10, 10));
    removeButton->setAutoRaise(true);
    row->addWidget(removeButton);
    const QString hash = document.hash;
    connect(removeButton, &QToolButton::clicked, this, [this, hash] { remove(hash); });

    m_layout->insertWidget(m_layout->count() - 1, chip);
    m_items.append({document, chip});
    setVisible(true);
    emit changed();
}

void DocumentChips::remove(const QString &hash)
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).document.hash == hash) {
            m_items.at(i).widget->deleteLater();
            m_items.removeAt(i);
            break;
        }
    }
    setVisible(!m_items.isEmpty());
    emit changed();
}

void DocumentChips::clear()
{
    for (const Item &item : std::as_const(m_items))
        item.widget->deleteLater();
    m_items.clear();
    hide();
    emit changed();
}

QList<AttachedDocument> DocumentChips::documents() const
{
    QList<AttachedDocument> result;
    for (const Item &item : m_items)
        result << item.document;
    return result;
}

} // namespace confab::ui
