#include "LevelPalette.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QtMath>

namespace LevelPalette {

QColor color(OpennessLevel level)
{
    switch (level) {
    case OpennessLevel::Closed:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case OpennessLevel::Hosted:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case OpennessLevel::WeightsNonCommercial:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case OpennessLevel::WeightsRestricted:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case OpennessLevel::OpenWeights:
        return QColor(0x00, 0x72, 0xB2); // blue
    case OpennessLevel::OpenSourceAi:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case OpennessLevel::Unknown:
        // Neutral grey, outside the Okabe-Ito hues, so it reads as "no value" rather than as a
        // point on the scale; mid-grey stays visible on light and dark backgrounds alike.
        return QColor(0x99, 0x99, 0x99);
    }
    return {};
}

QColor unknownColor()
{
    return color(OpennessLevel::Unknown);
}

QPainterPath unknownMarkerPath(QPointF center, qreal size)
{
    return markerPath(OpennessLevel::Unknown, center, size);
}

QPainterPath markerPath(OpennessLevel level, QPointF center, qreal size)
{
    const qreal r = size / 2.0;
    QPainterPath path;
    auto polygon = [&](const QList<QPointF> &unitPoints) {
        QPolygonF poly;
        for (const QPointF &p : unitPoints)
            poly << center + p * r;
        poly << poly.first();
        path.addPolygon(poly);
        path.closeSubpath();
    };
    switch (level) {
    case OpennessLevel::Closed: // square: a closed box
        path.addRect(QRectF(center.x() - r * 0.8, center.y() - r * 0.8, r * 1.6, r * 1.6));
        break;
    case OpennessLevel::Hosted: // diamond
        polygon({{0, -1}, {1, 0}, {0, 1}, {-1, 0}});
        break;
    case OpennessLevel::WeightsNonCommercial: // triangle pointing down
        polygon({{-1, -0.8}, {1, -0.8}, {0, 0.95}});
        break;
    case OpennessLevel::WeightsRestricted: // triangle pointing up
        polygon({{0, -0.95}, {1, 0.8}, {-1, 0.8}});
        break;
    case OpennessLevel::OpenWeights: // circle
        path.addEllipse(center, r * 0.9, r * 0.9);
        break;
    case OpennessLevel::OpenSourceAi: { // five-pointed star
        QList<QPointF> points;
        for (int i = 0; i < 10; ++i) {
            const qreal angle = -M_PI / 2 + i * M_PI / 5;
            const qreal radius = (i % 2 == 0) ? 1.0 : 0.45;
            points.append(QPointF(qCos(angle) * radius, qSin(angle) * radius));
        }
        polygon(points);
        break;
    }
    case OpennessLevel::Unknown: // plus sign: no other level has arms, and it is no closed box
        polygon({{-0.3, -0.95}, {0.3, -0.95}, {0.3, -0.3}, {0.95, -0.3}, {0.95, 0.3}, {0.3, 0.3}, {0.3, 0.95},
                 {-0.3, 0.95}, {-0.3, 0.3}, {-0.95, 0.3}, {-0.95, -0.3}, {-0.3, -0.3}});
        break;
    }
    return path;
}

QIcon icon(OpennessLevel level, int size, const QColor &outline)
{
    QIcon result;
    for (qreal dpr : {1.0, 2.0}) {
        QPixmap pixmap(qRound(size * dpr), qRound(size * dpr));
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(outline, 1.0));
        painter.setBrush(color(level));
        painter.drawPath(markerPath(level, QPointF(size / 2.0, size / 2.0), size - 2.0));
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace LevelPalette
