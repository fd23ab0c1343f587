#ifndef LICENSECELLDELEGATE_H
#define LICENSECELLDELEGATE_H

#include <QStyledItemDelegate>

// Paints one cell of the licenses table (LicenseTableModel): the cell tinted with its status's
// colour (ReleaseDocument's tone colours, mixed into the palette's base so that text stays
// readable on light and dark palettes), a chip with the status glyph (so nothing depends on
// colour alone) and the status word where more than a stub of it fits, the plain summary wrapped and elided to
// the room left, a corner mark and the word "changed" or "reworded" when the term differs from
// the previous version, and "unconfirmed" for a term not confirmed against the text. A cell
// narrower than minimumSummaryCharacters keeps the chip, the mark and a "?". The same
// paintCell() draws the table on screen and in an exported image.
class LicenseCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Paints the cell of index into rect with the palette's colours and font.
    static void paintCell(QPainter &painter, const QRectF &rect, const QModelIndex &index, const QPalette &palette,
                          const QFont &font);
    // Below this width, in average characters of the summary's font, a cell shows no summary.
    static constexpr qreal minimumSummaryCharacters = 10;
    // The cell's background: the status colour mixed into base.
    static QColor cellColor(const QColor &statusColor, const QColor &base);
};

#endif // LICENSECELLDELEGATE_H
