#include "LicenseTableExporter.h"

#include "ChartFigure.h"
#include "LicenseCellDelegate.h"
#include "LicenseTableModel.h"
#include "ReleaseDocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QUrl>

#include <cerrno>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace {

// The header text of a column on one line.
QString columnName(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal, Qt::AccessibleTextRole).toString();
}

QString rowName(const QAbstractItemModel &model, int row)
{
    return model.headerData(row, Qt::Vertical, Qt::DisplayRole).toString();
}

// Markdown table cells: no line breaks, and a pipe would end the cell.
QString markdownCell(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'|', u"\\|"_s);
    text.replace(u'\n', u' ');
    return text;
}

// Markdown inline text (outside tables): characters that would start markup are escaped.
QString markdownText(QString text)
{
    for (const QChar c : {u'\\', u'*', u'_', u'[', u']', u'`', u'<', u'>'})
        text.replace(c, u'\\' + QString(c));
    text.replace(u'\n', u' ');
    return text;
}

// Text in a Markdown table cell next to <br>: markup characters as entities, quotes as they are.
QString htmlText(QString text)
{
    text.replace(u'&', u"&amp;"_s);
    text.replace(u'<', u"&lt;"_s);
    text.replace(u'>', u"&gt;"_s);
    return text;
}

