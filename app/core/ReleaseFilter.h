#ifndef RELEASEFILTER_H
#define RELEASEFILTER_H

#include "Dataset.h"
#include "OpennessLevel.h"

#include <QSet>
#include <QString>

#include <bitset>
#include <optional>

// Which releases are shown: by openness level, by organization, by event kind and by free text.
// One value type used by the window's filter proxy and by the command line, so both filter the
// same way. Without an organization (or kind) set every organization (kind) is shown; with one,
// only those in it (so an empty set shows nothing).
class ReleaseFilter
{
public:
    ReleaseFilter();

    bool isLevelEnabled(OpennessLevel level) const { return m_levels.test(static_cast<size_t>(level)); }
    void setLevelEnabled(OpennessLevel level, bool enabled);
    void setLevels(const QList<OpennessLevel> &levels); // exactly these
    QList<OpennessLevel> levels() const;

    bool hasOrganizationFilter() const { return m_organizations.has_value(); }
    QSet<QString> organizations() const { return m_organizations.value_or(QSet<QString>()); }
    void setOrganizations(const QSet<QString> &organizationIds);
    void clearOrganizations(); // all organizations again
    bool isOrganizationEnabled(const QString &organizationId) const;

    bool hasKindFilter() const { return m_kinds.has_value(); }
    QSet<QString> kinds() const { return m_kinds.value_or(QSet<QString>()); }
    void setKinds(const QSet<QString> &kindIds); // ids as in Release::kind
    void clearKinds(); // all kinds again
    bool isKindEnabled(const QString &kindId) const;

    const QString &text() const { return m_text; }
    void setText(const QString &text);

    bool accepts(const Dataset &dataset, const Release &release) const;

    bool operator==(const ReleaseFilter &other) const = default;

private:
    std::bitset<Openness::levelCount> m_levels;
    std::optional<QSet<QString>> m_organizations;
    std::optional<QSet<QString>> m_kinds;
    QString m_text;
};

#endif // RELEASEFILTER_H
