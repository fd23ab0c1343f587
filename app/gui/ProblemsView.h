#ifndef PROBLEMSVIEW_H
#define PROBLEMSVIEW_H

#include "Problem.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

// The problems of a dataset that could not be opened, as an IDE shows compiler errors: a list
// of FILE:LINE:COLUMN messages and, beside it, the file's text; choosing a problem shows its
// line in context with the offending column under the cursor.
class ProblemsView : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsView(QWidget *parent = nullptr);

    // text is the file's content, shown for context (may be empty when it could not be read).
    void setProblems(const QString &fileName, const Problems &problems, const QByteArray &text);
    void clear();

    QListWidget *problemList() const { return m_list; }
    QPlainTextEdit *sourceView() const { return m_source; }
    int problemCount() const;

public Q_SLOTS:
    void showProblem(int row);

private:
    Problems m_problems;
    QLabel *m_summary;
    QListWidget *m_list;
    QPlainTextEdit *m_source;
};

#endif // PROBLEMSVIEW_H
