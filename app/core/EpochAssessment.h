#ifndef EPOCHASSESSMENT_H
#define EPOCHASSESSMENT_H

#include "Source.h"

#include <QString>

// What Epoch AI's "Notable AI Models" says about a model (a model's `assessments.epoch`): its
// `Model` and `Model accessibility` fields verbatim (accessibility empty when Epoch gives none),
// and where that was read.
struct EpochAssessment {
    QString model;
    QString accessibility;
    Source source;
};
// Every member is relocatable, so QList moves an assessment with memmove when it grows.
Q_DECLARE_TYPEINFO(EpochAssessment, Q_RELOCATABLE_TYPE);

#endif // EPOCHASSESSMENT_H
