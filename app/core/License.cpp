#include "License.h"

#include <QCoreApplication>

namespace {

struct TermInfo {
    LicenseTerm term;
    const char *key;
    const char *question;
};

const std::array<TermInfo, License::termCount> termTable = {{
    {LicenseTerm::CommercialUse, "commercial_use", QT_TRANSLATE_NOOP("LicenseTerms", "Commercial use")},
    {LicenseTerm::Modification, "modification", QT_TRANSLATE_NOOP("LicenseTerms", "Modification")},
    {LicenseTerm::Redistribution, "redistribution", QT_TRANSLATE_NOOP("LicenseTerms", "Redistribution")},
    {LicenseTerm::TrainOtherModels, "train_other_models",
     QT_TRANSLATE_NOOP("LicenseTerms", "Using outputs to train other models")},
    {LicenseTerm::UsageThresholds, "usage_thresholds",
     QT_TRANSLATE_NOOP("LicenseTerms", "User or revenue thresholds")},
    {LicenseTerm::AcceptableUse, "acceptable_use", QT_TRANSLATE_NOOP("LicenseTerms", "Acceptable-use policy")},
    {LicenseTerm::Attribution, "attribution", QT_TRANSLATE_NOOP("LicenseTerms", "Attribution")},
    {LicenseTerm::Revocation, "revocation",
     QT_TRANSLATE_NOOP("LicenseTerms", "Licensor may revoke or terminate")},
    {LicenseTerm::PatentGrant, "patent_grant", QT_TRANSLATE_NOOP("LicenseTerms", "Patent grant")},
    {LicenseTerm::GeographicLimits, "geographic_limits", QT_TRANSLATE_NOOP("LicenseTerms", "Geographic limits")},
}};

struct StatusInfo {
    TermStatus status;
    const char *key;
    const char *name;
};

const std::array<StatusInfo, 4> statusTable = {{
    {TermStatus::Allowed, "allowed", QT_TRANSLATE_NOOP("LicenseTerms", "Allowed")},
    {TermStatus::Conditional, "conditional", QT_TRANSLATE_NOOP("LicenseTerms", "Conditional")},
    {TermStatus::Forbidden, "forbidden", QT_TRANSLATE_NOOP("LicenseTerms", "Forbidden")},
    {TermStatus::NotStated, "not-stated", QT_TRANSLATE_NOOP("LicenseTerms", "Not stated")},
}};

} // namespace

namespace LicenseTerms {

QList<LicenseTerm> all()
{
    QList<LicenseTerm> terms;
    for (const TermInfo &entry : termTable)
        terms.append(entry.term);
    return terms;
}

QString key(LicenseTerm term)
{
    return QString::fromLatin1(termTable[static_cast<size_t>(term)].key);
}

QString question(LicenseTerm term)
{
    return QCoreApplication::translate("LicenseTerms", termTable[static_cast<size_t>(term)].question);
}

QString statusKey(TermStatus status)
{
    return QString::fromLatin1(statusTable[static_cast<size_t>(status)].key);
}

std::optional<TermStatus> statusFromKey(QStringView key)
{
    for (const StatusInfo &entry : statusTable) {
        if (key == QLatin1StringView(entry.key))
            return entry.status;
    }
    return std::nullopt;
}

QString statusName(TermStatus status)
{
    return QCoreApplication::translate("LicenseTerms", statusTable[static_cast<size_t>(status)].name);
}

} // namespace LicenseTerms
