#include "Organization.h"

#include <QCoreApplication>

namespace Pressure {

QString name(OpennessPressure pressure)
{
    switch (pressure) {
    case OpennessPressure::TowardOpen:
        return QCoreApplication::translate("Pressure", "pushed toward openness");
    case OpennessPressure::TowardClosed:
        return QCoreApplication::translate("Pressure", "pushed toward closed weights");
    case OpennessPressure::Mixed:
        break;
    }
    return QCoreApplication::translate("Pressure", "pulled both ways");
}

} // namespace Pressure
