#ifndef PROBLEM_H
#define PROBLEM_H

#include <QList>
#include <QString>

// One thing wrong with a dataset, located the way compilers do it, so editors can jump to it.
// line and column are 1-based; column counts characters (code points), not bytes. path is a JSON
// path such as $.releases[3].level, empty for syntax errors that precede any value.
struct Problem {
    QString file;
    int line = 0;
    int column = 0;
    QString path;
    QString message;

    // "FILE:LINE:COLUMN: message (at PATH)"
    QString toString() const;
};

using Problems = QList<Problem>;

#endif // PROBLEM_H
