#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QPointer>
#include <QTranslator>

namespace confab {

QString systemLanguage()
{
    return QStringLiteral("system");
}

namespace {
// The translators installed by the last call, so that choosing again replaces them instead of stacking up.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void install(QTranslator *translator)
{
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
}
} // namespace

void installTranslations(const QString &language)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    const QLocale locale =
        language.isEmpty() || language == systemLanguage() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();
    // A language Confab has no translation for (or the bare "C" locale) gets English, whose file holds the
    // plural forms: without it "%n message(s)" would show as written.
    auto *confab = new QTranslator(app);
    const QString folder = QStringLiteral(":/i18n");
    if (confab->load(locale, QStringLiteral("confab"), QStringLiteral("_"), folder) ||
        confab->load(QStringLiteral("confab_en"), folder))
        install(confab);
    else
        delete confab;
    // Qt's own strings (OK, Cancel, the line edit's context menu) come from the distribution's Qt
    // translations.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(qt);
    else
        delete qt;
}

QLocale displayLocale()
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

} // namespace confab
