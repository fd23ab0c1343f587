#include "ReleaseFilter.h"

ReleaseFilter::ReleaseFilter()
{
    m_levels.set();
}

void ReleaseFilter::setLevelEnabled(OpennessLevel level, bool enabled)
{
    m_levels.set(static_cast<size_t>(level), enabled);
}

void ReleaseFilter::setLevels(const QList<OpennessLevel> &levels)
{
    m_levels.reset();
    for (OpennessLevel level : levels)
        setLevelEnabled(level, true);
}

QList<OpennessLevel> ReleaseFilter::levels() const
{
    QList<OpennessLevel> result;
    for (OpennessLevel level : Openness::allLevels()) {
        if (isLevelEnabled(level))
            result.append(level);
    }
    return result;
}

void ReleaseFilter::setOrganizations(const QSet<QString> &organizationIds)
{
    m_organizations = organizationIds;
}

void ReleaseFilter::clearOrganizations()
{
    m_organizations.reset();
}

bool ReleaseFilter::isOrganizationEnabled(const QString &organizationId) const
{
    return !m_organizations || m_organizations->contains(organizationId);
}

void ReleaseFilter::setText(const QString &text)
{
    m_text = text.trimmed();
}

void ReleaseFilter::setKinds(const QSet<QString> &kindIds)
{
    m_kinds = kindIds;
}

void ReleaseFilter::clearKinds()
{
    m_kinds.reset();
}

bool ReleaseFilter::isKindEnabled(const QString &kindId) const
{
    return !m_kinds || m_kinds->contains(kindId);
}

bool ReleaseFilter::accepts(const Dataset &dataset, const Release &release) const
{
    if (!isLevelEnabled(release.level) || !isKindEnabled(release.kind))
        return false;
    if (!m_organizations && m_text.isEmpty())
        return true; // no need to look the model up
    const Model *model = dataset.modelOf(release);
    if (m_organizations && (!model || !m_organizations->contains(model->organizationId)))
        return false;
    if (m_text.isEmpty())
        return true;

    // Free text matches what a user sees of the event: its title, model, organization and
    // license names, and the level's name, case-insensitively.
    auto matches = [this](const QString &field) { return field.contains(m_text, Qt::CaseInsensitive); };
    if (matches(release.title) || matches(release.id) || matches(Openness::name(release.level)))
        return true;
    if (model && (matches(model->name) || matches(model->family)))
        return true;
    if (const Organization *organization = dataset.organizationOf(release); organization && matches(organization->name))
        return true;
    if (const License *license = dataset.licenseOf(release); license && (matches(license->name) || matches(license->spdx)))
        return true;
    return false;
}
