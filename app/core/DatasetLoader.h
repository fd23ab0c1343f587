#ifndef DATASETLOADER_H
#define DATASETLOADER_H

#include "Dataset.h"
#include "DatasetValidator.h"
#include "Problem.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// Turns JSON text into a Dataset, or into the list of problems found, each located by line,
// column and JSON path. Never throws, never crashes, bounded in memory (the text, the dataset and
// one item of it at a time), in nesting depth and in the number of problems it keeps.
class DatasetLoader
{
public:
    // Why loading failed, so callers can tell a file that could not be read (exit code 2 on the
    // command line) from text that is not JSON and from JSON that breaks a rule of the format.
    enum class Failure { None, Unreadable, Syntax, Rules };

    struct Result {
        DatasetPtr dataset; // null when any problem is an error
        Problems problems;  // errors and warnings (a dataset with only warnings loads)
        Failure failure = Failure::None;
        qint64 omittedProblems = 0; // found beyond the cap, not in problems
        QList<std::pair<Problem::Kind, qint64>> omittedKinds;
        bool stoppedEarly = false; // too many problems: the rest of the text was not read
        // fromFile(): the text read, when it did not load, so that they can be shown in it
        // without reading the file again (which may have changed, or be a pipe).
        QByteArray text;

        bool ok() const { return dataset != nullptr; }
        // "and 12 more problems of these kinds: wrong type (10), unknown key (2)", or empty.
        QString omittedSummary() const;
    };

    static constexpr qint64 maxFileSize = qint64(1) << 30; // 1 GiB
    static constexpr int maxDepth = 64;
    static constexpr int defaultMaxProblems = 1000;

    // fileName is only used to label problems. At most maxProblems problems are kept.
    // texts: see DatasetValidator::ReleaseTexts.
    static Result fromJson(const QByteArray &text, const QString &fileName, int maxProblems = defaultMaxProblems,
                           DatasetValidator::ReleaseTexts texts = DatasetValidator::ReleaseTexts::Kept);
    // Reads the file (refusing files over maxFileSize, and anything that is not a regular file,
    // without blocking on it) and parses it. A problem with line 0 means the file could not be
    // read at all.
    static Result fromFile(const QString &path, int maxProblems = defaultMaxProblems,
                           DatasetValidator::ReleaseTexts texts = DatasetValidator::ReleaseTexts::Kept);
    // The dataset compiled into the binary.
    static Result bundled();
    static QString bundledPath(); // ":/data/openness-timeline.json"
};

#endif // DATASETLOADER_H
