#include "mcp/ElicitationDialog.h"

#include "theme/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace confab::ui {

namespace {

constexpr qsizetype MaxMessageChars = 2000;

} // namespace

ElicitationDialog::ElicitationDialog(const McpElicitationRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_problem(new QLabel(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_decline(new QPushButton(tr("&Decline"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("elicitationDialog"));
    setWindowTitle(tr("%1 asks").arg(request.server));
    setAccessibleName(tr("The server %1 asks for input").arg(request.server));
    setModal(false);
    QString message = request.message.trimmed();
    if (message.size() > MaxMessageChars)
        message = message.left(MaxMessageChars) + QChar(0x2026);
    setAccessibleDescription(message);

    auto *layout = new QVBoxLayout(this);
    auto *headline = new QLabel(this);
    headline->setTextFormat(Qt::RichText);
    headline->setWordWrap(true);
    headline->setText(tr("The server <b>%1</b> asks:").arg(request.server.toHtmlEscaped()));
    layout->addWidget(headline);
    auto *text = new QLabel(message, this);
    text->setObjectName(QStringLiteral("elicitationMessage"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);

    auto *form = new QFormLayout;
    QWidget *previous = nullptr;
    for (const ElicitationField &field : elicitationFields(request.requestedSchema)) {
        QWidget *widget = nullptr;
        switch (field.type) {
        case ElicitationField::Type::Boolean: {
            auto *box = new QCheckBox(this);
            box->setChecked(field.defaultValue.toBool());
            widget = box;
            break;
        }
        case ElicitationField::Type::Choice: {
            auto *combo = new QComboBox(this);
            if (!field.required)
                combo->addItem(tr("(none)"), QString());
            for (qsizetype i = 0; i < field.choices.size(); ++i)
                combo->addItem(field.choiceTitles.at(i), field.choices.at(i));
            const int preset = combo->findData(field.defaultValue.toString());
            if (preset >= 0)
                combo->setCurrentIndex(preset);
            widget = combo;
            break;
        }
        default: {
            auto *edit = new QLineEdit(elicitationDefaultText(field), this);
            if (field.maxLength >= 0)
                edit->setMaxLength(field.maxLength);
            widget = edit;
            break;
        }
        }
        widget->setObjectName(QStringLiteral("elicitationField_") + field.key);
        widget->setAccessibleName(field.title);
        widget->setAccessibleDescription(field.description);
        widget->setToolTip(field.description);
        auto *label =
            new QLabel(field.required ? tr("%1 (required):").arg(field.title) : field.title + u':', this);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(widget);
        form->addRow(label, widget);
        if (previous)
            setTabOrder(previous, widget);
        previous = widget;
        m_fields.append({field, widget});
    }
    layout->addLayout(form);

    m_problem->setObjectName(QStringLiteral("elicitationProblem"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, Theme::errorText(palette()));
    m_problem->setPalette(warn);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(this);
    m_send->setObjectName(QStringLiteral("elicitationSend"));
    m_decline->setObjectName(QStringLiteral("elicitationDecline"));
    m_cancel->setObjectName(QStringLiteral("elicitationCancel"));
    m_send->setToolTip(tr("Sends what you filled in to the server"));
    m_decline->setToolTip(tr("Tells the server you do not want to answer"));
    m_cancel->setToolTip(tr("Closes the form without an answer"));
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_decline, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_send, &QPushButton::clicked, this, &ElicitationDialog::send);
    connect(m_decline, &QPushButton::clicked, this, [this] { answer(ElicitationAction::Decline); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { answer(ElicitationAction::Cancel); });
    m_send->setDefault(true);
    if (previous)
        setTabOrder(previous, m_send);
    setTabOrder(m_send, m_decline);
    setTabOrder(m_decline, m_cancel);
    if (!m_fields.isEmpty())
        m_fields.first().widget->setFocus();
    else
        m_send->setFocus();
    resize(440, sizeHint().height());
}

QWidget *ElicitationDialog::fieldWidget(const QString &key) const
{
    for (const Field &field : m_fields)
        if (field.field.key == key)
            return field.widget;
    return nullptr;
}

void ElicitationDialog::send()
{
    QJsonObject content;
    for (const Field &field : m_fields) {
        if (auto *box = qobject_cast<QCheckBox *>(field.widget)) {
            content.insert(field.field.key, box->isChecked());
            continue;
        }
        QString text;
        if (auto *combo = qobject_cast<QComboBox *>(field.widget))
            text = combo->currentData().toString();
        else if (auto *edit = qobject_cast<QLineEdit *>(field.widget))
            text = edit->text();
        if (text.isEmpty() && !field.field.required)
            continue;
        const std::optional<QJsonValue> value = elicitationValue(field.field, text);
        if (!value) {
            m_problem->setText(text.isEmpty()
                                   ? tr("%1 is required.").arg(field.field.title)
                                   : tr("%1 does not fit what the server asks for.").arg(field.field.title));
            m_problem->show();
            field.widget->setFocus();
            return;
        }
        content.insert(field.field.key, *value);
    }
    answer(ElicitationAction::Accept, content);
}

void ElicitationDialog::answer(ElicitationAction action, const QJsonObject &content)
{
    if (m_answered)
        return;
    m_answered = true;
    Q_EMIT answered(elicitationResult(action, content));
    QDialog::done(action == ElicitationAction::Accept ? QDialog::Accepted : QDialog::Rejected);
}

// Escape, the window's close button and a parent going away end here: the form was dismissed, a cancel.
void ElicitationDialog::done(int result)
{
    if (!m_answered) {
        answer(ElicitationAction::Cancel);
        return;
    }
    QDialog::done(result);
}

} // namespace confab::ui
