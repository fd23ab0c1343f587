#include "OsaiAssessment.h"

#include <QCoreApplication>

#include <algorithm>

int OsaiAssessment::parameterIndex(QStringView ref)
{
    for (int i = 0; i < parameterCount; ++i) {
        const std::string_view candidate = parameterRefs[static_cast<std::size_t>(i)];
        if (ref == QLatin1StringView(candidate.data(), qsizetype(candidate.size())))
            return i;
    }
    return -1;
}

int OsaiAssessment::parameterIndex(std::string_view ref)
{
    const auto found = std::find(parameterRefs.cbegin(), parameterRefs.cend(), ref);
    return found == parameterRefs.cend() ? -1 : int(found - parameterRefs.cbegin());
}

QString OsaiAssessment::parameterRef(int index)
{
    if (index < 0 || index >= parameterCount)
        return {};
    const std::string_view ref = parameterRefs[static_cast<std::size_t>(index)];
    return QString::fromLatin1(ref.data(), qsizetype(ref.size()));
}

QString OsaiAssessment::parameterName(int index)
{
    // The names of the Index's _parameters.yml.
    static const char *const names[parameterCount] = {
        QT_TRANSLATE_NOOP("OsaiAssessment", "Base Model Data"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "End User Model Data"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Base Model Weights"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "End User Model Weights"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Training Code"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Code Documentation"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Hardware Architecture"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Preprint"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Paper"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Model Card"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Datasheet"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Licenses"),
    };
    if (index < 0 || index >= parameterCount)
        return {};
    return QCoreApplication::translate("OsaiAssessment", names[index]);
}

QString OsaiAssessment::categoryName(int index)
{
    if (index < 0 || index >= parameterCount)
        return {};
    // parameterRefs holds five availability, six documentation and one access parameter, in
    // that order, as _parameters.yml does.
    if (index < 5)
        return QCoreApplication::translate("OsaiAssessment", "Availability");
    if (index < 11)
        return QCoreApplication::translate("OsaiAssessment", "Documentation");
    return QCoreApplication::translate("OsaiAssessment", "Access");
}

QString OsaiAssessment::parameterQuestion(int index)
{
    // The questions of the Index's _parameters-descriptions.yml, shortened where they repeat.
    static const char *const questions[parameterCount] = {
        QT_TRANSLATE_NOOP("OsaiAssessment", "Are the data sources for training the base model comprehensively "
                                            "documented and made available?"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Are the data sources for training the model that the end user "
                                            "interacts with comprehensively documented and made available?"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Are the weights of the base model made freely available?"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Are the weights of the model that the end user interacts with made "
                                            "freely available?"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Is the source code of dataset processing, model training and tuning "
                                            "comprehensively made available?"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Is the source code of data processing, model training and tuning "
                                            "comprehensively documented?"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Is the hardware architecture used for data processing and model "
                                            "training comprehensively documented?"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Are archived preprints available that detail all major parts of the "
                                            "system?"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Are peer-reviewed scientific publications available that detail all "
                                            "major parts of the system?"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Is a model card available in a standardized format that gives "
                                            "comprehensive insight into architecture, training, fine-tuning and "
                                            "evaluation?"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Is a datasheet as defined in \"Datasheets for Datasets\" (Gebru et "
                                            "al. 2021) available?"),
        QT_TRANSLATE_NOOP("OsaiAssessment", "Is the project fully covered by OSI-approved licenses, including all "
                                            "data sources and training pipeline code?"),
    };
    if (index < 0 || index >= parameterCount)
        return {};
    return QCoreApplication::translate("OsaiAssessment", questions[index]);
}

QString OsaiAssessment::classId(OsaiClass grade)
{
    switch (grade) {
    case OsaiClass::Open:
        return QStringLiteral("open");
    case OsaiClass::Partial:
        return QStringLiteral("partial");
    case OsaiClass::Closed:
        break;
    }
    return QStringLiteral("closed");
}

std::optional<OsaiClass> OsaiAssessment::classFromId(QStringView id)
{
    for (const OsaiClass grade : {OsaiClass::Open, OsaiClass::Partial, OsaiClass::Closed}) {
        if (id == classId(grade))
            return grade;
    }
    return std::nullopt;
}

QStringList OsaiAssessment::classIds()
{
    return {classId(OsaiClass::Open), classId(OsaiClass::Partial), classId(OsaiClass::Closed)};
}

QString OsaiAssessment::className(OsaiClass grade)
{
    switch (grade) {
    case OsaiClass::Open:
        return QCoreApplication::translate("OsaiAssessment", "Open");
    case OsaiClass::Partial:
        return QCoreApplication::translate("OsaiAssessment", "Partial");
    case OsaiClass::Closed:
        break;
    }
    return QCoreApplication::translate("OsaiAssessment", "Closed");
}

int OsaiAssessment::count(OsaiClass grade) const
{
    return int(std::count_if(grades.cbegin(), grades.cend(), [grade](const OsaiGrade &g) { return g.grade == grade; }));
}
