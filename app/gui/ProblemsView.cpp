#include "ProblemsView.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

ProblemsView::ProblemsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_source(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_list->setAccessibleName(tr("Problems"));
    m_list->setWordWrap(true);
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setAccessibleName(tr("File content"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_source);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProblemsView::showProblem);
}

void ProblemsView::setProblems(const QString &fileName, const Problems &problems, const QByteArray &text)
{
    m_problems = problems;
    m_summary->setText(tr("%1 could not be opened: %n problem(s). The dataset that was open is still shown.",
                          nullptr, int(problems.size()))
                           .arg(fileName));
    m_list->clear();
    for (const Problem &problem : problems)
        m_list->addItem(problem.toString());
    // Invalid UTF-8 is one of the problems reported: show such bytes as replacement characters.
    m_source->setPlainText(QString::fromUtf8(text));
    if (!problems.isEmpty())
        m_list->setCurrentRow(0);
}

void ProblemsView::clear()
{
    m_problems.clear();
    m_list->clear();
    m_source->clear();
    m_summary->clear();
}

int ProblemsView::problemCount() const
{
    return static_cast<int>(m_problems.size());
}

void ProblemsView::showProblem(int row)
{
    if (row < 0 || row >= m_problems.size())
        return;
    const Problem &problem = m_problems.at(row);
    const QTextBlock block = m_source->document()->findBlockByNumber(problem.line - 1);
    if (!block.isValid()) {
        m_source->setExtraSelections({});
        return;
    }
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::clamp(problem.column - 1, 0, block.length() - 1));
    m_source->setTextCursor(cursor);
    m_source->centerCursor();

    QTextEdit::ExtraSelection lineSelection;
    QColor highlight = palette().color(QPalette::Highlight);
    highlight.setAlphaF(0.25f);
    lineSelection.format.setBackground(highlight);
    lineSelection.format.setProperty(QTextFormat::FullWidthSelection, true);
    lineSelection.cursor = QTextCursor(block);
    m_source->setExtraSelections({lineSelection});
}