void paintTable(QPainter &painter, const QRectF &rect, const ChartStyle &style, const LicenseTableModel &model)
{
    const int columns = model.columnCount();
    const int rows = model.rowCount();
    // The cells' font: the chart's, or down to four fifths of it when the columns are narrow, so
    // that the longest status word fits beside its chip; narrower columns drop the words (see
    // LicenseCellDelegate) and keep chips large enough to read.
    QFont font = style.font;
    if (columns > 0) {
        QFont bold = font;
        bold.setBold(true);
        qreal widest = 0;
        for (TermStatus status : {TermStatus::Allowed, TermStatus::Conditional, TermStatus::Forbidden, TermStatus::NotStated})
            widest = std::max(widest, QFontMetricsF(bold).horizontalAdvance(
                                          ReleaseDocument::statusCue(LicenseTerm::CommercialUse, status).label));
        const qreal needed = widest + QFontMetricsF(bold).height() * 2.2;
        const qreal columnRoom = rect.width() * 0.8 / columns;
        if (needed > columnRoom)
            font.setPixelSize(std::max({7, qRound(font.pixelSize() * 0.8), static_cast<int>(font.pixelSize() * columnRoom / needed)}));
    }
    const QFont small = style.smallFont();
    QFont boldSmall = small;
    boldSmall.setPixelSize(std::min(small.pixelSize(), std::max(7, font.pixelSize())));
    boldSmall.setBold(true);
    const QFontMetricsF smallMetrics(small);
    const qreal unit = QFontMetricsF(font).height();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (columns == 0 || rows == 0) {
        painter.setFont(font);
        painter.setPen(style.mutedText);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                         QCoreApplication::translate("LicenseTableExporter", "No license to compare: no release event in the filter has a license."));
        painter.restore();
        return;
    }

    // The key of statuses and marks at the bottom.
    const qreal legendHeight = smallMetrics.lineSpacing() * 1.6;
    {
        qreal x = rect.left();
        const qreal y = rect.bottom() - legendHeight * 0.8;
        const qreal h = smallMetrics.height();
        painter.setFont(small);
        for (TermStatus status : {TermStatus::Allowed, TermStatus::Conditional, TermStatus::Forbidden, TermStatus::NotStated}) {
            const ReleaseDocument::StatusCue cue = ReleaseDocument::statusCue(LicenseTerm::CommercialUse, status);
            const QColor color = ReleaseDocument::toneColor(cue.tone);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawRoundedRect(QRectF(x, y, h, h), h * 0.2, h * 0.2);
            painter.setPen(ReleaseDocument::contrastingTextColor(color));
            painter.drawText(QRectF(x, y, h, h), Qt::AlignCenter, cue.glyph);
            painter.setPen(style.text);
            const QString label = cue.label;
            painter.drawText(QRectF(x + h * 1.3, y, rect.width(), h), Qt::AlignLeft | Qt::AlignVCenter, label);
            x += h * 1.3 + smallMetrics.horizontalAdvance(label) + h;
        }
        painter.setPen(style.mutedText);
        painter.drawText(QRectF(x, y, std::max<qreal>(0.0, rect.right() - x), h), Qt::AlignLeft | Qt::AlignVCenter,
                         smallMetrics.elidedText(QCoreApplication::translate("LicenseTableExporter", "\u25B2 changed, \u25B3 reworded: from the version to its left"),
                                                 Qt::ElideRight, std::max<qreal>(0.0, rect.right() - x)));
    }

    const QRectF table(rect.left(), rect.top(), rect.width(), rect.height() - legendHeight);
    qreal termWidth = 0;
    for (int row = 0; row < rows; ++row)
        termWidth = std::max(termWidth, QFontMetricsF(boldSmall).horizontalAdvance(rowName(model, row)));
    termWidth = std::min(termWidth + unit, table.width() * 0.22);
    qreal columnWidth = (table.width() - termWidth) / columns;
    // Names in columns too narrow for a dozen characters a line are written slanted, as one line
    // that rises from the foot of its column, within a header of at most a quarter of the table.
    // The table then gives up some width on the right, where the last names rise.
    const QFontMetricsF headerMetrics(boldSmall);
    const bool slanted = columnWidth < headerMetrics.averageCharWidth() * 12;
    constexpr qreal slope = 0.7071; // sin and cos of 45 degrees
    auto headerName = [&](int column) {
        return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().replace(u'\n', u' ');
    };
    qreal headerHeight = smallMetrics.lineSpacing() * 3 + unit * 0.5;
    qreal slantedLength = 0;
    if (slanted) {
        for (int column = 0; column < columns; ++column)
            slantedLength = std::max(slantedLength, headerMetrics.horizontalAdvance(headerName(column)));
        slantedLength = std::min(slantedLength, (table.height() * 0.25 - unit) / slope);
        headerHeight = slantedLength * slope + headerMetrics.height() + unit * 0.5;
        const qreal tail = std::min(slantedLength * slope, table.width() * 0.1);
        columnWidth = (table.width() - tail - termWidth) / columns;
    }
    const qreal tableRight = table.left() + termWidth + columnWidth * columns;
    const qreal rowHeight = (table.height() - headerHeight) / rows;

    const QPalette palette = style.palette();
    painter.setPen(style.text);
    painter.setFont(boldSmall);
    for (int column = 0; column < columns; ++column) {
        const QRectF header(table.left() + termWidth + column * columnWidth, table.top(), columnWidth, headerHeight);
        if (slanted) {
            const QPointF foot(header.center().x() - headerMetrics.height() * slope / 2, header.bottom() - unit * 0.25);
            const qreal length = std::min(slantedLength, (rect.right() - foot.x()) / slope);
            painter.save();
            painter.translate(foot);
            painter.rotate(-45);
            painter.drawText(QRectF(0, -headerMetrics.height(), length, headerMetrics.height()), Qt::AlignLeft | Qt::AlignBottom,
                             headerMetrics.elidedText(headerName(column), Qt::ElideRight, length));
            painter.restore();
            continue;
        }
        QStringList lines = model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().split(u'\n');
        for (QString &line : lines)
            line = headerMetrics.elidedText(line, Qt::ElideRight, columnWidth - unit * 0.5);
        painter.drawText(header.adjusted(unit * 0.25, 0, -unit * 0.25, -unit * 0.25), Qt::AlignLeft | Qt::AlignBottom,
                         lines.join(u'\n'));
    }
    for (int row = 0; row < rows; ++row) {
        const qreal y = table.top() + headerHeight + row * rowHeight;
        painter.setFont(boldSmall);
        painter.setPen(style.text);
        painter.drawText(QRectF(table.left(), y, termWidth - unit * 0.3, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, rowName(model, row));
        for (int column = 0; column < columns; ++column) {
            const QRectF cell(table.left() + termWidth + column * columnWidth, y, columnWidth, rowHeight);
            LicenseCellDelegate::paintCell(painter, cell, model.index(row, column), palette, font);
        }
    }
    // The grid over the cells, in the background colour: cells read as separate tiles.
    painter.setPen(QPen(style.background, std::max<qreal>(1.0, unit / 10.0)));
    for (int column = 0; column <= columns; ++column) {
        const qreal x = table.left() + termWidth + column * columnWidth;
        painter.drawLine(QPointF(x, table.top() + headerHeight), QPointF(x, table.bottom()));
    }
    for (int row = 0; row <= rows; ++row) {
        const qreal y = table.top() + headerHeight + row * rowHeight;
        painter.drawLine(QPointF(table.left() + termWidth, y), QPointF(tableRight, y));
    }
    painter.restore();
}

