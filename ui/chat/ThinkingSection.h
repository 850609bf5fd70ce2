#pragma once

#include "domain/Message.h"

#include <QHash>
#include <QRect>
#include <QString>

class QFont;
class QFontMetrics;
class QPainter;
class QPalette;

namespace confab::ui {

struct MessageDocument;

// The collapsible "Thinking" part of an answer's bubble: a header line with a chevron, and when open the
// model's reasoning in small, subdued text. It is open while the model thinks and closes by itself when the
// answer's text starts; a click or the T key on the row flips it, and that choice then sticks.
class ThinkingSection
{
public:
    static constexpr int BodyIndent = 12; // the reasoning's text starts this far right of its rule

    static bool present(const Message &message);
    bool isExpanded(const Message &message, bool streaming) const;
    void toggle(const Message &message, bool streaming);

    static QString headerText(const Message &message, bool streaming);
    static int headerHeight(const QFontMetrics &small);
    static int headerWidth(const Message &message, bool streaming, const QFontMetrics &small);
    static void paintHeader(QPainter *painter, const QRect &rect, const Message &message, bool expanded,
                            bool streaming, const QPalette &palette, const QFont &small);
    static void paintBody(QPainter *painter, const QRect &rect, const MessageDocument &document,
                          const QPalette &palette);

private:
    QHash<qint64, bool> m_chosen; // the user's own open/closed choice per message
};

} // namespace confab::ui
