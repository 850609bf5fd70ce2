#pragma once

#include "settings/SettingKey.h"

#include <QDialog>
#include <QHash>

class QFormLayout;
class QTabWidget;

namespace confab {
class KeyStore;
class OpenRouterClient;
class Settings;
} // namespace confab

namespace confab::ui {

// Keys, connections, default models, limits, safety, theme and the data folder. Keys are saved at once (to
// the keychain); the other settings when the user presses OK or Apply.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings *settings, KeyStore *keys, OpenRouterClient *openRouter, QString dataDir,
                   QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // The editor of one setting, for tests.
    QWidget *editorFor(SettingKey key) const { return m_editors.value(key); }
    void apply();

private:
    QWidget *keysPage();
    QWidget *connectionPage();
    QWidget *modelsPage();
    QWidget *limitsPage();
    QWidget *appearancePage();
    QWidget *dataPage();
    QWidget *editor(SettingKey key, QWidget *parent);
    void addRow(QFormLayout *form, SettingKey key, const QString &label);

    Settings *m_settings;
    KeyStore *m_keys;
    OpenRouterClient *m_openRouter;
    QString m_dataDir;
    QTabWidget *m_tabs;
    QHash<SettingKey, QWidget *> m_editors;
};

} // namespace confab::ui
