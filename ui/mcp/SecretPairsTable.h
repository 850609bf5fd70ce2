#pragma once

#include <QMap>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace confab::ui {

// Names with secret values, as a server's environment variables or HTTP headers are: a two-column table whose
// values are shown as dots (typed into a password field) unless the user asks to see them. The values go to
// the keychain; only the names are kept in the settings file.
class SecretPairsTable : public QWidget
{
    Q_OBJECT
public:
    // what: "Environment variables" or "HTTP headers", for the accessible names of the table and its buttons.
    SecretPairsTable(const QString &what, const QString &nameHeader, QWidget *parent = nullptr);

    void setPairs(const QStringList &names, const QMap<QString, QString> &values);
    // Rows with an empty name are left out; a later row of the same name wins.
    QMap<QString, QString> pairs() const;
    QStringList names() const;

    QTableWidget *table() const { return m_table; }
    void addPair(const QString &name, const QString &value);

private:
    QTableWidget *m_table;
    QPushButton *m_remove;
};

} // namespace confab::ui
