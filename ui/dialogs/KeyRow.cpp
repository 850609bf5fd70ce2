#include "dialogs/KeyRow.h"

#include "keys/KeyStore.h"
#include "limits/LimitText.h"
#include "openrouter/OpenRouterClient.h"
#include "theme/Theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace confab::ui {

KeyRow::KeyRow(Provider provider, KeyStore *keys, OpenRouterClient *openRouter, QWidget *parent)
    : QWidget(parent)
    , m_provider(provider)
    , m_keys(keys)
    , m_openRouter(provider == Provider::OpenRouter ? openRouter : nullptr)
    , m_current(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_status(new QLabel(this))
{
    const QString name = providerDisplayName(provider);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_current->setAccessibleName(tr("%1 key in use").arg(name));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_current);

    auto *row = new QHBoxLayout;
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setPlaceholderText(tr("Paste a new %1 key").arg(name));
    m_edit->setAccessibleName(tr("New %1 key").arg(name));
    m_save->setAccessibleName(tr("Save %1 key").arg(name));
    m_remove->setAccessibleName(tr("Remove %1 key").arg(name));
    row->addWidget(m_edit, 1);
    row->addWidget(m_save);
    row->addWidget(m_remove);
    if (m_openRouter) {
        m_check = new QPushButton(tr("Check key"), this);
        m_check->setAccessibleName(tr("Check %1 key").arg(name));
        row->addWidget(m_check);
        connect(m_check, &QPushButton::clicked, this, &KeyRow::checkKey);
        connect(m_openRouter, &OpenRouterClient::keyChecked, this, [this](const KeyInfo &info) {
            QString text = tr("The key works.");
            if (info.limitRemaining)
                text += QLatin1Char(' ') + tr("%1 left of its limit.").arg(formatUsd(*info.limitRemaining));
            m_status->setText(text);
        });
        connect(m_openRouter, &OpenRouterClient::keyCheckFailed, this, [this](const ChatError &error) {
            m_status->setText(tr("Check failed: %1").arg(error.message));
        });
    }
    layout->addLayout(row);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("%1 key status").arg(name));
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::subtleText(palette()).name()));
    layout->addWidget(m_status);

    connect(m_save, &QPushButton::clicked, this, &KeyRow::save);
    connect(m_edit, &QLineEdit::returnPressed, this, &KeyRow::save);
    connect(m_remove, &QPushButton::clicked, this, [this] { m_keys->remove(m_provider); });
    connect(m_keys, &KeyStore::keyChanged, this, &KeyRow::refresh);
    connect(m_keys, &KeyStore::loaded, this, &KeyRow::refresh);
    connect(m_keys, &KeyStore::saved, this, [this](Provider p) {
        if (p == m_provider)
            m_status->setText(tr("Saved in the system keychain."));
    });
    connect(m_keys, &KeyStore::failed, this, [this](Provider p, const QString &message) {
        if (p == m_provider)
            m_status->setText(message);
    });
    refresh();
}

QString KeyRow::statusText() const
{
    return m_status->text();
}

void KeyRow::refresh()
{
    const QString masked = m_keys->maskedKey(m_provider);
    QString where;
    switch (m_keys->source(m_provider)) {
    case KeySource::None:
        where = tr("No key set");
        break;
    case KeySource::Environment:
        where = tr("From the environment (%1)")
                    .arg(m_provider == Provider::OpenRouter ? QStringLiteral("OPENROUTER_API_KEY")
                                                            : QStringLiteral("FAL_KEY"));
        break;
    case KeySource::Keychain:
        where = tr("In the system keychain");
        break;
    case KeySource::Session:
        where = tr("For this session only");
        break;
    }
    m_current->setText(
        masked.isEmpty() ? where : QStringLiteral("<code>%1</code> — %2").arg(masked.toHtmlEscaped(), where));
    m_remove->setEnabled(m_keys->source(m_provider) == KeySource::Keychain ||
                         m_keys->source(m_provider) == KeySource::Session);
    if (m_keys->isKeychainUnavailable() && m_status->text().isEmpty())
        m_status->setText(m_keys->keychainMessage() + QLatin1Char(' ') +
                          tr("A key saved now is kept for this session only."));
}

void KeyRow::save()
{
    const QString key = m_edit->text().trimmed();
    if (key.isEmpty())
        return;
    m_edit->clear();
    if (m_keys->isKeychainUnavailable()) {
        m_keys->setSessionKey(m_provider, key);
        m_status->setText(tr("Kept for this session only: no keychain is available."));
    } else {
        m_status->setText(tr("Saving…"));
        m_keys->save(m_provider, key);
    }
}

void KeyRow::checkKey()
{
    if (!m_keys->hasKey(Provider::OpenRouter)) {
        m_status->setText(tr("There is no key to check."));
        return;
    }
    m_status->setText(tr("Checking…"));
    m_openRouter->checkKey();
}

} // namespace confab::ui
