#include "dialogs/SetupCheckDialog.h"

#include "doctor/SetupCheck.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace confab::ui {

namespace {

QIcon iconFor(CheckLine::Verdict verdict, const QStyle *style)
{
    switch (verdict) {
    case CheckLine::Verdict::Pass:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case CheckLine::Verdict::Warn:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case CheckLine::Verdict::Fail:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case CheckLine::Verdict::Skipped:
        return style->standardIcon(QStyle::SP_MediaSkipForward);
    }
    return {};
}

} // namespace

SetupCheckDialog::SetupCheckDialog(Backend *backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_lines(new QListWidget(this))
    , m_verdict(new QLabel(this))
    , m_again(new QPushButton(tr("Check again"), this))
{
    setWindowTitle(tr("Check setup"));
    m_lines->setObjectName(QStringLiteral("setupCheckLines"));
    m_lines->setWordWrap(true);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setFocusPolicy(Qt::NoFocus);
    m_verdict->setObjectName(QStringLiteral("setupCheckVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &SetupCheckDialog::run);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Checks the keys, the keychain, OpenRouter and fal without spending "
                                    "anything beyond one token."),
                                 this));
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);
    resize(620, 340);
}

void SetupCheckDialog::run()
{
    if (isRunning())
        return;
    m_lines->clear();
    m_verdict->setText(tr("Checking…"));
    m_again->setEnabled(false);
    delete m_check;
    m_check = new SetupCheck(m_backend, this);
    connect(m_check, &SetupCheck::lineReady, this, &SetupCheckDialog::addLine);
    connect(m_check, &SetupCheck::finished, this, &SetupCheckDialog::finish);
    m_check->start();
}

bool SetupCheckDialog::isRunning() const
{
    return !m_again->isEnabled();
}

QStringList SetupCheckDialog::lineTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_lines->count(); ++row)
        texts << m_lines->item(row)->text();
    return texts;
}

QString SetupCheckDialog::verdict() const
{
    return m_verdict->text();
}

void SetupCheckDialog::addLine(const CheckLine &line)
{
    auto *item = new QListWidgetItem(iconFor(line.verdict, style()), line.text, m_lines);
    item->setToolTip(line.tag());
}

void SetupCheckDialog::finish(bool passed)
{
    m_again->setEnabled(true);
    m_verdict->setText(passed ? tr("Setup is fine.")
                              : tr("Setup has a problem: %1").arg(m_check->firstFailure()));
}

} // namespace confab::ui
