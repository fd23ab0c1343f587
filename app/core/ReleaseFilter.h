#ifndef RELEASEFILTER_H
#define RELEASEFILTER_H

#include "Dataset.h"
#include "OpennessLevel.h"

#include <QSet>
#include <QString>

#include <bitset>

// Which releases are shown: by openness level, by organization and by free text. One value type
// used by the window's filter proxy and by the command line, so both filter the same way.
// An empty organization set means "all organizations".
class ReleaseFilter
{
public:
    ReleaseFilter();

    bool isLevelEnabled(OpennessLevel level) const { return m_levels.test(static_cast<size_t>(level)); }
    void setLevelEnabled(OpennessLevel level, bool enabled);
    void setLevels(const QList<OpennessLevel> &levels); // exactly these
    QList<OpennessLevel> levels() const;

    const QSet<QString> &organizations() const { return m_organizations; }
    void setOrganizations(const QSet<QString> &organizationIds);
    bool isOrganizationEnabled(const QString &organizationId) const;

    const QString &text() const { return m_text; }
    void setText(const QString &text);

    bool isActive() const; // anything filtered out at all?
    bool accepts(const Dataset &dataset, const Release &release) const;

    bool operator==(const ReleaseFilter &other) const = default;

private:
    std::bitset<Openness::levelCount> m_levels;
    QSet<QString> m_organizations;
    QString m_text;
};

#endif // RELEASEFILTER_H
