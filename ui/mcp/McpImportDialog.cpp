#include "mcp/McpImportDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace confab::ui {

McpImportDialog::McpImportDialog(QStringList existingNames, QWidget *parent)
    : QDialog(parent)
    , m_existing(std::move(existingNames))
    , m_text(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Import MCP servers"));
    setObjectName(QStringLiteral("mcpImportDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Paste the \"mcpServers\" configuration of Claude Desktop, Cursor or another "
                                "client, or choose its file. Nothing is started until you use a server."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_text->setObjectName(QStringLiteral("importText"));
    m_text->setAccessibleName(tr("MCP configuration JSON"));
    m_text->setPlaceholderText(
        QStringLiteral("{\n  \"mcpServers\": {\n    \"files\": {\n      \"command\": \"npx\",\n"
                       "      \"args\": [\"-y\", \"@modelcontextprotocol/server-filesystem\", \"/home/me\"]\n"
                       "    }\n  }\n}"));
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_text, 1);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setAccessibleName(tr("What the configuration holds"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *file = buttons->addButton(tr("Choose file…"), QDialogButtonBox::ActionRole);
    file->setObjectName(QStringLiteral("importChooseFile"));
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importAccept"));
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose an MCP configuration"),
                                         QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
                                         tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            readFile(path);
    });
    layout->addWidget(buttons);
    connect(m_text, &QPlainTextEdit::textChanged, this, &McpImportDialog::reread);
    resize(560, 460);
}

void McpImportDialog::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.read(McpServerImport::MaxBytes + 1);
    if (bytes.size() > McpServerImport::MaxBytes) {
        m_text->clear();
        m_summary->setText(tr("The file is larger than 1 MB; an MCP configuration is far smaller."));
        return;
    }
    m_text->setPlainText(QString::fromUtf8(bytes));
}

void McpImportDialog::reread()
{
    const QByteArray json = m_text->toPlainText().toUtf8();
    m_read = json.trimmed().isEmpty() ? McpServerImport{} : McpServerImport::fromJson(json);
    QStringList lines;
    const QList<McpImportedServer> taken = servers();
    for (const McpImportedServer &server : taken)
        lines.append(tr("Adds %1: %2").arg(server.config.name, server.config.target()));
    for (const McpImportedServer &server : std::as_const(m_read.servers))
        if (m_existing.contains(server.config.name))
            lines.append(tr("Skips %1: there is a server of that name already.").arg(server.config.name));
    lines.append(m_read.problems);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_import->setEnabled(!taken.isEmpty());
}

QList<McpImportedServer> McpImportDialog::servers() const
{
    QList<McpImportedServer> fresh;
    for (const McpImportedServer &server : m_read.servers)
        if (!m_existing.contains(server.config.name))
            fresh.append(server);
    return fresh;
}

} // namespace confab::ui
