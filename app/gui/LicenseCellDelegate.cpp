#include "LicenseCellDelegate.h"

#include "LicenseComparison.h"
#include "LicenseTableModel.h"
#include "ReleaseDocument.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace {

// Draws text wrapped into rect, as many lines as fit; the last one ends in an ellipsis when
// text is left over.
void drawWrapped(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font)
{
    if (text.isEmpty() || rect.height() <= 0 || rect.width() <= 0)
        return;
    const QFontMetricsF metrics(font);
    const qreal lineHeight = metrics.lineSpacing();
    const int maxLines = static_cast<int>(rect.height() / lineHeight);
    if (maxLines <= 0)
        return;
    QTextLayout layout(text, font);
    layout.beginLayout();
    QList<std::pair<qsizetype, qsizetype>> lines; // start, length
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        lines.append({line.textStart(), line.textLength()});
    }
    const bool more = layout.createLine().isValid();
    layout.endLayout();
    painter.setFont(font);
    qreal y = rect.top();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = text.mid(lines.at(i).first, lines.at(i).second);
        if (i + 1 == lines.size() && more)
            line = metrics.elidedText(text.mid(lines.at(i).first), Qt::ElideRight, rect.width());
        painter.drawText(QRectF(rect.left(), y, rect.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         line.trimmed());
        y += lineHeight;
    }
}

} // namespace

QColor LicenseCellDelegate::cellColor(const QColor &statusColor, const QColor &base)
{
    // A third of the status colour: enough to read the table's pattern at a glance, little
    // enough that the palette's text colour keeps its contrast on a light or a dark base.
    constexpr float share = 0.32f;
    return QColor::fromRgbF(statusColor.redF() * share + base.redF() * (1 - share),
                            statusColor.greenF() * share + base.greenF() * (1 - share),
                            statusColor.blueF() * share + base.blueF() * (1 - share));
}

