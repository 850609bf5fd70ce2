#include "chat/ThinkingSection.h"

#include "chat/Chevron.h"
#include "chat/MessageDocument.h"
#include "theme/Theme.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace confab::ui {

namespace {

// Q_DECLARE_TR_FUNCTIONS names the context both for lupdate and at run time, so the two always agree.
struct ThinkingText
{
    Q_DECLARE_TR_FUNCTIONS(confab::ui::ThinkingSection)
};

} // namespace

bool ThinkingSection::present(const Message &message)
{
    return message.role == MessageRole::Assistant && !message.reasoning.isEmpty();
}

bool ThinkingSection::isExpanded(const Message &message, bool streaming) const
{
    if (const auto chosen = m_chosen.constFind(message.id); chosen != m_chosen.constEnd())
        return *chosen;
    return streaming && message.content.isEmpty();
}

void ThinkingSection::toggle(const Message &message, bool streaming)
{
    m_chosen.insert(message.id, !isExpanded(message, streaming));
}

QString ThinkingSection::headerText(const Message &message, bool streaming)
{
    if (streaming && message.content.isEmpty())
        return ThinkingText::tr("Thinking…");
    if (message.metadata.reasoningTokens > 0)
        return ThinkingText::tr("Thinking · %1 tokens").arg(message.metadata.reasoningTokens);
    return ThinkingText::tr("Thinking");
}

int ThinkingSection::headerHeight(const QFontMetrics &small)
{
    return small.height() + SectionHeaderPadding;
}

int ThinkingSection::headerWidth(const Message &message, bool streaming, const QFontMetrics &small)
{
    return ChevronSpace + small.horizontalAdvance(headerText(message, streaming)) + 2 * SectionHeaderPadding;
}

void ThinkingSection::paintHeader(QPainter *painter, const QRect &rect, const Message &message, bool expanded,
                                  bool streaming, const QPalette &palette, const QFont &small)
{
    painter->save();
    QPainterPath pill;
    pill.addRoundedRect(QRectF(rect), rect.height() / 2.0, rect.height() / 2.0);
    painter->fillPath(pill, Theme::codeBackground(palette));

    drawChevron(painter, QPointF(rect.left() + SectionHeaderPadding + 5, rect.center().y() + 0.5), expanded,
                Theme::subtleText(palette));

    painter->setFont(small);
    painter->setPen(streaming && message.content.isEmpty() ? Theme::accent(palette)
                                                           : Theme::subtleText(palette));
    painter->drawText(rect.adjusted(SectionHeaderPadding + ChevronSpace, 0, -SectionHeaderPadding, 0),
                      Qt::AlignVCenter | Qt::AlignLeft, headerText(message, streaming));
    painter->restore();
}

void ThinkingSection::paintBody(QPainter *painter, const QRect &rect, const MessageDocument &document,
                                const QPalette &palette)
{
    painter->save();
    // A quiet rule on the left marks the reasoning as the model's notes, apart from its answer.
    painter->fillRect(QRect(rect.left(), rect.top(), 2, rect.height()),
                      Theme::blend(Theme::subtleText(palette), palette.color(QPalette::Base), 0.5));
    QPalette subdued = palette;
    subdued.setColor(QPalette::Text, Theme::subtleText(palette));
    painter->translate(rect.topLeft() + QPoint(BodyIndent, 0));
    document.draw(painter, subdued, QRectF(0, 0, rect.width() - BodyIndent, rect.height()));
    painter->restore();
}

} // namespace confab::ui
