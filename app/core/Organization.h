#ifndef ORGANIZATION_H
#define ORGANIZATION_H

#include "DatePrecision.h"
#include "Source.h"

#include <QDate>
#include <QList>
#include <QString>

// Which way a corporate stage pushed the company's openness, in the dataset author's reading.
enum class OpennessPressure { TowardOpen, TowardClosed, Mixed };

// A named period of a company's life (latecomer challenger, subsidiary, listed company...) with
// what the business was doing and why that bore on how open its releases were.
struct CorporateStage {
    QString name;
    QDate start;
    QDate end; // the first day the stage no longer holds; invalid while the stage is ongoing
    DatePrecision precision = DatePrecision::Day; // of start and end
    QString business;
    QString openness;
    OpennessPressure pressure = OpennessPressure::Mixed;
    QList<Source> sources;
    bool unconfirmed = false;
    QString note;

    // The end is exclusive, so one stage may end on the day the next starts.
    bool contains(QDate date) const { return date >= start && (!end.isValid() || date < end); }
};

struct CorporateEvent {
    QDate date;
    DatePrecision precision = DatePrecision::Day;
    QString title;
    QString kind; // founding, funding, acquisition, merger, listing, restructuring, rebrand, other
    QString details;
    QList<Source> sources;
    bool unconfirmed = false;
    QString note;
};

struct Organization {
    QString id;
    QString name;
    QString country;
    QString description;
    QList<CorporateStage> stages; // in date order, not overlapping
    QList<CorporateEvent> events; // in date order
};

namespace Pressure {
QString name(OpennessPressure pressure); // translated
} // namespace Pressure

#endif // ORGANIZATION_H
