#ifndef LICENSE_H
#define LICENSE_H

#include "Source.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

// The ten questions a user asks of a model license, in the order the detail pane shows them.
enum class LicenseTerm {
    CommercialUse,
    Modification,
    Redistribution,
    TrainOtherModels,
    UsageThresholds,
    AcceptableUse,
    Attribution,
    Revocation,
    PatentGrant,
    GeographicLimits,
};

enum class TermStatus { Allowed, Conditional, Forbidden, NotStated };

// What one license says on one term: a status, the rule in plain words, and the clause quoted
// from the license text with a link to it.
struct TermRuling {
    TermStatus status = TermStatus::NotStated;
    QString summary;
    QString quote;
    QString sourceUrl;
    bool unconfirmed = false;
};

struct License {
    static constexpr int termCount = 10;

    QString id;
    QString name;
    QString spdx; // empty when the license has no SPDX id
    bool osiApproved = false;
    QString url;
    QString summary;
    QString version;
    QString supersedes; // license id, or empty
    std::array<TermRuling, termCount> terms;
    QList<Source> sources;
    bool unconfirmed = false;
    QString note;

    const TermRuling &term(LicenseTerm t) const { return terms[static_cast<size_t>(t)]; }
    TermRuling &term(LicenseTerm t) { return terms[static_cast<size_t>(t)]; }
};

namespace LicenseTerms {

QList<LicenseTerm> all();
QString key(LicenseTerm term); // the JSON key, e.g. "commercial_use"
QString question(LicenseTerm term); // translated, e.g. "Commercial use"

QString statusKey(TermStatus status); // "allowed", "conditional", ...
std::optional<TermStatus> statusFromKey(QStringView key);
QString statusName(TermStatus status); // translated

} // namespace LicenseTerms

#endif // LICENSE_H
