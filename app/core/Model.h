#ifndef MODEL_H
#define MODEL_H

#include <QString>

// A model (or model family member) whose releases the timeline shows.
struct Model {
    QString id;
    QString organizationId;
    QString name;
    QString family;
    QString description;
    QString parameters;
};

#endif // MODEL_H
