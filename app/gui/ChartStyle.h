#ifndef CHARTSTYLE_H
#define CHARTSTYLE_H

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QPen>
#include <QString>

#include <optional>

// The colours and fonts a chart is drawn with: one of the export themes (light, dark, print) or
// the window's own palette and font. Level colours are not here: they come from LevelPalette,
// the same table as the timeline's, in every theme. Organizations get their own colours, by
// their place in the dataset, so an organization keeps its colour whatever the filter.
struct ChartStyle {
    enum class Theme { Light, Dark, Print };

    QColor background;
    QColor text;
    QColor mutedText; // subtitles, captions
    QColor grid;
    QColor axisLine;
    QColor markerOutline;
    QFont font;         // axis labels, legend; pixel-sized
    qreal lineWidth = 1.6;
    bool dark = false;

    // Export themes, at a pixel font size for a layout about 1000 units wide.
    static ChartStyle forTheme(Theme theme);
    // The window's palette and font.
    static ChartStyle fromPalette(const QPalette &palette, const QFont &font);

    static QString themeId(Theme theme); // light, dark, print
    static std::optional<Theme> themeFromId(QStringView id);
    static QString themeName(Theme theme); // translated
    static QStringList themeIds();

    // A palette in these colours, for what draws itself from a palette (the timeline).
    QPalette palette() const;
    QFont titleFont() const;
    QFont smallFont() const;
    // An organization's line colour, dash and name colour by its index in the dataset.
    QColor organizationColor(int organizationIndex) const;
    QPen organizationPen(int organizationIndex) const;
};

#endif // CHARTSTYLE_H
