#ifndef OSAIASSESSMENT_H
#define OSAIASSESSMENT_H

#include "Source.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <string_view>

// What the European Open Source AI Index (https://osai-index.eu/) says about a model: one grade
// (open, partial or closed, with its evidence links and notes) for each parameter the Index rates,
// taken from one of its YAML files by `--import osai` (see data/FORMAT.md, "assessments").
//
// The Index grades a model family by its most recent version; the entry name and the file say
// which entry the grades come from, so a reader can check them on the Index's own page.
enum class OsaiClass { Open, Partial, Closed };

struct OsaiGrade {
    OsaiClass grade = OsaiClass::Closed;
    QStringList links; // evidence, http or https URLs; may be empty
    QString notes;     // the Index's reasoning; may be empty
};
Q_DECLARE_TYPEINFO(OsaiGrade, Q_RELOCATABLE_TYPE);

struct OsaiAssessment {
    // The parameters of the Index's _parameters.yml, by ref, in its order (availability,
    // documentation, access). The Index dropped "package" and "api" in March 2026, leaving these
    // twelve.
    static constexpr std::array<std::string_view, 12> parameterRefs = {
        "datasources_basemodel", "datasources_endmodel", "weights_basemodel", "weights_endmodel", "trainingcode",
        "code", "hardware_architecture", "preprint", "paper", "modelcard", "datasheet",
        "licenses"};
    static constexpr int parameterCount = int(parameterRefs.size());

    QString entry; // the Index's system.name, verbatim
    QString file;  // the Index file it came from, e.g. "Grok.yaml"
    // One grade per parameter, in parameterRefs order (a list rather than an array keeps a Model
    // small: most models carry no assessment).
    QList<OsaiGrade> grades;
    Source source;

    // The index of a parameter ref in parameterRefs, or -1.
    static int parameterIndex(QStringView ref);
    static int parameterIndex(std::string_view ref);
    static QString parameterRef(int index);
    // The Index's own name of a parameter ("End User Model Weights"), translated.
    static QString parameterName(int index);
    // The Index's category of a parameter: Availability, Documentation or Access (translated).
    static QString categoryName(int index);
    // The question the Index asks for a parameter (_parameters-descriptions.yml), translated.
    static QString parameterQuestion(int index);

    // "open", "partial", "closed": the ids of the data format and of the Index.
    static QString classId(OsaiClass grade);
    static std::optional<OsaiClass> classFromId(QStringView id);
    static QStringList classIds();
    // The grade in words, translated ("Open").
    static QString className(OsaiClass grade);

    const OsaiGrade &grade(int index) const { return grades.at(index); }
    // How many of the parameters have this grade.
    int count(OsaiClass grade) const;
};
// Every member is relocatable, so QList moves an assessment with memmove when it grows.
Q_DECLARE_TYPEINFO(OsaiAssessment, Q_RELOCATABLE_TYPE);

#endif // OSAIASSESSMENT_H