void LicenseCellDelegate::paintCell(QPainter &painter, const QRectF &rect, const QModelIndex &index,
                                    const QPalette &palette, const QFont &font)
{
    const auto tone = static_cast<ReleaseDocument::Tone>(index.data(LicenseTableModel::ToneRole).toInt());
    const QColor statusColor = ReleaseDocument::toneColor(tone);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QFontMetricsF metrics(font);
    const qreal em = metrics.height();
    const qreal pad = std::max<qreal>(2.0, em * 0.3);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.fillRect(rect, cellColor(statusColor, base));
    // A stripe of the full colour on the left: the status reads down a column.
    painter.fillRect(QRectF(rect.left(), rect.top(), std::max<qreal>(2.0, em * 0.18), rect.height()), statusColor);

    const QRectF inner = rect.adjusted(pad + em * 0.18, pad, -pad, -pad);
    // First line: glyph chip, status word, and on the right the change tag.
    const qreal chip = metrics.height();
    const QRectF chipRect(inner.left(), inner.top(), chip, chip);
    painter.setBrush(statusColor);
    painter.drawRoundedRect(chipRect, chip * 0.2, chip * 0.2);
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(ReleaseDocument::contrastingTextColor(statusColor));
    painter.drawText(chipRect, Qt::AlignCenter, index.data(LicenseTableModel::GlyphRole).toString());

    const auto change = static_cast<LicenseComparison::Change>(index.data(LicenseTableModel::ChangeRole).toInt());
    QString tag;
    if (change == LicenseComparison::Change::StatusChanged)
        tag = LicenseTableModel::tr("\u25B2 changed");
    else if (change == LicenseComparison::Change::ClauseChanged)
        tag = LicenseTableModel::tr("\u25B3 reworded");
    QFont small = font;
    small.setPixelSize(std::max(6, qRound(QFontInfo(font).pixelSize() * 0.85)));
    const QFontMetricsF smallMetrics(small);
    const QString statusText = index.data(LicenseTableModel::StatusTextRole).toString();
    const qreal statusWidth = QFontMetricsF(bold).horizontalAdvance(statusText);
    qreal tagWidth = tag.isEmpty() ? 0.0 : smallMetrics.horizontalAdvance(tag) + pad;
    // In a narrow column the status word keeps its room; the corner mark alone says "changed".
    const bool showTag = tagWidth > 0 && chip + pad + statusWidth + tagWidth <= inner.width();
    if (!showTag)
        tagWidth = 0;
    const QColor accent = palette.color(QPalette::Highlight);
    const QRectF statusRect(chipRect.right() + pad, inner.top(), std::max<qreal>(0.0, inner.width() - chip - pad - tagWidth),
                            chip);
    // A status word cut to a stub ("Co…") says less than the chip's glyph and colour: it is left
    // out where fewer than six characters of it would show.
    const QFontMetricsF boldMetrics(bold);
    if (statusWidth <= statusRect.width() || statusRect.width() >= boldMetrics.averageCharWidth() * 6) {
        painter.setPen(text);
        painter.drawText(statusRect, Qt::AlignLeft | Qt::AlignVCenter,
                         boldMetrics.elidedText(statusText, Qt::ElideRight, statusRect.width()));
    }
    if (!tag.isEmpty()) {
        if (showTag) {
            QFont tagFont = small;
            tagFont.setBold(change == LicenseComparison::Change::StatusChanged);
            painter.setFont(tagFont);
            painter.drawText(QRectF(inner.right() - tagWidth + pad, inner.top(), tagWidth - pad, chip),
                             Qt::AlignRight | Qt::AlignVCenter, tag);
        }
        // The corner mark: filled for a changed answer, an outline for a reworded clause.
        const qreal corner = em * 0.9;
        QPainterPath triangle;
        triangle.moveTo(rect.right() - corner, rect.top());
        triangle.lineTo(rect.right(), rect.top());
        triangle.lineTo(rect.right(), rect.top() + corner);
        triangle.closeSubpath();
        painter.setPen(QPen(accent, std::max<qreal>(1.0, em / 12.0)));
        painter.setBrush(change == LicenseComparison::Change::StatusChanged ? QBrush(accent) : QBrush(Qt::NoBrush));
        painter.drawPath(triangle);
    }

    // Then the summary, and "unconfirmed" on the last line. A column narrower than a few words
    // would show fragments of words: it keeps the chip and a "?" for unconfirmed.
    const bool narrow = inner.width() < smallMetrics.averageCharWidth() * minimumSummaryCharacters;
    QRectF summaryRect(inner.left(), inner.top() + chip + pad * 0.5, inner.width(), inner.bottom() - inner.top() - chip - pad * 0.5);
    if (index.data(LicenseTableModel::UnconfirmedRole).toBool()) {
        QFont italic = small;
        italic.setItalic(true);
        painter.setFont(italic);
        const qreal lineHeight = QFontMetricsF(italic).lineSpacing();
        painter.setPen(text);
        painter.drawText(QRectF(summaryRect.left(), summaryRect.bottom() - lineHeight, summaryRect.width(), lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, narrow ? QStringLiteral("?") : LicenseTableModel::tr("? unconfirmed"));
        summaryRect.setBottom(summaryRect.bottom() - lineHeight);
    }
    if (!narrow) {
        painter.setPen(text);
        drawWrapped(painter, summaryRect, index.data(LicenseTableModel::SummaryRole).toString(), small);
    }
    painter.restore();
}

void LicenseCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintCell(*painter, QRectF(option.rect), index, option.palette, option.font);
    // Selection and focus as a frame, so the status colour stays visible under them.
    if (option.state & (QStyle::State_Selected | QStyle::State_HasFocus)) {
        painter->save();
        const qreal width = option.state & QStyle::State_Selected ? 2.0 : 1.0;
        QPen pen(option.palette.color(QPalette::Highlight), width);
        if (!(option.state & QStyle::State_Selected))
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option.rect).adjusted(width / 2, width / 2, -width / 2, -width / 2));
        painter->restore();
    }
}

QSize LicenseCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    // About 24 characters wide: the status line and two lines of summary.
    const QFontMetrics metrics(option.font);
    return QSize(metrics.averageCharWidth() * 24, metrics.height() * 3 + metrics.height() * 3 / 4);
}
