#include "chat/FirstRunHint.h"

#include "theme/Theme.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace confab::ui {

FirstRunHint::FirstRunHint(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("firstRunHint"));
    setAccessibleName(tr("Getting started"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Welcome to Confab"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *steps =
        new QLabel(tr("<p>To start, add an API key:</p>"
                      "<ul><li><b>OpenRouter</b> for chatting with hundreds of models "
                      "(<a href=\"https://openrouter.ai/keys\">openrouter.ai/keys</a>)</li>"
                      "<li><b>fal.ai</b> for making and editing images "
                      "(<a href=\"https://fal.ai/dashboard/keys\">fal.ai/dashboard/keys</a>)</li></ul>"
                      "<p>Keys are kept in your system's keychain, never in a file. Your chats stay on this "
                      "computer.</p>"),
                   this);
    steps->setObjectName(QStringLiteral("firstRunSteps"));
    steps->setWordWrap(true);
    steps->setOpenExternalLinks(true);
    steps->setTextFormat(Qt::RichText);
    steps->setMinimumWidth(380);

    auto *open = new QPushButton(tr("Open Settings → Keys"), this);
    open->setObjectName(QStringLiteral("openKeys"));
    open->setDefault(true);
    open->setCursor(Qt::PointingHandCursor);
    const QPalette p = palette();
    open->setStyleSheet(
        QStringLiteral("QPushButton { background: %1; color: %2; border: none; border-radius: 10px;"
                       " padding: 8px 18px; font-weight: 600; }")
            .arg(Theme::accent(p).name(), p.color(QPalette::HighlightedText).name()));
    connect(open, &QPushButton::clicked, this, &FirstRunHint::keysRequested);

    layout->addWidget(title);
    layout->addWidget(steps);
    layout->addWidget(open, 0, Qt::AlignHCenter);
}

} // namespace confab::ui
