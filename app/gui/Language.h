#ifndef LANGUAGE_H
#define LANGUAGE_H

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

// The language of the user interface: the system's by default, or one chosen with --lang or
// View > Language (remembered in QSettings). Installing a language loads the application's
// translation (compiled into the binary from translations/*.ts) and Qt's own (for standard
// dialogs, when the system has it), and makes it the default QLocale, so dates and numbers follow.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    // Language codes with a translation, English (the source language) first: "en", "de", "fr".
    static QStringList available();
    // The language's own name, for the menu ("Deutsch").
    static QString nativeName(const QString &code);
    // True for "" or "system" (follow the system) and for every code of available().
    static bool isKnown(const QString &code);

    // code: a code of available(), or "" / "system" for the system's language. Needs an
    // application object. Returns the locale now in use.
    static QLocale install(const QString &code);
    // The code in use: "en", "de" or "fr".
    static QString current();

    // The remembered choice: "" for the system's language.
    static QString saved();
    static void save(const QString &code);
};

#endif // LANGUAGE_H
