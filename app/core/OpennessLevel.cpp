#include "OpennessLevel.h"

#include <QCoreApplication>

#include <array>

namespace {

struct LevelInfo {
    OpennessLevel level;
    const char *id;
    const char *name;
    const char *shortName;
    const char *meaning;
};

// One table, in index order, so ids, names and meanings cannot drift apart.
const std::array<LevelInfo, Openness::levelCount> levelTable = {{
    {OpennessLevel::Closed, "closed", QT_TRANSLATE_NOOP("Openness", "Closed"),
     QT_TRANSLATE_NOOP("Openness", "Closed"),
     QT_TRANSLATE_NOOP("Openness",
                       "Not generally available: internal, announced only, or an invite-only "
                       "preview. No self-service access and no weights.")},
    {OpennessLevel::Hosted, "hosted", QT_TRANSLATE_NOOP("Openness", "API or product only"),
     QT_TRANSLATE_NOOP("Openness", "API only"),
     QT_TRANSLATE_NOOP("Openness",
                       "Anyone, or any paying customer, can use it through the maker's app or API, "
                       "but the weights are not released: the maker decides who may use it, how, "
                       "and for how long.")},
    {OpennessLevel::WeightsNonCommercial, "weights-noncommercial",
     QT_TRANSLATE_NOOP("Openness", "Weights available, non-commercial"),
     QT_TRANSLATE_NOOP("Openness", "Non-commercial"),
     QT_TRANSLATE_NOOP("Openness",
                       "The weights can be downloaded (perhaps after registering), but the license "
                       "forbids commercial use or allows research only.")},
    {OpennessLevel::WeightsRestricted, "weights-restricted",
     QT_TRANSLATE_NOOP("Openness", "Weights available, restricted"),
     QT_TRANSLATE_NOOP("Openness", "Restricted"),
     QT_TRANSLATE_NOOP("Openness",
                       "The weights can be downloaded and commercial use is allowed, but under a "
                       "custom license that limits it: user or revenue caps, an acceptable-use "
                       "policy, bans on training other models, or a grant the licensor may revoke. "
                       "Source-available, not open source.")},
    {OpennessLevel::OpenWeights, "open-weights", QT_TRANSLATE_NOOP("Openness", "Open weights"),
     QT_TRANSLATE_NOOP("Openness", "Open weights"),
     QT_TRANSLATE_NOOP("Openness",
                       "The weights are under an OSI-approved license (such as Apache-2.0 or MIT) "
                       "with no use restrictions: an open-source license. But the training code or "
                       "the information about the training data is missing, so it is not Open "
                       "Source AI under the OSI Open Source AI Definition 1.0.")},
    {OpennessLevel::OpenSourceAi, "open-source-ai", QT_TRANSLATE_NOOP("Openness", "Open source AI"),
     QT_TRANSLATE_NOOP("Openness", "Open source AI"),
     QT_TRANSLATE_NOOP("Openness",
                       "Open weights plus the complete training code and enough information about "
                       "the training data to rebuild a substantially equivalent system, all under "
                       "open terms (OSI Open Source AI Definition 1.0).")},
    {OpennessLevel::Unknown, "unknown", QT_TRANSLATE_NOOP("Openness", "Level unknown"),
     QT_TRANSLATE_NOOP("Openness", "Unknown"),
     QT_TRANSLATE_NOOP("Openness",
                       "The catalogue this event was imported from does not say how open the model "
                       "is. Nothing is guessed: the event is neither counted as open nor as closed.")},
}};

const LevelInfo &info(OpennessLevel level)
{
    return levelTable[static_cast<size_t>(level)];
}

} // namespace

namespace Openness {

QList<OpennessLevel> allLevels()
{
    QList<OpennessLevel> levels;
    for (const LevelInfo &entry : levelTable)
        levels.append(entry.level);
    return levels;
}

QList<OpennessLevel> orderedLevels()
{
    QList<OpennessLevel> levels = allLevels();
    levels.removeAll(OpennessLevel::Unknown);
    return levels;
}

bool isOrdered(OpennessLevel level)
{
    return level != OpennessLevel::Unknown;
}

int rank(OpennessLevel level)
{
    return static_cast<int>(level);
}

QString id(OpennessLevel level)
{
    return QString::fromLatin1(info(level).id);
}

std::optional<OpennessLevel> fromId(QStringView id)
{
    for (const LevelInfo &entry : levelTable) {
        if (id == QLatin1StringView(entry.id))
            return entry.level;
    }
    return std::nullopt;
}

QStringList ids()
{
    QStringList result;
    for (const LevelInfo &entry : levelTable)
        result.append(QString::fromLatin1(entry.id));
    return result;
}

QString name(OpennessLevel level)
{
    return QCoreApplication::translate("Openness", info(level).name);
}

QString shortName(OpennessLevel level)
{
    return QCoreApplication::translate("Openness", info(level).shortName);
}

QString meaning(OpennessLevel level)
{
    return QCoreApplication::translate("Openness", info(level).meaning);
}

} // namespace Openness
