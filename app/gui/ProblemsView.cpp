#include "ProblemsView.h"

#include "SourceView.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

ProblemsView::ProblemsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_source(new SourceView(this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_list->setAccessibleName(tr("Problems"));
    m_list->setWordWrap(true);
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
    for (const Problem &problem : problems) {
        const QString words = plainWords(problem);
        m_list->addItem(words.isEmpty() ? problem.toString() : problem.toString() + u'\n' + words);
    }
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

void ProblemsView::showProblem(int row)
{
    if (row < 0 || row >= m_problems.size())
        return;
    const Problem &problem = m_problems.at(row);
    m_source->showLine(problem.line, problem.column);
}

QString ProblemsView::plainWords(const Problem &problem)
{
    // The loader passes on the JSON parser's wording ("syntax error while parsing object -
    // unexpected string literal; expected '}'"); the token it names is where the parser gave
    // up, so what is missing comes just before it.
    const QString &message = problem.message;
    if (!message.contains(QLatin1StringView("syntax error")))
        return {};
    if (message.contains(QLatin1StringView("unexpected end of input")))
        return tr("The file ends too early: a closing } or ] is missing at the end, or the file was cut short.");
    if (message.contains(QLatin1StringView("parsing object separator")))
        return tr("A colon (:) is missing after the key before line %1, column %2.").arg(problem.line).arg(problem.column);
    if (message.contains(QLatin1StringView("parsing object key")))
        return tr("A key in double quotes is expected at line %1, column %2; a comma too many before a } also "
                  "causes this.")
            .arg(problem.line)
            .arg(problem.column);
    if (message.contains(QLatin1StringView("parsing object -")))
        return tr("A comma or } is missing before line %1, column %2.").arg(problem.line).arg(problem.column);
    if (message.contains(QLatin1StringView("parsing array")))
        return tr("A comma or ] is missing before line %1, column %2.").arg(problem.line).arg(problem.column);
    if (message.contains(QLatin1StringView("parsing value - unexpected ']'"))
        || message.contains(QLatin1StringView("parsing value - unexpected '}'")))
        return tr("A value is missing at line %1, column %2: perhaps a comma too many before it.")
            .arg(problem.line)
            .arg(problem.column);
    if (message.contains(QLatin1StringView("invalid literal")))
        return tr("Line %1, column %2 is not JSON: text goes in double quotes, and true, false and null are "
                  "written in lower case.")
            .arg(problem.line)
            .arg(problem.column);
    if (message.contains(QLatin1StringView("invalid string")))
        return tr("The text at line %1, column %2 is not a valid JSON string: a quote, a backslash or a line "
                  "break inside it needs a backslash before it.")
            .arg(problem.line)
            .arg(problem.column);
    if (message.contains(QLatin1StringView("invalid number")))
        return tr("The number at line %1, column %2 is not written as JSON numbers are (no leading zeros, "
                  "no + sign, digits after a dot).")
            .arg(problem.line)
            .arg(problem.column);
    return {};
}
