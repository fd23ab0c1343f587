#include "ElidedTextDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QStyle>
#include <QToolTip>

bool ElidedTextDelegate::isElided(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.text.isEmpty())
        return false;
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    // The style keeps a margin on each side of the text (PM_FocusFrameHMargin + 1).
    const int margin = (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1) * 2;
    return opt.fontMetrics.horizontalAdvance(opt.text) > textRect.width() - margin;
}

bool ElidedTextDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip && isElided(option, index)) {
        const QString text = index.data(Qt::DisplayRole).toString();
        const QString own = index.data(Qt::ToolTipRole).toString();
        // Dataset text is text: escaped and wrapped, so the tooltip never reads it as markup.
        QString tip = QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
        if (!own.isEmpty() && own != text)
            tip += own;
        QToolTip::showText(event->globalPos(), tip, view->viewport(), option.rect);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
