#ifndef THEME_H
#define THEME_H

#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <QStringList>

#include <optional>

// The window's colours: the system's (the style and palette Qt chose at start), or a light or
// dark palette forced by the user. Qt 6.4 cannot ask the platform for a colour scheme
// (QStyleHints::setColorScheme() is Qt 6.8), so a forced scheme is the Fusion style, which draws
// everything from the palette, with a palette of our own. The choice is remembered in QSettings.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    enum class Mode { System, Light, Dark };

    static QList<Mode> modes();
    // "system", "light", "dark": the values of --theme for the window.
    static QString id(Mode mode);
    static std::optional<Mode> fromId(const QString &id);
    // The menu text ("&Dark").
    static QString name(Mode mode);

    // Needs a QApplication. The first call remembers the system's style and palette, so System
    // can restore them later.
    static void apply(Mode mode);
    static Mode current();

    static Mode saved();
    static void save(Mode mode);

    static QPalette lightPalette();
    static QPalette darkPalette();
};

#endif // THEME_H