QString failureReason(const QSaveFile &file, int savedErrno)
{
    if (savedErrno != 0)
        return QString::fromLocal8Bit(std::strerror(savedErrno)).toLower();
    return file.errorString();
}

} // namespace

namespace LicenseTableExporter {

std::optional<TextFormat> textFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown")
        return TextFormat::Markdown;
    if (suffix == u"csv")
        return TextFormat::Csv;
    return std::nullopt;
}

QStringList textNameFilters()
{
    return {QCoreApplication::translate("LicenseTableExporter", "Markdown table (*.md)"), QCoreApplication::translate("LicenseTableExporter", "CSV table (*.csv)")};
}

QString title()
{
    return QCoreApplication::translate("LicenseTableExporter", "Licenses side by side");
}

QString subtitle(int licenseCount, bool picked)
{
    const QString text = picked ? QCoreApplication::translate("LicenseTableExporter", "%1 licenses picked, versions of one license next to each other, oldest first.")
                                : QCoreApplication::translate("LicenseTableExporter", "The %1 licenses of the release events in the filter, versions of one license next "
                                     "to each other, oldest first.");
    return text.arg(licenseCount);
}

std::unique_ptr<ChartFigure> figure(const LicenseComparison &comparison, const QString &subtitle,
                                    const QList<int> &releaseIndexes)
{
    auto model = std::make_shared<LicenseTableModel>();
    model->setComparison(comparison);
    auto result = std::make_unique<PainterFigure>([model](QPainter &painter, const QRectF &rect, const ChartStyle &style) {
        paintTable(painter, rect, style, *model);
    });
    result->setTitle(title());
    result->setSubtitle(subtitle);
    // For the caption: the events under the table's licenses.
    if (const DatasetPtr &dataset = comparison.dataset()) {
        const QStringList ids = comparison.licenseIds();
        int count = 0;
        QDate first;
        QDate last;
        for (int index : releaseIndexes) {
            const Release &release = dataset->releases().at(index);
            if (release.licenseId.isEmpty() || !ids.contains(release.licenseId))
                continue;
            ++count;
            first = first.isValid() ? std::min(first, release.date) : release.date;
            last = last.isValid() ? std::max(last, release.date) : release.date;
        }
        result->setExtent(count, first, last);
    }
    return result;
}

