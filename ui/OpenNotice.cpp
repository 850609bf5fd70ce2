#include "OpenNotice.h"

#include "store/Store.h"
#include "theme/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>

namespace confab::ui {

OpenNotice::OpenNotice(Store *store, QWidget *parent)
    : QFrame(parent)
    , m_store(store)
    , m_text(new QLabel(this))
    , m_restore(new QPushButton(tr("Restore backup"), this))
    , m_fresh(new QPushButton(tr("Start fresh"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("openNotice"));
    setAccessibleName(tr("History notice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 8, 8);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_restore);
    layout->addWidget(m_fresh);
    layout->addWidget(m_dismiss);
    m_restore->setAccessibleName(tr("Restore backup"));
    m_fresh->setAccessibleName(tr("Start fresh"));
    m_dismiss->setAccessibleName(tr("Dismiss notice"));
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const OpenResult result = m_store->restoreNewestBackup();
        showResult(result);
        emit reopened(result);
    });
    connect(m_fresh, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(
                this, tr("Start fresh"),
                tr("Start with an empty history? The damaged file stays where it was moved.")) !=
            QMessageBox::Yes)
            return;
        const OpenResult result = m_store->startFresh();
        showResult(result);
        emit reopened(result);
    });
    hide();
}

// Painted rather than styled: a style sheet would put the buttons inside under QStyleSheetStyle too, which
// is slower to build.
void OpenNotice::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Theme::blend(palette().color(QPalette::Base), QColor(0xf5, 0xc2, 0x42), 0.25));
    painter.drawRoundedRect(rect(), 10, 10);
}

bool OpenNotice::hasNews(const OpenResult &result)
{
    const bool plain = result.outcome == OpenResult::Outcome::Created ||
                       (result.outcome == OpenResult::Outcome::Opened && result.interruptedMessages == 0);
    return !plain && (!result.message.isEmpty() || result.interruptedMessages > 0);
}

void OpenNotice::showResult(const OpenResult &result)
{
    QString text = result.message;
    if (text.isEmpty() && result.interruptedMessages > 0)
        text = tr("%n answer(s) were interrupted when Confab last closed; they can be retried.", nullptr,
                  result.interruptedMessages);
    m_text->setText(text);
    m_restore->setVisible(result.canRestoreBackup());
    m_fresh->setVisible(result.outcome == OpenResult::Outcome::Corrupt);
    m_dismiss->setVisible(result.isOpen());
    setVisible(hasNews(result));
}

void OpenNotice::showDamage(const QString &message)
{
    m_text->setText(message);
    m_restore->hide();
    m_fresh->hide();
    m_dismiss->show();
    show();
}

QString OpenNotice::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace confab::ui
