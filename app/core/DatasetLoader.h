#ifndef DATASETLOADER_H
#define DATASETLOADER_H

#include "Dataset.h"
#include "Problem.h"

#include <QByteArray>
#include <QString>

// Turns JSON text into a Dataset, or into the list of every problem found, each located by line,
// column and JSON path. Never throws, never crashes, bounded in memory and nesting depth.
class DatasetLoader
{
public:
    // Why loading failed, so callers can tell a file that could not be read (exit code 2 on the
    // command line) from text that is not JSON and from JSON that breaks a rule of the format.
    enum class Failure { None, Unreadable, Syntax, Rules };

    struct Result {
        DatasetPtr dataset; // null when problems is not empty
        Problems problems;
        Failure failure = Failure::None;

        bool ok() const { return dataset != nullptr; }
    };

    static constexpr qint64 maxFileSize = 32 * 1024 * 1024;
    static constexpr int maxDepth = 64;

    // fileName is only used to label problems.
    static Result fromJson(const QByteArray &text, const QString &fileName);
    // Reads the file (refusing files over maxFileSize) and parses it. A problem with line 0
    // means the file could not be read at all.
    static Result fromFile(const QString &path);
    // The dataset compiled into the binary.
    static Result bundled();
    static QString bundledPath(); // ":/data/openness-timeline.json"
};

#endif // DATASETLOADER_H
