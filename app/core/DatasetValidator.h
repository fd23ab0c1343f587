#ifndef DATASETVALIDATOR_H
#define DATASETVALIDATOR_H

#include "Dataset.h"
#include "Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// Checks JSON text against every rule of data/FORMAT.md and, when it breaks none, builds the
// Dataset from it. Checking and building are one walk so the two cannot disagree about what a
// field means. The text is read piece by piece (one release, one organization at a time; see
// JsonDocumentReader), so memory grows with the dataset, not with a JSON tree of it.
//
// Every problem is collected up to a cap, located at the offending value (a missing field: at the
// object lacking it; an unknown key: at the key), and the list is returned in the order of the
// text. Past the cap, problems are only counted by kind; past a hundred times the cap, reading
// stops, so no input can make the work or the output unbounded.
class DatasetValidator
{
    Q_DECLARE_TR_FUNCTIONS(DatasetValidator)

public:
    struct Result {
        DatasetPtr dataset; // null when any problem is an error
        Problems problems;  // errors and warnings, at most the cap, in the order of the text
        bool syntaxError = false;   // the text is not JSON (or not UTF-8): problems holds that one error
        qint64 omittedProblems = 0; // found beyond the cap
        QList<std::pair<Problem::Kind, qint64>> omittedKinds; // of those, how many of each kind
        bool stoppedEarly = false;  // so many problems that the rest of the text was not read
    };

    static inline const QString formatId = QStringLiteral("openness-timeline/1");
    static constexpr int maxDepth = 64;

    // The kinds of JSON object in the format. allowedKeys() is the one list of keys each may hold:
    // the walk rejects any other key with it, and tst_schemasync compares it with the JSON Schema,
    // so the schema and the loader cannot drift apart unnoticed.
    enum class ObjectKind { Dataset, Source, Organization, Stage, CorporateEvent, License, Terms, TermRuling, Model,
                            Release, Assessments, EpochAssessment,
                            OsaiAssessment, OsaiGrades, OsaiGrade };
    static QStringList allowedKeys(ObjectKind kind);

    // The closed vocabularies of the format (the enums of the JSON Schema), in the order the
    // walk offers them in messages. Level is Openness::ids(), TermStatus LicenseTerms::statusKey().
    enum class Vocabulary { SourceKind, StagePressure, CorporateEventKind, ReleaseKind, DatePrecision, TermStatus,
                            Level,
                            OsaiClass };
    static QStringList vocabulary(Vocabulary which);

    // A release's summary, level note and note are checked either way. Dropped leaves them out of
    // the dataset, for a reader that never shows them (--list, --validate, --export): at 100,000
    // releases that is a third of the memory loading takes, and a fifth of its time.
    enum class ReleaseTexts { Kept, Dropped };

    // fileName only labels the problems. At most maxProblems problems are kept (at least 1).
    static Result validate(const QByteArray &text, const QString &fileName, int maxProblems,
                           ReleaseTexts texts = ReleaseTexts::Kept);

    // Whether text is an SPDX license expression (SPDX 2.3, annex D): ids such as "Apache-2.0"
    // or "LicenseRef-x", an optional "+", joined by AND, OR and WITH, with parentheses.
    static bool isSpdxExpression(QStringView text);
};

#endif // DATASETVALIDATOR_H
