#include "ChartExporter.h"

#include "ChartFigure.h"
#include "Dataset.h"
#include "ReleaseFilter.h"
#include "ReleaseKind.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cerrno>
#include <cstring>

namespace {

QString titleOf(const ChartFigure &figure, const ChartExporter::Options &options)
{
    return options.title.isEmpty() ? figure.title() : options.title;
}

// Paints the figure with the export's title into a logical-size layout scaled onto target.
void paintFigure(QPainter &painter, ChartFigure &figure, const QRectF &target, const QSizeF &logical,
                 const ChartExporter::Options &options)
{
    const QString ownTitle = figure.title();
    figure.setTitle(titleOf(figure, options));
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / logical.width(), target.height() / logical.height());
    // Text follows the layout down to a 320-pixel-high (or 480-pixel-wide) image, so the plot keeps
    // its room; it never gets smaller than 9 layout pixels.
    ChartStyle style = ChartStyle::forTheme(options.theme);
    const int pixels = qBound(9, qRound(std::min(logical.height() / 42.0, logical.width() / 75.0)), style.font.pixelSize());
    style.font.setPixelSize(pixels);
    figure.paint(painter, QRectF(QPointF(0, 0), logical), style, options.caption);
    painter.restore();
    figure.setTitle(ownTitle);
}

// Why a write failed, in words: QSaveFile's own string says "Unknown error" for some failures
// (a full disk among them), so errno, taken right after the failing call, comes first.
QString failureReason(const QSaveFile &file, int savedErrno)
{
    if (savedErrno != 0)
        return QString::fromLocal8Bit(std::strerror(savedErrno)).toLower();
    const QString text = file.errorString();
    if (!text.isEmpty() && !text.contains(u"Unknown error", Qt::CaseInsensitive))
        return text;
    switch (file.error()) {
    case QFileDevice::OpenError:
        return QCoreApplication::translate("ChartExporter", "the file could not be opened for writing");
    case QFileDevice::PermissionsError:
        return QCoreApplication::translate("ChartExporter", "permission denied");
    case QFileDevice::RenameError:
        return QCoreApplication::translate("ChartExporter", "the finished file could not replace the old one");
    case QFileDevice::ResourceError:
        return QCoreApplication::translate("ChartExporter", "out of disk space or another resource");
    default:
        return QCoreApplication::translate("ChartExporter", "the file could not be written");
    }
}

// "example.org" from "https://www.example.org/path".
QString hostOf(const QString &url)
{
    const qsizetype scheme = url.indexOf(u"://");
    if (scheme < 0)
        return {};
    const qsizetype start = scheme + 3;
    qsizetype end = url.indexOf(u'/', start);
    if (end < 0)
        end = url.size();
    QString host = url.mid(start, end - start).toLower();
    if (host.startsWith(u"www."))
        host.remove(0, 4);
    return host;
}

QByteArray svgWithPortableFonts(QByteArray svg)
{
    // A reader's browser or Inkscape may lack the family the chart was laid out with: name its
    // metric twins next, so widths, and the centred title, stay where they were.
    svg.replace("font-family=\"Liberation Sans\"", "font-family=\"Liberation Sans, Arimo, Arial, Helvetica, sans-serif\"");
    svg.replace("font-family=\"Sans Serif\"", "font-family=\"sans-serif\"");
    return svg;
}

} // namespace

