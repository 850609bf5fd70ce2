#include "AccessibleTree.h"

#include <QAccessible>

#include <functional>

namespace confab::test {

namespace {

constexpr int MaxDepth = 40;

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::ListItem:
    case QAccessible::TreeItem:
    case QAccessible::Cell:
    case QAccessible::MenuItem:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Slider:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QString text = QString::number(int(iface->role()), 16);
    if (const QObject *object = iface->object())
        text += QStringLiteral("[%1 %2]").arg(QString::fromLatin1(object->metaObject()->className()),
                                              object->objectName());
    else
        text += QStringLiteral("[item]");
    const QString name = iface->text(QAccessible::Name);
    if (!name.isEmpty())
        text += QStringLiteral(" \"%1\"").arg(name.left(40));
    return text;
}

void walk(QAccessibleInterface *iface, int depth, const QString &path,
          const std::function<void(QAccessibleInterface *, const QString &)> &visit)
{
    if (!iface || !iface->isValid() || depth > MaxDepth)
        return;
    const QString here =
        path.isEmpty() ? describe(iface) : QString(path + QStringLiteral(" > ") + describe(iface));
    visit(iface, here);
    const int count = iface->childCount();
    for (int i = 0; i < count; ++i)
        walk(iface->child(i), depth + 1, here, visit);
}

} // namespace

QStringList unnamedInteractiveElements(QObject *root)
{
    QStringList unnamed;
    walk(QAccessible::queryAccessibleInterface(root), 0, {},
         [&](QAccessibleInterface *iface, const QString &path) {
             if (isInteractive(iface->role()) && iface->text(QAccessible::Name).trimmed().isEmpty())
                 unnamed << path;
         });
    return unnamed;
}

int accessibleElementCount(QObject *root)
{
    int count = 0;
    walk(QAccessible::queryAccessibleInterface(root), 0, {},
         [&](QAccessibleInterface *, const QString &) { ++count; });
    return count;
}

QStringList accessibleItemNames(QObject *root)
{
    QStringList names;
    walk(QAccessible::queryAccessibleInterface(root), 0, {},
         [&](QAccessibleInterface *iface, const QString &) {
             if (iface->role() == QAccessible::ListItem)
                 names << iface->text(QAccessible::Name);
         });
    return names;
}

} // namespace confab::test
