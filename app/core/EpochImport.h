#ifndef EPOCHIMPORT_H
#define EPOCHIMPORT_H

#include "Dataset.h"
#include "EpochAssessment.h"
#include "OpennessLevel.h"
#include "Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

// Converts Epoch AI's "Notable AI Models" CSV (https://epoch.ai/data/notable-ai-models) into a
// dataset of this app's format: one organization per first-named Epoch organization, one model and
// one release event per row, the row's `Model accessibility` mapped to a level by levelFor() and
// kept verbatim in the model's `assessments.epoch`. The rules are written in data/FORMAT.md,
// "Importing Epoch AI's catalogue".
//
// The CSV is parsed by libcsv (quoted fields may hold commas, quotes and line breaks). A row that
// cannot be imported (wrong number of fields, invalid UTF-8, no model name, no usable date, broken
// quoting) is reported as FILE:LINE (the physical line the row starts on) and skipped; the rest of
// the file is still imported. A file without the columns the import needs gives one error and no
// dataset. The output is checked with DatasetValidator before it is returned, so what is written
// always opens.
class EpochImport
{
    Q_DECLARE_TR_FUNCTIONS(EpochImport)

public:
    // The mapping of one `Model accessibility` value.
    struct Mapping {
        OpennessLevel level = OpennessLevel::Unknown;
        QString kind; // release kind: weights, launch or announcement
        QString reason; // why, in a sentence, for the event's level_note (translated)
    };

    struct Result {
        QByteArray json;  // the dataset; empty when nothing could be imported
        Problems problems; // errors (skipped rows, or why nothing was imported) and warnings, by line
        int rows = 0;     // data rows found (imported + skipped)
        int imported = 0;
        int skipped = 0;
        int organizations = 0;
        std::array<int, Openness::levelCount> levelCounts{}; // imported rows by level index
        bool unusableFile = false; // no header with the needed columns: nothing imported
        bool unreadable = false;   // the file could not be read at all (problems says why)

        bool ok() const { return !json.isEmpty(); }
    };

    static inline const QString catalogueUrl = QStringLiteral("https://epoch.ai/data/notable-ai-models");
    static inline const QString credit = QStringLiteral("Data: Epoch AI, Notable AI Models (CC-BY 4.0)");
    // The columns without which nothing can be imported.
    static QStringList requiredColumns();

    // The level and event kind for an accessibility value, or nothing for a value this import does
    // not know (the row is then imported at level Unknown, with a warning).
    static std::optional<Mapping> mappingFor(QStringView accessibility);

    // fileName only labels the problems and the dataset's title.
    static Result convert(const QByteArray &csv, const QString &fileName);
    // Reads the file (a regular file of at most 1 GiB) and converts it.
    static Result convertFile(const QString &path);
    // Writes the converted dataset completely or not at all (QSaveFile); on failure, error says why.
    static bool write(const QByteArray &json, const QString &path, QString *error);

    // What --import epoch-values attaches to a dataset: Epoch's entry for each model that one of
    // Epoch's rows names, by the rule in data/FORMAT.md ("Attaching Epoch AI's values"). The rows
    // are read as convert() reads them, so a row it skips matches nothing.
    struct Attachment {
        QHash<QString, EpochAssessment> assessments; // by the dataset's model id
        QList<std::pair<QString, QString>> matches; // (Epoch's model name, model id), in the dataset's model order
        // Rows that name several models, and models whose rows disagree: nothing attached.
        QStringList notAttached;
        Problems problems; // the rows convert() reports, and why nothing could be read
        int rows = 0; // data rows found
        bool unusableFile = false; // no usable row: nothing attached
        bool unreadable = false; // the file could not be read at all
    };
    static Attachment attach(const QByteArray &csv, const QString &fileName, const Dataset &dataset);
    static Attachment attachFile(const QString &path, const Dataset &dataset);
    // An assessment as the JSON object a model's assessments.epoch holds.
    static QByteArray toJson(const EpochAssessment &assessment);

    // "FILE:LINE: message" or "FILE:LINE: warning: message" (no column: a CSV row is the unit).
    static QString format(const Problem &problem);

    // A stable id from a name: lower-case ASCII letters and digits joined by '-', accents removed;
    // a name with nothing left (all CJK, say) gets "x-" and a hash of the name.
    static QString slug(QStringView name);
};

#endif // EPOCHIMPORT_H
