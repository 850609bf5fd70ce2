#pragma once

#include <QStringList>

class QObject;

namespace confab::test {

// Walks the accessibility tree under an object the way a screen reader does (child() / childCount()) and
// lists every interactive element — button, check box, combo box, text field, list or table item, menu
// item, tab — that has no name, each as its path of roles and names from the root.
QStringList unnamedInteractiveElements(QObject *root);
// How many elements the walk visited, so a test can tell a real walk from an empty one.
int accessibleElementCount(QObject *root);
// The names of all list items under the object, depth first.
QStringList accessibleItemNames(QObject *root);

} // namespace confab::test