QString markdown(const QAbstractItemModel &model, const QString &heading, const QString &source)
{
    const int columns = model.columnCount();
    const int rows = model.rowCount();
    QString out = u"# "_s + markdownText(heading) + u"\n\n"_s;
    if (!source.isEmpty())
        out += markdownText(source) + u"\n\n"_s;
    if (columns == 0) {
        out += markdownText(QCoreApplication::translate("LicenseTableExporter", "No license to compare.")) + u'\n';
        return out;
    }
    out += u"| "_s + markdownCell(QCoreApplication::translate("LicenseTableExporter", "Term"));
    for (int column = 0; column < columns; ++column)
        out += u" | "_s + markdownCell(columnName(model, column));
    out += u" |\n|---"_s;
    for (int column = 0; column < columns; ++column)
        out += u"|---"_s;
    out += u"|\n"_s;
    for (int row = 0; row < rows; ++row) {
        out += u"| "_s + markdownCell(rowName(model, row));
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model.index(row, column);
            QString cell = u"%1 **%2**"_s.arg(index.data(LicenseTableModel::GlyphRole).toString(),
                                              markdownCell(index.data(LicenseTableModel::StatusTextRole).toString()));
            const auto change = static_cast<LicenseComparison::Change>(index.data(LicenseTableModel::ChangeRole).toInt());
            if (change == LicenseComparison::Change::StatusChanged)
                cell += u" \u25B2 "_s + QCoreApplication::translate("LicenseTableExporter", "changed");
            else if (change == LicenseComparison::Change::ClauseChanged)
                cell += u" \u25B3 "_s + QCoreApplication::translate("LicenseTableExporter", "reworded");
            if (index.data(LicenseTableModel::UnconfirmedRole).toBool())
                cell += u" *("_s + QCoreApplication::translate("LicenseTableExporter", "unconfirmed") + u")*"_s;
            const QString summary = index.data(LicenseTableModel::SummaryRole).toString();
            if (!summary.isEmpty())
                cell += u"<br>"_s + markdownCell(htmlText(summary));
            out += u" | "_s + cell;
        }
        out += u" |\n"_s;
    }
    out += u"\n"_s + markdownText(QCoreApplication::translate("LicenseTableExporter", "\u25B2 changed: a different answer than the previous version to its left; "
                                     "\u25B3 reworded: the same answer, a different clause."))
        + u"\n"_s;

    // The clauses, license by license: too long for the table's cells.
    for (int column = 0; column < columns; ++column) {
        out += u"\n## "_s + markdownText(columnName(model, column)) + u"\n\n"_s;
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = model.index(row, column);
            out += u"- **"_s + markdownText(rowName(model, row)) + u"**: "_s
                + markdownText(index.data(LicenseTableModel::StatusTextRole).toString());
            const QString change = index.data(LicenseTableModel::ChangeTextRole).toString();
            if (!change.isEmpty())
                out += u" ("_s + markdownText(change) + u")"_s;
            const QString quote = index.data(LicenseTableModel::QuoteRole).toString();
            if (!quote.isEmpty())
                out += u" \u201C"_s + markdownText(quote) + u"\u201D"_s;
            const QString url = index.data(LicenseTableModel::SourceUrlRole).toString();
            if (!url.isEmpty() && ReleaseDocument::isWebUrl(QUrl(url)))
                out += u" <"_s + url + u">"_s;
            out += u'\n';
        }
    }
    return out;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString csv(const QAbstractItemModel &model)
{
    // One row per term and license (a "long" table): spreadsheets and scripts read it without
    // knowing how many licenses there are.
    const QStringList header{u"term"_s,    u"license_id"_s, u"license"_s,   u"status"_s,         u"status_text"_s,
                             u"summary"_s, u"clause"_s,     u"source_url"_s, u"unconfirmed"_s, u"changed_from"_s,
                             u"change"_s};
    QStringList lines{header.join(u',')};
    for (int column = 0; column < model.columnCount(); ++column) {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, column);
            const auto term = static_cast<LicenseTerm>(index.data(LicenseTableModel::TermRole).toInt());
            const auto status = static_cast<TermStatus>(index.data(LicenseTableModel::StatusRole).toInt());
            QStringList fields{LicenseTerms::key(term),
                               index.data(LicenseTableModel::LicenseIdRole).toString(),
                               columnName(model, column),
                               LicenseTerms::statusKey(status),
                               index.data(LicenseTableModel::StatusTextRole).toString(),
                               index.data(LicenseTableModel::SummaryRole).toString(),
                               index.data(LicenseTableModel::QuoteRole).toString(),
                               index.data(LicenseTableModel::SourceUrlRole).toString(),
                               index.data(LicenseTableModel::UnconfirmedRole).toBool() ? u"yes"_s : u"no"_s,
                               index.data(LicenseTableModel::PreviousLicenseRole).toString(),
                               index.data(LicenseTableModel::ChangeTextRole).toString()};
            for (QString &field : fields)
                field = csvField(field);
            lines.append(fields.join(u','));
        }
    }
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}

bool writeText(const QAbstractItemModel &model, const QString &path, const QString &source, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    const std::optional<TextFormat> format = textFormatForPath(path);
    if (!format)
        return fail(QCoreApplication::translate("LicenseTableExporter", "%1: unknown table format; use a .md or .csv file name").arg(path));
    const QByteArray bytes = (*format == TextFormat::Markdown ? markdown(model, title(), source) : csv(model)).toUtf8();
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("LicenseTableExporter", "%1: cannot write: %2").arg(path, failureReason(file, errno)));
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        const QString reason = failureReason(file, errno);
        file.cancelWriting();
        return fail(QCoreApplication::translate("LicenseTableExporter", "%1: cannot write: %2").arg(path, reason));
    }
    errno = 0;
    if (!file.commit())
        return fail(QCoreApplication::translate("LicenseTableExporter", "%1: cannot write: %2").arg(path, failureReason(file, errno)));
    return true;
}

} // namespace LicenseTableExporter
