#pragma once

#include <QMainWindow>

class QListView;
class QLineEdit;
class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QSplitter;

namespace confab::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createSidebar();
    QWidget *createChatPane();
    QWidget *createInputArea();
    void createMenus();
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();

    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_sessionFilter = nullptr;
    QListView *m_sessions = nullptr;
    QListView *m_messages = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QComboBox *m_mode = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace confab::ui
