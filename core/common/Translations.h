#pragma once

#include <QLocale>
#include <QString>

namespace confab {

// The language setting's values: "system" follows the desktop, the others name one of Confab's translations.
QString systemLanguage();

// Loads Confab's translation (and Qt's own, for standard buttons) for the chosen language into the running
// QCoreApplication, replacing those of an earlier call, and makes that language's number and date formats the
// default. Call it before any window or CLI output exists: texts already shown keep their language.
void installTranslations(const QString &language);

// The locale that numbers, money and dates are shown in: the default locale, except that the bare "C" locale
// (a build machine, a test run) shows them as American English does rather than without group separators.
QLocale displayLocale();

} // namespace confab
