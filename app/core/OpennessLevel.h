#ifndef OPENNESSLEVEL_H
#define OPENNESSLEVEL_H

#include <QList>
#include <QString>

#include <optional>

// The openness levels of the data format: six ordered levels, least open first, and Unknown for an
// event whose catalogue did not say how open it was. The numeric value is the level's index in
// every per-level table (palette, filter, counts) and its sort order: Unknown sorts after the
// ordered scale, which only says where it is listed, not that it is "more open". Charts that rank
// levels ask isOrdered() and leave Unknown off their scale. The ids are part of the file format and
// of the command line.
enum class OpennessLevel {
    Closed = 0,
    Hosted = 1,
    WeightsNonCommercial = 2,
    WeightsRestricted = 3,
    OpenWeights = 4,
    OpenSourceAi = 5,
    Unknown = 6, // not on the ordered scale: never counted as open or closed
};

namespace Openness {

inline constexpr int levelCount = 7;        // every level, Unknown included
inline constexpr int orderedLevelCount = 6; // the ordered scale, Closed to OpenSourceAi

QList<OpennessLevel> allLevels();     // every level, Unknown last
QList<OpennessLevel> orderedLevels(); // Closed to OpenSourceAi
bool isOrdered(OpennessLevel level);  // false only for Unknown
// The level's index in per-level tables and its sort order (Unknown: 6, after the scale). Only
// for an ordered level is it a rank on the openness scale.
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
