#ifndef MODEL_H
#define MODEL_H

#include "EpochAssessment.h"
#include "OsaiAssessment.h"

#include <QString>

#include <optional>

// A model (or model family member) whose releases the timeline shows.
struct Model {
    QString id;
    QString organizationId;
    QString name;
    QString family;
    QString description;
    QString parameters;
    std::optional<EpochAssessment> epoch; // assessments.epoch: what Epoch AI says of it
    std::optional<OsaiAssessment> osai; // what the Open Source AI Index says, when imported
};
// Every member is relocatable, so QList moves a model with memmove when it grows.
Q_DECLARE_TYPEINFO(Model, Q_RELOCATABLE_TYPE);

#endif // MODEL_H
