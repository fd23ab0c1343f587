#ifndef OPENNESSLEVEL_H
#define OPENNESSLEVEL_H

#include <QList>
#include <QString>

#include <optional>

// The six ordered openness levels of the data format, least open first. The numeric value is the
// rank used by charts and sorting; the ids are part of the file format and of the command line.
enum class OpennessLevel {
    Closed = 0,
    Hosted = 1,
    WeightsNonCommercial = 2,
    WeightsRestricted = 3,
    OpenWeights = 4,
    OpenSourceAi = 5,
};

namespace Openness {

inline constexpr int levelCount = 6;

QList<OpennessLevel> allLevels();
int rank(OpennessLevel level);
QString id(OpennessLevel level);
std::optional<OpennessLevel> fromId(QStringView id);
QStringList ids();
// Translated display strings (QCoreApplication::translate, context "Openness").
QString name(OpennessLevel level);
QString shortName(OpennessLevel level);
QString meaning(OpennessLevel level);

} // namespace Openness

#endif // OPENNESSLEVEL_H
