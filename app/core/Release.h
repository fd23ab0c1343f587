#ifndef RELEASE_H
#define RELEASE_H

#include "OpennessLevel.h"
#include "Source.h"

#include <QDate>
#include <QList>
#include <QString>

enum class DatePrecision { Day, Month, Year };

// One dated event in a model's life (launched, API opened, weights published, license changed)
// and the openness level it left the model at.
struct Release {
    QString id;
    QString modelId;
    QDate date;
    DatePrecision precision = DatePrecision::Day;
    QString kind; // announcement, launch, api, weights, license-change, retirement
    QString title;
    QString summary;
    OpennessLevel level = OpennessLevel::Closed;
    QString levelNote;
    QString licenseId; // empty when no license applies
    QList<Source> sources;
    bool unconfirmed = false;
    QString note;
};

#endif // RELEASE_H
