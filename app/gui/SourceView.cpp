#include "SourceView.h"

#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

class SourceView::LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(SourceView *view)
        : QWidget(view)
        , m_view(view)
    {
    }
    QSize sizeHint() const override { return {m_view->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintLineNumbers(event); }

private:
    SourceView *m_view;
};

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceView::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceView::updateLineNumberArea);
    updateMargins();
}

int SourceView::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int count = std::max(1, blockCount()); count >= 10; count /= 10)
        ++digits;
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 2);
}

void SourceView::showLine(int line, int column)
{
    m_line = line;
    m_column = column;
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid()) {
        setExtraSelections({});
        return;
    }
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::clamp(column - 1, 0, block.length() - 1));
    setTextCursor(cursor);

    QTextEdit::ExtraSelection lineSelection;
    QColor highlight = palette().color(QPalette::Highlight);
    highlight.setAlphaF(0.25f);
    lineSelection.format.setBackground(highlight);
    lineSelection.format.setProperty(QTextFormat::FullWidthSelection, true);
    lineSelection.cursor = QTextCursor(block);
    setExtraSelections({lineSelection});
    recentre();
}

int SourceView::firstVisibleLine() const
{
    return firstVisibleBlock().blockNumber() + 1;
}

int SourceView::lastVisibleLine() const
{
    QTextBlock block = firstVisibleBlock();
    int last = block.blockNumber();
    const qreal bottom = viewport()->height();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top < bottom) {
        const qreal height = blockBoundingRect(block).height();
        if (top + height <= bottom)
            last = block.blockNumber();
        top += height;
        block = block.next();
    }
    return last + 1;
}

void SourceView::recentre()
{
    if (m_line <= 0)
        return;
    centerCursor();
    // Long lines (minified JSON) scroll sideways: keep the column in view, with some of the text
    // before it, rather than the start of the line.
    ensureCursorVisible();
}

void SourceView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_lineNumbers->setGeometry(QRect(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height()));
    recentre();
}

void SourceView::showEvent(QShowEvent *event)
{
    QPlainTextEdit::showEvent(event);
    recentre();
}

bool SourceView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateMargins();
    return QPlainTextEdit::viewportEvent(event);
}

void SourceView::updateMargins()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void SourceView::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void SourceView::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    const int width = m_lineNumbers->width() - fontMetrics().horizontalAdvance(QLatin1Char('9'));
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const bool current = block.blockNumber() + 1 == m_line;
            painter.setPen(palette().color(current ? QPalette::Text : QPalette::PlaceholderText));
            QFont font = this->font();
            font.setBold(current);
            painter.setFont(font);
            painter.drawText(QRectF(0, top, width, fontMetrics().height()), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        top += height;
        block = block.next();
    }
}
