#ifndef LICENSETABLEEXPORTER_H
#define LICENSETABLEEXPORTER_H

#include "ChartExporter.h"
#include "LicenseComparison.h"

#include <QString>

#include <memory>
#include <optional>

class ChartFigure;
class LicenseTableModel;
class QAbstractItemModel;

// Writes the licenses table. As an image (PNG, SVG, PDF) it is a chart figure, so it goes through
// ChartExporter like every chart: the same themes, sizes, caption and QSaveFile. As text it is
// Markdown (a table of status and summary, then every quoted clause with its link) or CSV (one
// row per term and license, RFC 4180 quoting), written through QSaveFile. Both read the table
// model's roles, so a file says what the table shows.
namespace LicenseTableExporter {

enum class TextFormat { Markdown, Csv };

std::optional<TextFormat> textFormatForPath(const QString &path); // .md, .markdown, .csv
QStringList textNameFilters(); // for QFileDialog

QString title();
// "The 12 licenses of the release events in the filter" or "4 licenses picked".
QString subtitle(int licenseCount, bool picked);

// A figure that paints the table of the comparison, for ChartExporter; its extent (for the
// caption) counts the releases among releaseIndexes that carry one of the table's licenses.
std::unique_ptr<ChartFigure> figure(const LicenseComparison &comparison, const QString &subtitle,
                                    const QList<int> &releaseIndexes = {});

QString markdown(const QAbstractItemModel &model, const QString &heading, const QString &source);
QString csv(const QAbstractItemModel &model);
// One CSV field, quoted when it holds a comma, a quote or a line break.
QString csvField(const QString &text);

// Writes markdown() or csv() by the file's extension; false and a located message on failure,
// and then no file (or the old one, untouched).
bool writeText(const QAbstractItemModel &model, const QString &path, const QString &source, QString *errorMessage);

} // namespace LicenseTableExporter

#endif // LICENSETABLEEXPORTER_H
