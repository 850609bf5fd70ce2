#pragma once

#include "keys/Provider.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace confab {
class KeyStore;
class OpenRouterClient;
} // namespace confab

namespace confab::ui {

// One provider's key in the settings: where the current one comes from, shown masked, a field for a new one,
// and for OpenRouter a check against the server.
class KeyRow : public QWidget
{
    Q_OBJECT
public:
    KeyRow(Provider provider, KeyStore *keys, OpenRouterClient *openRouter, QWidget *parent = nullptr);

    QString statusText() const;

private:
    void refresh();
    void save();
    void checkKey();

    Provider m_provider;
    KeyStore *m_keys;
    OpenRouterClient *m_openRouter;
    QLabel *m_current;
    QLineEdit *m_edit;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_check = nullptr;
    QLabel *m_status;
};

} // namespace confab::ui
