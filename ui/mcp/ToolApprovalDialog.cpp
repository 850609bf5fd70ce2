#include "mcp/ToolApprovalDialog.h"

#include "theme/Theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace confab::ui {

namespace {

// The arguments are the model's, so they are shown whole enough to judge but never unbounded.
constexpr qsizetype MaxArgumentChars = 20'000;
constexpr qsizetype MaxDescriptionChars = 600;

QString shown(const QString &text, qsizetype limit)
{
    return text.size() > limit ? text.left(limit) + QChar(0x2026) : text;
}

} // namespace

QString ToolApprovalDialog::hintsText(const McpTool &tool)
{
    // The specification's defaults: without hints a tool may change things, and destructively.
    if (tool.readOnlyHint())
        return tr("The server says this tool only reads and changes nothing.");
    if (tool.destructiveHint())
        return tr("The server says this tool may change or delete things.");
    return tr("The server says this tool may change things, but only by adding to them.");
}

QString ToolApprovalDialog::argumentsText(const QString &json)
{
    const QString trimmed = json.trimmed();
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.left(MaxArgumentChars).toUtf8());
    if (trimmed.isEmpty() || (document.isObject() && document.object().isEmpty()))
        return tr("(none)");
    if (document.isObject() || document.isArray())
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    return shown(trimmed, MaxArgumentChars);
}

ToolApprovalDialog::ToolApprovalDialog(const ToolApprovalRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_hints(new QLabel(this))
    , m_arguments(new QPlainTextEdit(this))
    , m_allowOnce(new QPushButton(tr("Allow &once"), this))
    , m_always(new QPushButton(tr("&Always allow this tool"), this))
    , m_deny(new QPushButton(tr("&Deny"), this))
{
    setObjectName(QStringLiteral("toolApprovalDialog"));
    const QString toolName = request.tool.title.isEmpty()
                                 ? request.tool.name
                                 : QStringLiteral("%1 (%2)").arg(request.tool.title, request.tool.name);
    setWindowTitle(tr("Allow a tool?"));
    setAccessibleName(tr("Allow a tool?"));
    setAccessibleDescription(tr("The model wants to use %1 of the server %2. %3")
                                 .arg(toolName, request.server, hintsText(request.tool)));
    auto *layout = new QVBoxLayout(this);

    auto *headline = new QLabel(this);
    headline->setObjectName(QStringLiteral("approvalHeadline"));
    headline->setTextFormat(Qt::RichText);
    headline->setWordWrap(true);
    headline->setText(tr("The model wants to use <b>%1</b> of the server <b>%2</b>.")
                          .arg(toolName.toHtmlEscaped(), request.server.toHtmlEscaped()));
    layout->addWidget(headline);

    if (request.changedSinceApproved) {
        auto *changed = new QLabel(tr("You had always allowed this tool, but the server has changed what it "
                                      "says the tool does since. Look again before allowing it."),
                                   this);
        changed->setObjectName(QStringLiteral("approvalChanged"));
        changed->setWordWrap(true);
        QPalette warn = changed->palette();
        warn.setColor(QPalette::WindowText, Theme::errorText(palette()));
        changed->setPalette(warn);
        layout->addWidget(changed);
    }

    if (!request.tool.description.isEmpty()) {
        auto *description = new QLabel(shown(request.tool.description.trimmed(), MaxDescriptionChars), this);
        description->setObjectName(QStringLiteral("approvalDescription"));
        description->setTextFormat(Qt::PlainText);
        description->setWordWrap(true);
        description->setAccessibleName(tr("What the server says the tool does"));
        layout->addWidget(description);
    }

    m_hints->setObjectName(QStringLiteral("approvalHints"));
    m_hints->setText(hintsText(request.tool));
    m_hints->setWordWrap(true);
    if (!request.tool.readOnlyHint()) {
        QPalette warn = m_hints->palette();
        warn.setColor(QPalette::WindowText, request.tool.destructiveHint() ? Theme::errorText(palette())
                                                                           : Theme::subtleText(palette()));
        m_hints->setPalette(warn);
    }
    layout->addWidget(m_hints);

    auto *argumentsLabel = new QLabel(tr("A&rguments:"), this);
    argumentsLabel->setBuddy(m_arguments);
    layout->addWidget(argumentsLabel);
    m_arguments->setObjectName(QStringLiteral("approvalArguments"));
    m_arguments->setAccessibleName(tr("Arguments"));
    m_arguments->setReadOnly(true);
    m_arguments->setTabChangesFocus(true);
    m_arguments->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_arguments->setPlainText(argumentsText(request.arguments));
    // As tall as the arguments need, up to a screenful's share; longer ones scroll.
    const int lines = int(m_arguments->toPlainText().count(QLatin1Char('\n'))) + 1;
    m_arguments->setFixedHeight(qBound(60, lines * m_arguments->fontMetrics().lineSpacing() + 16, 260));
    layout->addWidget(m_arguments, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_allowOnce->setObjectName(QStringLiteral("allowOnce"));
    m_always->setObjectName(QStringLiteral("alwaysAllow"));
    m_deny->setObjectName(QStringLiteral("deny"));
    m_always->setToolTip(tr("Calls of %1 go without asking until the server changes what the tool does.")
                             .arg(request.tool.name));
    buttons->addButton(m_allowOnce, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_always, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_deny, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_allowOnce, &QPushButton::clicked, this, [this] { decide(McpDecision::AllowOnce); });
    connect(m_always, &QPushButton::clicked, this, [this] { decide(McpDecision::AlwaysAllow); });
    connect(m_deny, &QPushButton::clicked, this, [this] { decide(McpDecision::Deny); });

    // Enter must not allow what may destroy: for such a tool the default is Deny.
    const bool risky = !request.tool.readOnlyHint() && request.tool.destructiveHint();
    QPushButton *preferred = risky ? m_deny : m_allowOnce;
    for (QPushButton *button : {m_allowOnce, m_always, m_deny})
        button->setAutoDefault(button == preferred);
    preferred->setDefault(true);
    setTabOrder(m_arguments, m_allowOnce);
    setTabOrder(m_allowOnce, m_always);
    setTabOrder(m_always, m_deny);
    preferred->setFocus();
    resize(520, sizeHint().height());
}

void ToolApprovalDialog::decide(McpDecision decision)
{
    if (m_decided)
        return;
    m_decided = true;
    m_decision = decision;
    Q_EMIT decided(decision);
    QDialog::done(decision == McpDecision::Deny ? QDialog::Rejected : QDialog::Accepted);
}

// Escape, the window's close button and a parent going away all end here: they deny.
void ToolApprovalDialog::done(int result)
{
    if (!m_decided) {
        decide(McpDecision::Deny);
        return;
    }
    QDialog::done(result);
}

} // namespace confab::ui
