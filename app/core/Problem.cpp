#include "Problem.h"

QString Problem::toString() const
{
    QString text = QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    if (!path.isEmpty())
        text += QStringLiteral(" (at %1)").arg(path);
    return text;
}
