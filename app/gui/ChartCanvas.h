#ifndef CHARTCANVAS_H
#define CHARTCANVAS_H

#include <QWidget>

class ChartFigure;

// Shows a chart figure at the widget's size in the window's palette and font: the same drawing
// as an export, so what is on screen is what gets published. Hovering shows the numbers under
// the pointer (the counts of a bar, the event of a marker); clicking a marker reports its event.
class ChartCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit ChartCanvas(QWidget *parent = nullptr);

    ChartFigure *figure() const { return m_figure; }
    void setFigure(ChartFigure *figure); // not owned

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void releaseClicked(int releaseIndex);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    ChartFigure *m_figure = nullptr;
};

#endif // CHARTCANVAS_H
