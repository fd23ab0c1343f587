#ifndef LEVELPALETTE_H
#define LEVELPALETTE_H

#include "OpennessLevel.h"

#include <QColor>
#include <QIcon>
#include <QPainterPath>
#include <QPointF>

// The one table of openness-level colours and marker shapes. Colours are the Okabe-Ito set,
// chosen to stay distinct for the common forms of colour blindness; the shape is a second cue
// so that no reading depends on colour alone (and the legend shows both).
namespace LevelPalette {

QColor color(OpennessLevel level);
// For events whose level a catalogue did not say (OpennessLevel::Unknown, or no level at all):
// neutral grey, not on the ordered scale.
QColor unknownColor();
// A marker of the level's shape centred on center, fitting in a size x size square. Unknown is a
// plus sign, so it is confused neither with Closed's square nor with an ordered level.
QPainterPath markerPath(OpennessLevel level, QPointF center, qreal size);
QPainterPath unknownMarkerPath(QPointF center, qreal size); // markerPath(Unknown)
// A small icon (shape and colour) for menus, legends and filter toggles.
QIcon icon(OpennessLevel level, int size, const QColor &outline);

} // namespace LevelPalette

#endif // LEVELPALETTE_H
