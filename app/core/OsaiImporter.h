#ifndef OSAIIMPORTER_H
#define OSAIIMPORTER_H

#include "Dataset.h"
#include "OsaiAssessment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Imports the European Open Source AI Index (https://osai-index.eu/, one YAML file per model
// family, read with yaml-cpp) into a dataset: each entry whose organization and name match a
// model of the dataset is attached to that model as assessments.osai, with every grade, link and
// note (data/FORMAT.md, "Importing the Open Source AI Index", states the matching rule).
//
// Nothing is guessed: an entry matches a model only by the rule and the short alias table below,
// never by similarity, so no model can receive another model's grades. A malformed file is
// reported with its line and skipped, and the import goes on with the next one.
class OsaiImporter
{
    Q_DECLARE_TR_FUNCTIONS(OsaiImporter)

public:
    // A located message about one file: "FILE:LINE: message", or "FILE: message" (line 0).
    struct Message {
        QString file;
        int line = 0;
        QString text;
        QString toString() const;
    };

    // One Index entry, as read from its file.
    struct Entry {
        QString path;         // the file as found (the directory joined with its name)
        QString organization; // org.name, verbatim; may be empty
        QString name;         // system.name, verbatim
        QString endModel;     // system.endmodelname, verbatim; may be empty
        OsaiAssessment assessment;
    };

    // Where an entry lands: the model id, or none with the reason.
    struct Match {
        QString modelId; // empty: no model matches
        QString reason;  // why not, when modelId is empty
    };

    struct Result {
        QString error;      // the directory could not be read (then nothing else is set)
        int files = 0;      // *.yaml files read
        int entries = 0;    // of those, read without a problem
        int matched = 0;    // of those, attached to a model
        QList<Message> problems;  // malformed files: each is skipped
        QList<Message> unmatched; // usable entries that match no model (or a model already graded)
        QHash<QString, OsaiAssessment> assessments; // by model id
        QList<std::pair<QString, QString>> matches; // (file name, model id), in file order
    };

    // Files above this size are not Index entries (the largest is a few KiB) and are not read.
    static constexpr qint64 maxFileSize = 1024 * 1024;

    // Reads every *.yaml file of directory (in name order; not _parameters*.yml) and matches each
    // entry against the dataset.
    static Result importDirectory(const QString &directory, const Dataset &dataset);

    // One file's text as an entry; problems (located in path) when it is not one.
    static std::optional<Entry> readEntry(const QByteArray &text, const QString &path, QList<Message> &problems);
    // The model of the dataset an entry grades, by the matching rule.
    static Match match(const Entry &entry, const Dataset &dataset);

    // datasetText (a valid dataset) with assessments.osai set on each model of assessments, in
    // the layout of the bundled dataset (two-space indentation, keys in their order), so that the
    // bundled file changes only where an assessment is added. Empty with *error when the text is
    // not a JSON object.
    static QByteArray apply(const QByteArray &datasetText, const QHash<QString, OsaiAssessment> &assessments,
                            QString *error = nullptr);
    // An assessment as the JSON of the data format (compact, keys in the format's order).
    static QByteArray toJson(const OsaiAssessment &assessment);

    // The Index's page for an entry file: https://osai-index.eu/model/<file name without .yaml>.
    static QString pageUrl(const QString &fileName);
};

#endif // OSAIIMPORTER_H
