#include "ChartStyle.h"

#include <QCoreApplication>
#include <QFontInfo>

#include <array>

namespace {

// A family that Debian ships (fonts-liberation2) and that has the metrics of Arial and
// Helvetica, so an SVG opened where it is missing still lays out the same, title centred.
const QString exportFamily = QStringLiteral("Liberation Sans");

// Organization colours: dark, muted tones, none of them close to a level colour (the bright
// Okabe-Ito set of LevelPalette), so a line never reads as a level. Past twelve organizations
// the dash pattern changes too.
constexpr std::array<QRgb, 12> organizationColors = {
    0x4d4d4d, 0x8c564b, 0x6a3d9a, 0x1b7837, 0xa50026, 0x01665e,
    0x7f7f00, 0x2d4b8e, 0x8e0152, 0x5b3a1a, 0x3f6f3f, 0x5e4fa2,
};

} // namespace

ChartStyle ChartStyle::forTheme(Theme theme)
{
    ChartStyle style;
    style.font = QFont(exportFamily);
    style.font.setPixelSize(13);
    switch (theme) {
    case Theme::Light:
        style.background = Qt::white;
        style.text = QColor(0x20, 0x20, 0x20);
        style.mutedText = QColor(0x55, 0x55, 0x55);
        style.grid = QColor(0xe2, 0xe2, 0xe2);
        style.axisLine = QColor(0x90, 0x90, 0x90);
        style.markerOutline = QColor(0x20, 0x20, 0x20);
        break;
    case Theme::Dark:
        style.background = QColor(0x1e, 0x1f, 0x22);
        style.text = QColor(0xe8, 0xe8, 0xe8);
        style.mutedText = QColor(0xb0, 0xb0, 0xb0);
        style.grid = QColor(0x3a, 0x3c, 0x40);
        style.axisLine = QColor(0x80, 0x80, 0x80);
        style.markerOutline = QColor(0xf0, 0xf0, 0xf0);
        style.dark = true;
        break;
    case Theme::Print:
        // Black on white, no tints: survives a greyscale printer and a photocopier.
        style.background = Qt::white;
        style.text = Qt::black;
        style.mutedText = Qt::black;
        style.grid = QColor(0xc8, 0xc8, 0xc8);
        style.axisLine = Qt::black;
        style.markerOutline = Qt::black;
        style.lineWidth = 2.0;
        break;
    }
    return style;
}

ChartStyle ChartStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    ChartStyle style;
    style.font = font;
    if (style.font.pixelSize() <= 0)
        style.font.setPixelSize(QFontInfo(font).pixelSize());
    style.background = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    style.dark = style.background.lightness() < 128;
    style.mutedText = palette.color(QPalette::PlaceholderText);
    if (style.mutedText == style.text || !style.mutedText.isValid())
        style.mutedText = palette.color(QPalette::Disabled, QPalette::Text);
    QColor grid = style.text;
    grid.setAlphaF(0.14f);
    style.grid = grid;
    style.axisLine = palette.color(QPalette::Mid);
    style.markerOutline = style.text;
    return style;
}

QString ChartStyle::themeId(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::Print:
        return QStringLiteral("print");
    }
    return {};
}

std::optional<ChartStyle::Theme> ChartStyle::themeFromId(QStringView id)
{
    for (Theme theme : {Theme::Light, Theme::Dark, Theme::Print}) {
        if (id == themeId(theme))
            return theme;
    }
    return std::nullopt;
}

QString ChartStyle::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QCoreApplication::translate("ChartStyle", "Light");
    case Theme::Dark:
        return QCoreApplication::translate("ChartStyle", "Dark");
    case Theme::Print:
        return QCoreApplication::translate("ChartStyle", "Print (black on white)");
    }
    return {};
}

QStringList ChartStyle::themeIds()
{
    return {themeId(Theme::Light), themeId(Theme::Dark), themeId(Theme::Print)};
}

QFont ChartStyle::titleFont() const
{
    QFont result = font;
    result.setPixelSize(qRound(font.pixelSize() * 1.45));
    result.setBold(true);
    return result;
}

QFont ChartStyle::smallFont() const
{
    QFont result = font;
    result.setPixelSize(std::max(8, qRound(font.pixelSize() * 0.9)));
    return result;
}

QColor ChartStyle::organizationColor(int organizationIndex) const
{
    const size_t i = static_cast<size_t>(std::max(0, organizationIndex)) % organizationColors.size();
    QColor color = QColor::fromRgb(organizationColors.at(i));
    if (dark)
        color = QColor::fromHslF(color.hslHueF(), std::min(1.0f, color.hslSaturationF() * 0.8f), 0.68f);
    return color;
}

QPen ChartStyle::organizationPen(int organizationIndex) const
{
    static const std::array<Qt::PenStyle, 3> styles = {Qt::SolidLine, Qt::DashLine, Qt::DotLine};
    QPen pen(organizationColor(organizationIndex), lineWidth * 1.4);
    const size_t round = static_cast<size_t>(std::max(0, organizationIndex)) / organizationColors.size();
    pen.setStyle(styles.at(round % styles.size()));
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

QPalette ChartStyle::palette() const
{
    QPalette result;
    for (QPalette::ColorRole role : {QPalette::Base, QPalette::Window, QPalette::AlternateBase})
        result.setColor(role, background);
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText})
        result.setColor(role, text);
    result.setColor(QPalette::Highlight, dark ? QColor(0x3d, 0xae, 0xe9) : QColor(0x30, 0x8c, 0xc6));
    result.setColor(QPalette::HighlightedText, Qt::white);
    result.setColor(QPalette::Link, dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4));
    return result;
}
