#ifndef TESTDATASET_H
#define TESTDATASET_H

#include "Dataset.h"

#include <memory>

// A small dataset built in code, so tests of the views do not depend on the bundled data:
// two organizations, an Apache-2.0 and a custom license, and six release events across the
// levels: five releases (launches and weights) and one announcement.
namespace TestDataset {

inline Source source(const QString &url)
{
    return Source{url, QStringLiteral("Source"), true, {}};
}

inline DatasetPtr make()
{
    Organization lab;
    lab.id = QStringLiteral("lab");
    lab.name = QStringLiteral("Lab One");
    CorporateStage early;
    early.name = QStringLiteral("Challenger");
    early.start = QDate(2023, 1, 1);
    early.end = QDate(2024, 12, 31);
    early.business = QStringLiteral("Catching up.");
    early.openness = QStringLiteral("Openness wins attention.");
    early.pressure = OpennessPressure::TowardOpen;
    early.sources = {source(QStringLiteral("https://example.org/stage"))};
    CorporateStage late = early;
    late.name = QStringLiteral("Incumbent");
    late.start = QDate(2025, 1, 1);
    late.end = QDate();
    late.pressure = OpennessPressure::TowardClosed;
    lab.stages = {early, late};

    Organization other;
    other.id = QStringLiteral("other");
    other.name = QStringLiteral("Other Lab");

    License apache;
    apache.id = QStringLiteral("apache-2.0");
    apache.name = QStringLiteral("Apache License 2.0");
    apache.spdx = QStringLiteral("Apache-2.0");
    apache.osiApproved = true;
    apache.url = QStringLiteral("https://www.apache.org/licenses/LICENSE-2.0");
    apache.summary = QStringLiteral("Permissive.");
    for (LicenseTerm term : LicenseTerms::all())
        apache.term(term) = TermRuling{TermStatus::Allowed, QStringLiteral("Yes."), QStringLiteral("Quoted."),
                                       apache.url, false};
    apache.sources = {source(apache.url)};

    License custom = apache;
    custom.id = QStringLiteral("custom");
    custom.name = QStringLiteral("Custom Community License");
    custom.spdx.clear();
    custom.osiApproved = false;
    custom.url = QStringLiteral("https://example.org/custom");
    custom.term(LicenseTerm::TrainOtherModels) =
        TermRuling{TermStatus::Forbidden, QStringLiteral("No."), QStringLiteral("You may not train."), custom.url, false};

    // Member by member, so that a member added to Model needs no change here.
    auto makeModel = [](const char *id, const QString &organization, const char *name) {
        Model m;
        m.id = QString::fromLatin1(id);
        m.organizationId = organization;
        m.name = QString::fromLatin1(name);
        return m;
    };
    const QList<Model> models = {makeModel("alpha", lab.id, "Alpha"), makeModel("beta", lab.id, "Beta"),
                                 makeModel("gamma", other.id, "Gamma")};

    auto release = [](const char *id, const char *model, QDate date, OpennessLevel level, const char *license,
                      const char *kind) {
        Release r;
        r.id = QString::fromLatin1(id);
        r.modelId = QString::fromLatin1(model);
        r.date = date;
        r.kind = QString::fromLatin1(kind);
        r.title = QStringLiteral("%1 event").arg(r.id);
        r.summary = QStringLiteral("Summary of %1.").arg(r.id);
        r.level = level;
        r.licenseId = QString::fromLatin1(license);
        r.sources = {source(QStringLiteral("https://example.org/%1").arg(r.id))};
        return r;
    };
    const QList<Release> releases = {
        release("alpha-launch", "alpha", QDate(2023, 11, 3), OpennessLevel::Hosted, "", "launch"),
        release("alpha-weights", "alpha", QDate(2024, 3, 17), OpennessLevel::OpenWeights, "apache-2.0", "weights"),
        release("gamma-weights", "gamma", QDate(2024, 6, 1), OpennessLevel::WeightsNonCommercial, "custom", "weights"),
        release("beta-launch", "beta", QDate(2024, 8, 13), OpennessLevel::Hosted, "", "launch"),
        release("beta-weights", "beta", QDate(2025, 8, 23), OpennessLevel::WeightsRestricted, "custom", "weights"),
        release("gamma-open", "gamma", QDate(2025, 10, 1), OpennessLevel::OpenSourceAi, "apache-2.0", "announcement"),
    };
    return std::make_shared<const Dataset>(Dataset::Info{QStringLiteral("Test data"), {}, QDate(2026, 11, 28)},
                                           QList<Organization>{lab, other}, QList<License>{apache, custom}, models,
                                           releases);
}

} // namespace TestDataset

#endif // TESTDATASET_H
