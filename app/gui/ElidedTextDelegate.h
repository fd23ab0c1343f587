#ifndef ELIDEDTEXTDELEGATE_H
#define ELIDEDTEXTDELEGATE_H

#include <QStyledItemDelegate>

// Paints cells as QStyledItemDelegate does and, when a cell's text does not fit its column and is
// shown elided ("Grok 2 weights under a…"), shows the whole text as the tooltip (after the
// model's own tooltip, when it has one).
class ElidedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // True when the cell's display text needs more room than the cell gives it.
    bool isElided(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

#endif // ELIDEDTEXTDELEGATE_H
