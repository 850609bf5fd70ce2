#include "mcp/McpServerDialog.h"

#include "mcp/SecretPairsTable.h"
#include "theme/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace confab::ui {

namespace {

// Arguments are shown as one line, quoted where they hold spaces, and read back the way a shell would.
QString joinArguments(const QStringList &arguments)
{
    QStringList quoted;
    for (const QString &argument : arguments) {
        if (argument.isEmpty() || argument.contains(QLatin1Char(' ')) || argument.contains(QLatin1Char('"')))
            quoted.append(QLatin1Char('"') +
                          QString(argument).replace(QLatin1Char('"'), QStringLiteral("\"\"\"")) +
                          QLatin1Char('"'));
        else
            quoted.append(argument);
    }
    return quoted.join(QLatin1Char(' '));
}

} // namespace

McpServerDialog::McpServerDialog(const McpServerConfig &config, const McpServerSecrets &secrets,
                                 QStringList takenNames, QWidget *parent)
    : QDialog(parent)
    , m_original(config)
    , m_taken(std::move(takenNames))
    , m_name(new QLineEdit(config.name, this))
    , m_transport(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_command(new QLineEdit(config.command, this))
    , m_arguments(new QLineEdit(joinArguments(config.arguments), this))
    , m_environment(new SecretPairsTable(tr("Environment variables"), tr("Variable"), this))
    , m_url(new QLineEdit(config.url.toString(), this))
    , m_headers(new SecretPairsTable(tr("HTTP headers"), tr("Header"), this))
    , m_timeout(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(config.name.isEmpty() ? tr("Add MCP server") : tr("Edit %1").arg(config.name));
    setObjectName(QStringLiteral("mcpServerDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_name->setObjectName(QStringLiteral("serverName"));
    m_name->setAccessibleName(tr("Server name"));
    m_name->setPlaceholderText(tr("files, git, search…"));
    m_name->setToolTip(tr("Letters, digits, - and _; the model sees it in front of each tool's name."));
    form->addRow(tr("&Name:"), m_name);

    m_transport->setObjectName(QStringLiteral("serverTransport"));
    m_transport->setAccessibleName(tr("How Confab reaches the server"));
    m_transport->addItem(tr("A program on this computer (stdio)"), int(McpServerConfig::Transport::Stdio));
    m_transport->addItem(tr("A remote server (Streamable HTTP)"), int(McpServerConfig::Transport::Http));
    m_transport->setCurrentIndex(config.transport == McpServerConfig::Transport::Http ? 1 : 0);
    form->addRow(tr("&Kind:"), m_transport);
    layout->addLayout(form);

    auto *stdioPage = new QWidget(m_pages);
    auto *stdioForm = new QFormLayout(stdioPage);
    stdioForm->setContentsMargins(0, 0, 0, 0);
    m_command->setObjectName(QStringLiteral("serverCommand"));
    m_command->setAccessibleName(tr("Command"));
    m_command->setPlaceholderText(QStringLiteral("npx"));
    stdioForm->addRow(tr("&Command:"), m_command);
    m_arguments->setObjectName(QStringLiteral("serverArguments"));
    m_arguments->setAccessibleName(tr("Arguments"));
    m_arguments->setPlaceholderText(QStringLiteral("-y @modelcontextprotocol/server-filesystem ~/Documents"));
    stdioForm->addRow(tr("&Arguments:"), m_arguments);
    m_environment->setObjectName(QStringLiteral("serverEnvironment"));
    m_environment->setPairs(config.environmentNames, secrets.environment);
    stdioForm->addRow(tr("&Environment:"), m_environment);
    m_pages->addWidget(stdioPage);

    auto *httpPage = new QWidget(m_pages);
    auto *httpForm = new QFormLayout(httpPage);
    httpForm->setContentsMargins(0, 0, 0, 0);
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setAccessibleName(tr("Server URL"));
    m_url->setPlaceholderText(QStringLiteral("https://example.com/mcp"));
    httpForm->addRow(tr("&URL:"), m_url);
    m_headers->setObjectName(QStringLiteral("serverHeaders"));
    m_headers->setPairs(config.headerNames, secrets.headers);
    httpForm->addRow(tr("&Headers:"), m_headers);
    auto *signIn = new QLabel(
        tr("A server that needs you to sign in offers it in the Tools list once added."), httpPage);
    signIn->setWordWrap(true);
    httpForm->addRow(signIn);
    m_pages->addWidget(httpPage);
    m_pages->setCurrentIndex(m_transport->currentIndex());
    layout->addWidget(m_pages, 1);

    auto *timeoutForm = new QFormLayout;
    m_timeout->setObjectName(QStringLiteral("serverTimeout"));
    m_timeout->setAccessibleName(tr("Longest a tool call may take, in seconds"));
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(config.timeoutSeconds);
    timeoutForm->addRow(tr("&Time limit per call:"), m_timeout);
    layout->addLayout(timeoutForm);

    m_problem->setObjectName(QStringLiteral("serverProblem"));
    m_problem->setAccessibleName(tr("Why the server cannot be saved"));
    m_problem->setWordWrap(true);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, Theme::errorText(palette()));
    m_problem->setPalette(problemPalette);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &McpServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_transport, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    resize(560, sizeHint().height());
}

McpServerConfig McpServerDialog::config() const
{
    McpServerConfig config = m_original;
    config.name = m_name->text().trimmed();
    config.transport = McpServerConfig::Transport(m_transport->currentData().toInt());
    config.timeoutSeconds = m_timeout->value();
    if (config.transport == McpServerConfig::Transport::Http) {
        config.url = QUrl(m_url->text().trimmed());
        config.headerNames = m_headers->names();
        config.command.clear();
        config.arguments.clear();
        config.environmentNames.clear();
    } else {
        config.command = m_command->text().trimmed();
        config.arguments = QProcess::splitCommand(m_arguments->text());
        config.environmentNames = m_environment->names();
        config.url.clear();
        config.headerNames.clear();
    }
    return config;
}

McpServerSecrets McpServerDialog::secrets() const
{
    McpServerSecrets secrets;
    if (McpServerConfig::Transport(m_transport->currentData().toInt()) == McpServerConfig::Transport::Http)
        secrets.headers = m_headers->pairs();
    else
        secrets.environment = m_environment->pairs();
    return secrets;
}

QString McpServerDialog::problem() const
{
    const McpServerConfig server = config();
    if (!McpServerConfig::isValidName(server.name))
        return tr("A server needs a name of letters, digits, - and _ (at most 40).");
    if (m_taken.contains(server.name))
        return tr("There is already a server named %1.").arg(server.name);
    if (server.transport == McpServerConfig::Transport::Http) {
        if (!server.url.isValid() ||
            (server.url.scheme() != QLatin1String("https") && server.url.scheme() != QLatin1String("http")) ||
            server.url.host().isEmpty())
            return tr("The URL must start with https:// (or http:// for a server on this computer).");
    } else if (server.command.isEmpty()) {
        return tr("Give the command that starts the server, such as npx or uvx.");
    }
    return {};
}

void McpServerDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace confab::ui
