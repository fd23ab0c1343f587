#ifndef PROBLEM_H
#define PROBLEM_H

#include <QList>
#include <QString>

// One thing wrong with a dataset, located the way compilers do it, so editors can jump to it.
// line and column are 1-based; column counts characters (code points), not bytes. path is a JSON
// path such as $.releases[3].level, empty for syntax errors that precede any value.
//
// Text taken from the dataset or the command line (keys, values, ids, file names) reaches a
// message only through Problem::quoted() or Problem::escaped(), so one problem is always one line
// and no input can make the output say something the loader did not.
struct Problem {
    // Errors make a dataset invalid; warnings point at something worth fixing in a dataset that
    // still loads.
    enum class Severity { Error, Warning };

    // What kind of rule a problem breaks, for the summary of problems beyond the cap.
    enum class Kind {
        Unreadable,
        Encoding,
        Syntax,
        WrongType,
        MissingKey,
        UnknownKey,
        DuplicateKey,
        EmptyText,
        InvalidDate,
        InvalidId,
        DuplicateId,
        UnknownValue,
        UnknownReference,
        InvalidUrl,
        WeakUrl,
        InvalidSpdx,
        MissingSources,
        StageDates,
        TooLarge,
    };

    QString file;
    int line = 0;
    int column = 0;
    QString path;
    QString message;
    Severity severity = Severity::Error;
    Kind kind = Kind::Syntax;
    qint64 offset = -1; // byte offset into the text the problem is about; -1 when there is none

    bool isWarning() const { return severity == Severity::Warning; }

    // "FILE:LINE:COLUMN: message (at PATH)", or "FILE:LINE:COLUMN: warning: message (at PATH)".
    // Control characters in the file name are escaped, so the line stays one line.
    QString toString() const;

    // The name of a kind in summaries, e.g. "wrong type" (translated).
    static QString kindName(Kind kind);

    // text in double quotes, with '"', '\' and every control, line-separator or bidirectional
    // formatting character escaped as in JSON (\n, \u001b, \u202e).
    static QString quoted(QStringView text);
    // The same escapes without the quotes.
    static QString escaped(QStringView text);
};

using Problems = QList<Problem>;

#endif // PROBLEM_H
