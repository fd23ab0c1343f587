#ifndef SOURCEVIEW_H
#define SOURCEVIEW_H

#include <QPlainTextEdit>

// A read-only view of a dataset's text with line numbers in a margin, as an editor shows it,
// so a problem's "line 4043" can be found by eye. showLine() puts a line in the middle of the
// view with its neighbours around it, and keeps it there when the view is first shown or resized
// (a hidden dock has no height yet, so centring before it is shown would miss).
class SourceView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);

    // line and column are 1-based; the cursor is put there and the line highlighted.
    void showLine(int line, int column);
    int lineNumberAreaWidth() const;
    // The first and last line (1-based) visible in the viewport.
    int firstVisibleLine() const;
    int lastVisibleLine() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateMargins();
    void updateLineNumberArea(const QRect &rect, int dy);
    void recentre();

    QWidget *m_lineNumbers;
    int m_line = 0;
    int m_column = 0;
};

#endif // SOURCEVIEW_H
