#ifndef CHARTEXPORTER_H
#define CHARTEXPORTER_H

#include "ChartStyle.h"

#include <QImage>
#include <QList>
#include <QPageSize>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class ChartFigure;
class Dataset;
class ReleaseFilter;

// Writes a chart figure to PNG, SVG or PDF; the format follows the file's extension. Every file
// is written through QSaveFile: it is complete or it is not there, and an existing file is only
// replaced by a complete new one.
//
// A figure is laid out at a logical size near 1000 units wide and painted scaled to the output,
// so text keeps the same proportion on a 1600-pixel PNG, a 4000-pixel poster and an A4 page. The
// SVG keeps shapes as paths and text as text; the PDF is one page of the chart's aspect ratio;
// the PNG carries the title, source and caption in its text chunks.
class ChartExporter
{
public:
    enum class Format { Png, Svg, Pdf };

    struct Options {
        QSize pixelSize = QSize(1600, 900); // of a PNG at 1x; SVG and PDF keep its aspect ratio
        std::optional<QPageSize::PageSizeId> paper; // instead of pixelSize: a paper size, landscape
        int scale = 1;                      // PNG only: 1, 2 or 3 pixels per layout pixel
        ChartStyle::Theme theme = ChartStyle::Theme::Light;
        QString title;                      // empty: the chart's own title
        QString caption;                    // under the chart: filter, range, count, data, sources
        QString source;                     // the data's title and date, for metadata

        bool operator==(const Options &other) const = default;
    };

    static std::optional<Format> formatForPath(const QString &path);
    static QString suffix(Format format); // "png", "svg", "pdf"
    static QStringList nameFilters(); // for QFileDialog, PNG first
    // The pixel size a layout uses: pixelSize, or the paper size at 96 dpi (landscape).
    static QSize layoutSize(const Options &options);
    // The logical layout size for an output size: about 1000 units wide, never smaller than the
    // output (a small image is laid out 1:1).
    static QSizeF logicalSize(QSize pixelSize);

    // The caption under an exported chart: the filter in effect, the date range and number of
    // events shown, the dataset's title and as-of date, and the sites its sources come from.
    static QString caption(const Dataset &dataset, const ReleaseFilter &filter, const QList<int> &visibleReleases,
                           const ChartFigure &figure);
    // "Openness of AI model releases ..., as of 2026-11-28"
    static QString source(const Dataset &dataset);

    // The PNG image, with its text metadata (Title, Source, Description, Software).
    static QImage image(ChartFigure &figure, const Options &options);
    static bool write(ChartFigure &figure, const QString &path, const Options &options, QString *errorMessage);
};

#endif // CHARTEXPORTER_H
