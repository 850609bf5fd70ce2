#include "chat/DisplayedText.h"

#include <QCoreApplication>

namespace confab::ui {
namespace {

// Titles come from web pages: anything Markdown would read as markup (or HTML) is escaped, so a title is
// only ever text.
QString escapedMarkdown(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_{}[]()<>#+-.!|~&");
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

} // namespace

QString displayedText(const Message &message)
{
    const QList<Citation> &citations = message.metadata.citations;
    if (citations.isEmpty() || message.role != MessageRole::Assistant)
        return message.content;
    QString text = message.content;
    text += QStringLiteral("\n\n**") + QCoreApplication::translate("DisplayedText", "Sources") +
            QStringLiteral("**\n\n");
    for (qsizetype i = 0; i < citations.size(); ++i) {
        const Citation &citation = citations.at(i);
        // The address is stored encoded (Citation.h), so in angle brackets nothing in it can end the link.
        text +=
            QStringLiteral("%1. [%2](<%3>)\n")
                .arg(i + 1)
                .arg(escapedMarkdown(citation.title.isEmpty() ? citation.url : citation.title), citation.url);
    }
    return text;
}

} // namespace confab::ui
