#include "ReleaseKind.h"

#include <QCoreApplication>

#include <array>

namespace {

struct KindInfo {
    const char *id;
    const char *name;
    const char *plural;
    bool release;
};

const std::array<KindInfo, 6> kindTable = {{
    {"announcement", QT_TRANSLATE_NOOP("ReleaseKind", "Announcement"), QT_TRANSLATE_NOOP("ReleaseKind", "announcements"), false},
    {"launch", QT_TRANSLATE_NOOP("ReleaseKind", "Launch"), QT_TRANSLATE_NOOP("ReleaseKind", "launches"), true},
    {"api", QT_TRANSLATE_NOOP("ReleaseKind", "API"), QT_TRANSLATE_NOOP("ReleaseKind", "API openings"), false},
    {"weights", QT_TRANSLATE_NOOP("ReleaseKind", "Weights"), QT_TRANSLATE_NOOP("ReleaseKind", "weights releases"), true},
    {"license-change", QT_TRANSLATE_NOOP("ReleaseKind", "License change"),
     QT_TRANSLATE_NOOP("ReleaseKind", "license changes"), true},
    {"retirement", QT_TRANSLATE_NOOP("ReleaseKind", "Retirement"), QT_TRANSLATE_NOOP("ReleaseKind", "retirements"), false},
}};

const KindInfo *find(QStringView id)
{
    for (const KindInfo &info : kindTable) {
        if (id == QLatin1StringView(info.id))
            return &info;
    }
    return nullptr;
}

} // namespace

namespace ReleaseKind {

QStringList ids()
{
    QStringList result;
    for (const KindInfo &info : kindTable)
        result.append(QString::fromLatin1(info.id));
    return result;
}

bool isKnown(QStringView id)
{
    return find(id) != nullptr;
}

bool isRelease(QStringView id)
{
    const KindInfo *info = find(id);
    return info && info->release;
}

QString name(QStringView id)
{
    const KindInfo *info = find(id);
    return info ? QCoreApplication::translate("ReleaseKind", info->name) : id.toString();
}

QString pluralName(QStringView id)
{
    const KindInfo *info = find(id);
    return info ? QCoreApplication::translate("ReleaseKind", info->plural) : id.toString();
}

} // namespace ReleaseKind
