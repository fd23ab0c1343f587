#include "Language.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString settingsKey = u"view/language"_s;

struct Installed {
    std::unique_ptr<QTranslator> application;
    std::unique_ptr<QTranslator> qt;
    QString code = u"en"_s;
};

Installed &installed()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> loadTranslator(const QLocale &locale, const QString &name, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, u"_"_s, directory))
        return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace

QStringList Language::available()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

QString Language::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper(); // "français" in a menu reads "Français"
    return name;
}

bool Language::isKnown(const QString &code)
{
    return code.isEmpty() || code == u"system"_s || available().contains(code);
}

QLocale Language::install(const QString &code)
{
    Installed &state = installed();
    if (state.application)
        QCoreApplication::removeTranslator(state.application.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.application.reset();
    state.qt.reset();

    QLocale locale = code.isEmpty() || code == u"system"_s ? QLocale::system() : QLocale(code);
    const QString language = QLocale::languageToCode(locale.language());
    if (!available().contains(language)) {
        // No translation for the system's language: English text, but the system's formats
        // would mix languages in one sentence ("17 März 2024" in English prose).
        locale = QLocale(QLocale::English, locale.territory());
    }
    QLocale::setDefault(locale);
    state.code = QLocale::languageToCode(locale.language());
    // English has a translation too: its plural forms ("1 event", "151 events").
    state.application = loadTranslator(locale, u"openness-timeline"_s, u":/i18n"_s);
    if (state.code != u"en"_s)
        state.qt = loadTranslator(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale;
}

QString Language::current()
{
    return installed().code;
}

QString Language::saved()
{
    const QString code = QSettings().value(settingsKey).toString();
    return isKnown(code) && code != u"system"_s ? code : QString();
}

void Language::save(const QString &code)
{
    QSettings().setValue(settingsKey, code == u"system"_s ? QString() : code);
}
