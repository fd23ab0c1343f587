#include "ChartExporter.h"

#include "Dataset.h"
#include "ReleaseFilter.h"

#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {

QString trExport(const char *text)
{
    return QCoreApplication::translate("ChartExporter", text);
}

// The chart is laid out at a logical size and painted scaled: a 1600-pixel PNG is a ~1000-unit
// layout drawn at 1.6x, so text stays readable instead of shrinking to a corner of a big canvas.
QSizeF logicalSize(QSize pixelSize)
{
    const qreal scale = std::max<qreal>(1.0, pixelSize.width() / 1000.0);
    return QSizeF(pixelSize.width() / scale, pixelSize.height() / scale);
}

// Paints the chart and its caption into target (in the painter's coordinates).
void paint(QPainter &painter, QChart *chart, const QRectF &target, const QSizeF &logical, const QString &caption)
{
    const QFont font = chart->legend()->font();
    const QFontMetricsF metrics(font);
    const qreal captionHeight = caption.isEmpty() ? 0.0 : metrics.lineSpacing() * 2.0;

    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(logical.width(), logical.height() - captionHeight)));
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.setBackgroundBrush(chart->backgroundBrush());

    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / logical.width(), target.height() / logical.height());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), logical), chart->backgroundBrush());
    scene.render(&painter, QRectF(QPointF(0, 0), logical), scene.sceneRect());
    if (!caption.isEmpty()) {
        painter.setFont(font);
        painter.setPen(chart->titleBrush().color());
        const QRectF captionRect(metrics.averageCharWidth() * 2, logical.height() - captionHeight,
                                 logical.width() - metrics.averageCharWidth() * 4, captionHeight);
        painter.drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, caption);
    }
    painter.restore();
    scene.removeItem(chart);
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

QStringList ChartExporter::nameFilters()
{
    return {trExport("PNG image (*.png)"), trExport("SVG drawing (*.svg)"), trExport("PDF document (*.pdf)")};
}

QPalette ChartExporter::exportPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf5, 0xf5, 0xf5));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    return palette;
}

bool ChartExporter::write(QChart *chart, const QString &path, const Options &options, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    const std::optional<Format> format = formatForPath(path);
    if (!format)
        return fail(trExport("%1: unknown image format; use a .png, .svg or .pdf file name").arg(path));
    if (options.pixelSize.width() < 16 || options.pixelSize.height() < 16 || options.pixelSize.width() > 20000
        || options.pixelSize.height() > 20000) {
        return fail(trExport("%1: size %2x%3 is out of range (16 to 20000 pixels a side)")
                        .arg(path)
                        .arg(options.pixelSize.width())
                        .arg(options.pixelSize.height()));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(trExport("%1: cannot write: %2").arg(path, file.errorString()));

    const QSizeF logical = logicalSize(options.pixelSize);
    bool painted = false;
    switch (*format) {
    case Format::Png: {
        QImage image(options.pixelSize, QImage::Format_ARGB32_Premultiplied);
        image.fill(chart->backgroundBrush().color());
        QPainter painter(&image);
        paint(painter, chart, QRectF(QPointF(0, 0), QSizeF(options.pixelSize)), logical, options.caption);
        painter.end();
        painted = image.save(&file, "PNG");
        break;
    }
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(logical.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), logical));
        generator.setTitle(chart->title());
        generator.setDescription(options.caption);
        QPainter painter;
        painted = painter.begin(&generator);
        if (painted) {
            paint(painter, chart, QRectF(QPointF(0, 0), logical), logical, options.caption);
            painted = painter.end();
        }
        break;
    }
    case Format::Pdf: {
        QPdfWriter writer(&file);
        writer.setTitle(chart->title());
        writer.setCreator(QCoreApplication::applicationName());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        writer.setResolution(300);
        QPainter painter;
        painted = painter.begin(&writer);
        if (painted) {
            // Fit the chart's aspect ratio into the printable area.
            const QRectF page(0, 0, writer.width(), writer.height());
            QSizeF fitted = logical.scaled(page.size(), Qt::KeepAspectRatio);
            const QRectF target(page.topLeft() + QPointF((page.width() - fitted.width()) / 2, 0), fitted);
            paint(painter, chart, target, logical, options.caption);
            painted = painter.end();
        }
        break;
    }
    }

    if (!painted || file.error() != QFileDevice::NoError) {
        const QString reason = file.error() != QFileDevice::NoError ? file.errorString() : trExport("could not render the image");
        file.cancelWriting();
        return fail(trExport("%1: cannot write: %2").arg(path, reason));
    }
    if (!file.commit())
        return fail(trExport("%1: cannot write: %2").arg(path, file.errorString()));
    return true;
}

QString ChartExporter::caption(const Dataset &dataset, const ReleaseFilter &filter)
{
    QStringList parts;
    if (filter.levels().size() < Openness::levelCount) {
        QStringList names;
        for (OpennessLevel level : filter.levels())
            names.append(Openness::name(level));
        parts.append(trExport("Levels: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (filter.hasOrganizationFilter()) {
        QStringList names;
        for (const Organization &organization : dataset.organizations()) {
            if (filter.organizations().contains(organization.id))
                names.append(organization.name);
        }
        parts.append(trExport("Organizations: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!filter.text().isEmpty())
        parts.append(trExport("Text: \"%1\"").arg(filter.text()));
    parts.append(trExport("Data: %1, checked %2").arg(dataset.info().title, dataset.info().updated.toString(Qt::ISODate)));
    return parts.join(QStringLiteral("  ·  "));
}
