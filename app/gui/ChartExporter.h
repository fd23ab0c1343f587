#ifndef CHARTEXPORTER_H
#define CHARTEXPORTER_H

#include <QPalette>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class Dataset;
class QChart;
class ReleaseFilter;

// Writes a chart to PNG, SVG or PDF. The format follows the file's extension. Every file is
// written through QSaveFile: it is complete or it is not there, and an existing file is only
// replaced by a complete new one.
class ChartExporter
{
public:
    enum class Format { Png, Svg, Pdf };

    struct Options {
        QSize pixelSize = QSize(1600, 900); // of a PNG; SVG and PDF keep its aspect ratio
        QString caption;                     // a line under the chart: filters, data credit
    };

    static std::optional<Format> formatForPath(const QString &path);
    static QStringList nameFilters(); // for QFileDialog, PNG first
    // Exports use a light palette whatever the desktop's, as charts end up in documents.
    static QPalette exportPalette();
    // The line under an exported chart: the active filters, and the data's title and date.
    static QString caption(const Dataset &dataset, const ReleaseFilter &filter);

    // The chart must not be in a scene; it is laid out at the export size and left there.
    static bool write(QChart *chart, const QString &path, const Options &options, QString *errorMessage);
};

#endif // CHARTEXPORTER_H