std::optional<ChartExporter::Format> ChartExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    if (suffix == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

QString ChartExporter::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QStringList ChartExporter::nameFilters()
{
    return {QCoreApplication::translate("ChartExporter", "PNG image (*.png)"), QCoreApplication::translate("ChartExporter", "SVG drawing (*.svg)"), QCoreApplication::translate("ChartExporter", "PDF document (*.pdf)")};
}

QSize ChartExporter::layoutSize(const Options &options)
{
    if (!options.paper)
        return options.pixelSize;
    const QSize points = QPageSize(*options.paper).sizePoints();
    const QSize landscape(std::max(points.width(), points.height()), std::min(points.width(), points.height()));
    return QSize(qRound(landscape.width() * 96.0 / 72.0), qRound(landscape.height() * 96.0 / 72.0));
}

QSizeF ChartExporter::logicalSize(QSize pixelSize)
{
    // Fonts are sized for a layout about 1000 units wide and 560 high; a larger output scales the
    // layout up as a whole (by the smaller of the two ratios, so a wide, low banner keeps room for
    // its plot), and a smaller one is laid out at its own size.
    const qreal scale = std::max<qreal>(1.0, std::min(pixelSize.width() / 1000.0, pixelSize.height() / 560.0));
    return QSizeF(pixelSize.width() / scale, pixelSize.height() / scale);
}

QString ChartExporter::source(const Dataset &dataset)
{
    return QCoreApplication::translate("ChartExporter", "%1, as of %2").arg(dataset.info().title, dataset.info().updated.toString(Qt::ISODate));
}

QString ChartExporter::caption(const Dataset &dataset, const ReleaseFilter &filter, const QList<int> &visibleReleases,
                               const ChartFigure &figure)
{
    QStringList filters;
    if (filter.levels().size() < Openness::levelCount) {
        QStringList names;
        for (OpennessLevel level : filter.levels())
            names.append(Openness::name(level));
        filters.append(QCoreApplication::translate("ChartExporter", "levels %1").arg(names.isEmpty() ? QCoreApplication::translate("ChartExporter", "none") : names.join(QStringLiteral(", "))));
    }
    if (filter.hasOrganizationFilter()) {
        QStringList names;
        for (const Organization &organization : dataset.organizations()) {
            if (filter.organizations().contains(organization.id))
                names.append(organization.name);
        }
        filters.append(QCoreApplication::translate("ChartExporter", "organizations %1").arg(names.isEmpty() ? QCoreApplication::translate("ChartExporter", "none") : names.join(QStringLiteral(", "))));
    }
    if (filter.hasKindFilter()) {
        QStringList names;
        for (const QString &kind : ReleaseKind::ids()) {
            if (filter.isKindEnabled(kind))
                names.append(ReleaseKind::pluralName(kind));
        }
        filters.append(QCoreApplication::translate("ChartExporter", "events %1").arg(names.isEmpty() ? QCoreApplication::translate("ChartExporter", "none") : names.join(QStringLiteral(", "))));
    }
    if (!filter.text().isEmpty())
        filters.append(QCoreApplication::translate("ChartExporter", "text \u201c%1\u201d").arg(filter.text()));
    const QString filterText = filters.isEmpty() ? QCoreApplication::translate("ChartExporter", "Filter: none, all events.")
                                                 : QCoreApplication::translate("ChartExporter", "Filter: %1.").arg(filters.join(QStringLiteral("; ")));

    QString shown;
    if (figure.eventsShown() == 0 || !figure.firstDate().isValid())
        shown = QCoreApplication::translate("ChartExporter", "No events shown.");
    else
        shown = (figure.eventsShown() == 1 ? QCoreApplication::translate("ChartExporter", "1 event shown, %2 to %3.") : QCoreApplication::translate("ChartExporter", "%1 events shown, %2 to %3."))
                    .arg(QLocale().toString(figure.eventsShown())) // "100,000" in English
                    .arg(figure.firstDate().toString(Qt::ISODate), figure.lastDate().toString(Qt::ISODate));

    // Credit the sites the shown events' sources come from, the most cited first.
    QHash<QString, int> hosts;
    for (int index : visibleReleases) {
        if (index < 0 || index >= dataset.releases().size())
            continue;
        QSet<QString> seen;
        for (const Source &source : dataset.releases().at(index).sources) {
            const QString host = hostOf(source.url);
            if (!host.isEmpty() && !seen.contains(host)) {
                seen.insert(host);
                ++hosts[host];
            }
        }
    }
    QList<std::pair<QString, int>> ranked;
    for (auto it = hosts.cbegin(); it != hosts.cend(); ++it)
        ranked.append({it.key(), it.value()});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    constexpr qsizetype named = 6;
    QStringList names;
    for (qsizetype i = 0; i < std::min(named, ranked.size()); ++i)
        names.append(ranked.at(i).first);
    QString sources;
    if (ranked.isEmpty())
        sources = QCoreApplication::translate("ChartExporter", "No sources cited.");
    else if (ranked.size() <= named)
        sources = QCoreApplication::translate("ChartExporter", "Sources: %1.").arg(names.join(QStringLiteral(", ")));
    else
        sources = QCoreApplication::translate("ChartExporter", "Sources: %1 and %2 other sites; each event's sources are in the dataset.")
                      .arg(names.join(QStringLiteral(", ")))
                      .arg(ranked.size() - named);

    return QStringLiteral("%1 %2\n%3 %4")
        .arg(filterText, shown, QCoreApplication::translate("ChartExporter", "Data: %1.").arg(source(dataset)), sources);
}

QImage ChartExporter::image(ChartFigure &figure, const Options &options)
{
    const QSize layout = layoutSize(options);
    const int scale = std::clamp(options.scale, 1, 3);
    // Opaque: every theme paints its background, and a PNG without alpha encodes faster.
    QImage image(layout * scale, QImage::Format_RGB32);
    image.fill(ChartStyle::forTheme(options.theme).background);
    {
        QPainter painter(&image);
        paintFigure(painter, figure, QRectF(QPointF(0, 0), QSizeF(image.size())), logicalSize(layout), options);
    }
    image.setText(QStringLiteral("Title"), titleOf(figure, options));
    if (!options.source.isEmpty())
        image.setText(QStringLiteral("Source"), options.source);
    if (!options.caption.isEmpty())
        image.setText(QStringLiteral("Description"), options.caption);
    image.setText(QStringLiteral("Software"),
                  QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
    return image;
}

bool ChartExporter::write(ChartFigure &figure, const QString &path, const Options &options, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    const std::optional<Format> format = formatForPath(path);
    if (!format)
        return fail(QCoreApplication::translate("ChartExporter", "%1: unknown image format; use a .png, .svg or .pdf file name").arg(path));
    const QSize layout = layoutSize(options);
    if (layout.width() < 16 || layout.height() < 16 || layout.width() > 20000 || layout.height() > 20000)
        return fail(QCoreApplication::translate("ChartExporter", "%1: size %2x%3 is out of range (16 to 20000 pixels a side)")
                        .arg(path)
                        .arg(layout.width())
                        .arg(layout.height()));
    if (options.scale < 1 || options.scale > 3)
        return fail(QCoreApplication::translate("ChartExporter", "%1: scale %2 is out of range (1, 2 or 3)").arg(path).arg(options.scale));
    if (*format == Format::Png && qint64(layout.width()) * layout.height() * options.scale * options.scale > 120'000'000)
        return fail(QCoreApplication::translate("ChartExporter", "%1: %2x%3 at %4x is too large for a PNG (at most 120 million pixels)")
                        .arg(path)
                        .arg(layout.width())
                        .arg(layout.height())
                        .arg(options.scale));

    // Render into memory first: a drawing that fails never touches the file system.
    const QSizeF logical = logicalSize(layout);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool rendered = false;
    switch (*format) {
    case Format::Png:
        // zlib's fast levels: a chart of flat colours compresses nearly as well, in half the time.
        rendered = image(figure, options).save(&buffer, "PNG", 80);
        break;
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(logical.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), logical));
        generator.setTitle(titleOf(figure, options));
        generator.setDescription(options.caption);
        QPainter painter;
        rendered = painter.begin(&generator);
        if (rendered) {
            paintFigure(painter, figure, QRectF(QPointF(0, 0), logical), logical, options);
            rendered = painter.end();
        }
        bytes = svgWithPortableFonts(bytes);
        break;
    }
    case Format::Pdf: {
        // One page the size of the layout (at 96 layout pixels to the inch) or of the paper:
        // the chart's own aspect ratio, no margins to fill.
        QPdfWriter writer(&buffer);
        writer.setTitle(titleOf(figure, options));
        writer.setCreator(QCoreApplication::applicationName());
        const QSizeF points = options.paper ? QSizeF(layout) * 72.0 / 96.0 : QSizeF(layout) * 0.75;
        writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        writer.setResolution(600);
        QPainter painter;
        rendered = painter.begin(&writer);
        if (rendered) {
            paintFigure(painter, figure, QRectF(0, 0, writer.width(), writer.height()), logical, options);
            rendered = painter.end();
        }
        break;
    }
    }
    buffer.close();
    if (!rendered || bytes.isEmpty())
        return fail(QCoreApplication::translate("ChartExporter", "%1: cannot write: the image could not be rendered").arg(path));

    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(QCoreApplication::translate("ChartExporter", "%1: cannot write: %2").arg(path, failureReason(file, errno)));
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        const int saved = errno;
        const QString reason = failureReason(file, saved);
        file.cancelWriting();
        return fail(QCoreApplication::translate("ChartExporter", "%1: cannot write: %2").arg(path, reason));
    }
    errno = 0;
    if (!file.commit())
        return fail(QCoreApplication::translate("ChartExporter", "%1: cannot write: %2").arg(path, failureReason(file, errno)));
    return true;
}
