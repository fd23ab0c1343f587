#ifndef PROBLEMSVIEW_H
#define PROBLEMSVIEW_H

#include "Problem.h"

#include <QCoreApplication>
#include <QWidget>

class QLabel;
class QListWidget;
class SourceView;

// The problems of a dataset that could not be opened, as an IDE shows compiler errors: a list
// of FILE:LINE:COLUMN messages and, beside it, the file's text with line numbers; choosing a
// problem shows its line in the middle of the text, with the lines around it. A JSON syntax
// error also gets a sentence for a person ("a comma or } is missing before line 4043").
class ProblemsView : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsView(QWidget *parent = nullptr);

    // text is the file's content, shown for context (may be empty when it could not be read).
    void setProblems(const QString &fileName, const Problems &problems, const QByteArray &text);
    void clear();

    QListWidget *problemList() const { return m_list; }
    SourceView *sourceView() const { return m_source; }

    // What a JSON syntax error means, said for a person; empty for other problems (their
    // messages already say what is expected).
    static QString plainWords(const Problem &problem);

public Q_SLOTS:
    void showProblem(int row);

private:
    Problems m_problems;
    QLabel *m_summary;
    QListWidget *m_list;
    SourceView *m_source;
};

#endif // PROBLEMSVIEW_H
