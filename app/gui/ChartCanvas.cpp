#include "ChartCanvas.h"

#include "ChartFigure.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

ChartCanvas::ChartCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ChartCanvas::setFigure(ChartFigure *figure)
{
    m_figure = figure;
    update();
}

QSize ChartCanvas::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 26);
}

QSize ChartCanvas::minimumSizeHint() const
{
    // Below this the plot has no room between its title, legend and axes.
    return QSize(fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 16);
}

void ChartCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const ChartStyle style = ChartStyle::fromPalette(palette(), font());
    if (!m_figure) {
        painter.fillRect(rect(), style.background);
        return;
    }
    m_figure->paint(painter, QRectF(rect()), style, QString(), ChartFigure::Target::Screen);
}

void ChartCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_figure)
        setCursor(m_figure->releaseAt(event->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void ChartCanvas::mousePressEvent(QMouseEvent *event)
{
    if (m_figure && event->button() == Qt::LeftButton) {
        const int index = m_figure->releaseAt(event->position());
        if (index >= 0) {
            Q_EMIT releaseClicked(index);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

bool ChartCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QString text = m_figure ? m_figure->hiddenTextAt(help->pos()) : QString();
        if (text.isEmpty() && m_figure)
            text = m_figure->toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else // dataset text, escaped: never read as markup
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<p style=\"white-space:pre\">%1</p>")
                                   .arg(text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))),
                               this);
        return true;
    }
    return QWidget::event(event);
}
