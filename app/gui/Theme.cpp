#include "Theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::Literals::StringLiterals;

namespace {

struct SystemLook {
    QString styleName;
    QPalette palette;
};

SystemLook &systemLook()
{
    static SystemLook look = [] {
        SystemLook captured;
        captured.styleName = QApplication::style() ? QApplication::style()->name() : QString();
        captured.palette = QApplication::palette();
        return captured;
    }();
    return look;
}

Theme::Mode &currentMode()
{
    static Theme::Mode mode = Theme::Mode::System;
    return mode;
}

const QString settingsKey = u"view/theme"_s;

} // namespace

QList<Theme::Mode> Theme::modes()
{
    return {Mode::System, Mode::Light, Mode::Dark};
}

QString Theme::id(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return u"light"_s;
    case Mode::Dark:
        return u"dark"_s;
    case Mode::System:
        break;
    }
    return u"system"_s;
}

std::optional<Theme::Mode> Theme::fromId(const QString &id)
{
    for (Mode mode : modes()) {
        if (Theme::id(mode) == id)
            return mode;
    }
    return std::nullopt;
}

QString Theme::name(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return tr("&Light");
    case Mode::Dark:
        return tr("&Dark");
    case Mode::System:
        break;
    }
    return tr("&System");
}

void Theme::apply(Mode mode)
{
    const SystemLook &look = systemLook(); // captured before the first change
    currentMode() = mode;
    if (mode == Mode::System) {
        if (QApplication::style()->name().compare(look.styleName, Qt::CaseInsensitive) != 0) {
            if (QStyle *style = QStyleFactory::create(look.styleName))
                QApplication::setStyle(style);
        }
        QApplication::setPalette(look.palette);
        return;
    }
    if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
}

Theme::Mode Theme::current()
{
    return currentMode();
}

Theme::Mode Theme::saved()
{
    return fromId(QSettings().value(settingsKey).toString()).value_or(Mode::System);
}

void Theme::save(Mode mode)
{
    QSettings().setValue(settingsKey, id(mode));
}

QPalette Theme::lightPalette()
{
    // Fusion's own palette is the neutral light one.
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    const QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

QPalette Theme::darkPalette()
{
    // Greys chosen for contrast: body text on Base is about 13:1, disabled text stays above 3:1,
    // and the link colour is a light blue that stays readable on the dark base (4.5:1 or more).
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor alternateBase(0x26, 0x28, 0x2b);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x8a, 0x8c, 0x90);
    const QColor button(0x35, 0x37, 0x3b);
    const QColor highlight(0x3d, 0x7a, 0xd6);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternateBase);
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x40));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x3f, 0x41, 0x45));
    palette.setColor(QPalette::Mid, QColor(0x5a, 0x5c, 0x60));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4c, 0x50));
    return palette;
}
