#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace confab {
class Backend;
class SetupCheck;
struct CheckLine;
} // namespace confab

namespace confab::ui {

// Help → Check setup: the same checks as `confab doctor` (without the paid image), run in the background,
// one line per step as each answers, and the verdict at the bottom.
class SetupCheckDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SetupCheckDialog(Backend *backend, QWidget *parent = nullptr);

    void run();
    bool isRunning() const;
    QStringList lineTexts() const;
    QString verdict() const;

private:
    void addLine(const CheckLine &line);
    void finish(bool passed);

    Backend *m_backend;
    SetupCheck *m_check = nullptr;
    QListWidget *m_lines;
    QLabel *m_verdict;
    QPushButton *m_again;
};

} // namespace confab::ui
