#ifndef RELEASE_H
#define RELEASE_H

#include "DatePrecision.h"
#include "OpennessLevel.h"
#include "Source.h"
#include "Utf8Text.h"

#include <QDate>
#include <QList>
#include <QString>

// One dated event in a model's life (launched, API opened, weights published, license changed)
// and the openness level it left the model at.
struct Release {
    QString id;
    QString modelId;
    QDate date; // with Month or Year precision, the first day of that month or year
    // Set when the event happened on one unknown day between date and dateLatest (both
    // included); invalid otherwise.
    QDate dateLatest;
    DatePrecision precision = DatePrecision::Day;
    QString kind; // announcement, launch, api, weights, license-change, retirement
    QString title;
    Utf8Text summary;
    OpennessLevel level = OpennessLevel::Closed;
    Utf8Text levelNote;
    QString licenseId; // empty when no license applies
    QList<Source> sources;
    bool unconfirmed = false;
    Utf8Text note;
};
// Every member is relocatable, so QList moves a release with memmove when it grows.
Q_DECLARE_TYPEINFO(Release, Q_RELOCATABLE_TYPE);

#endif // RELEASE_H
