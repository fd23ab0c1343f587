#include "DatasetLoader.h"
#include "DatasetValidator.h"
#include "SyntheticDataset.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The loader as a dataset author meets it: a valid file becomes a Dataset; a broken one yields
// every problem, each at the line, column and JSON path an editor would jump to.
class TestDatasetLoader : public QObject
{
    Q_OBJECT

private slots:
    void loadsValidDataset();
    void reportsRuleViolation_data();
    void reportsRuleViolation();
    void reportsEveryProblemInOneRun();
    void locatesSyntaxError_data();
    void locatesSyntaxError();
    void acceptsByteOrderMark();
    void locatesInvalidUtf8();
    void refusesDeepNestingWithoutCrashing();
    void refusesFileOverSizeLimit();
    void reportsUnreadableFile();
    void bundledDatasetIsCompiledIn();
    void readsFormatAdditions();
    void stageEndIsExclusive();
    void warnsAboutWeakSourceUrls();
    void acceptsSpdxExpressions_data();
    void acceptsSpdxExpressions();
    void capsProblemsAndSummarizesTheRest();
    void stopsEarlyOnEndlessProblems();
    void refusesHugeItemWithoutBuildingIt();
    void escapesUserTextInMessages();
    void keepsPercentSignsInMessages();
    void locatesAcrossLineEndings_data();
    void locatesAcrossLineEndings();
    void namesUtf16AndUtf32_data();
    void namesUtf16AndUtf32();
    void locatesNumberOverflowAtItsStart();
    void refusesSpecialFilesWithoutBlocking();
    void refusesEmptyPath();
    void syntheticDatasetsAreValidAndReproducible();
    void droppedReleaseTextsAreStillChecked();
    void benchmarkLargeDataset();

private:
    static QString fixture(const QString &name) { return QStringLiteral(OPENNESS_TEST_DATA_DIR "/loader/") + name; }
    static QByteArray readFixture(const QString &name);
    static QString describe(const Problems &problems);
};

QByteArray TestDatasetLoader::readFixture(const QString &name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QString TestDatasetLoader::describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.toString());
    return lines.join(u'\n');
}

// A command without a window loads without the releases' summaries and notes, which no command
// shows; it must still check them as the window's loading does.
void TestDatasetLoader::droppedReleaseTextsAreStillChecked()
{
    using Texts = DatasetValidator::ReleaseTexts;
    const DatasetLoader::Result kept = DatasetLoader::fromFile(fixture(u"valid.json"_s));
    const DatasetLoader::Result dropped
        = DatasetLoader::fromFile(fixture(u"valid.json"_s), DatasetLoader::defaultMaxProblems, Texts::Dropped);
    QVERIFY(kept.ok());
    QVERIFY(dropped.ok());
    const int index = kept.dataset->releaseIndex(u"grok-1-weights"_s);
    QVERIFY(index >= 0);
    const Release &withTexts = kept.dataset->releases().at(index);
    QCOMPARE(withTexts.summary.toString(), u"Base model weights, no training code."_s);
    QCOMPARE(withTexts.levelNote.toString(), u"No training code or data information."_s);
    QCOMPARE(dropped.dataset->releaseIndex(u"grok-1-weights"_s), index);
    const Release &withoutTexts = dropped.dataset->releases().at(index);
    QVERIFY(withoutTexts.summary.isEmpty());
    QVERIFY(withoutTexts.levelNote.isEmpty());
    QCOMPARE(withoutTexts.title, withTexts.title);
    QCOMPARE(withoutTexts.sources.size(), withTexts.sources.size());

    // A blank summary and a note of the wrong type are found either way, at the same places.
    QByteArray text = readFixture(u"valid.json"_s);
    text.replace("\"summary\": \"Base model weights, no training code.\"", "\"summary\": \"   \"");
    text.replace("\"level_note\": \"No training code or data information.\"", "\"level_note\": 7");
    const DatasetLoader::Result brokenKept = DatasetLoader::fromJson(text, u"t.json"_s);
    const DatasetLoader::Result brokenDropped
        = DatasetLoader::fromJson(text, u"t.json"_s, DatasetLoader::defaultMaxProblems, Texts::Dropped);
    QCOMPARE(brokenKept.problems.size(), 2);
    QCOMPARE(describe(brokenDropped.problems), describe(brokenKept.problems));
    QCOMPARE(brokenDropped.failure, DatasetLoader::Failure::Rules);
}

void TestDatasetLoader::loadsValidDataset()
{
    const DatasetLoader::Result result = DatasetLoader::fromFile(fixture(u"valid.json"_s));
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.failure, DatasetLoader::Failure::None);
    const Dataset &dataset = *result.dataset;

    QCOMPARE(dataset.info().title, u"Loader test dataset"_s);
    QCOMPARE(dataset.info().updated, QDate(2025, 11, 30));
    QCOMPARE(dataset.info().description, u"Two labs, two licenses, three models, four release events."_s);
    QCOMPARE(dataset.organizations().size(), 2);
    QCOMPARE(dataset.licenses().size(), 2);
    QCOMPARE(dataset.models().size(), 3);
    QCOMPARE(dataset.releases().size(), 4);
    // A release's model and organization, for the dataset's own releases (from indexes) and for
    // a copy (looked up by id) alike.
    for (const Release &release : dataset.releases()) {
        const Model *model = dataset.model(release.modelId);
        QVERIFY(model);
        QCOMPARE(dataset.modelOf(release), model);
        QCOMPARE(dataset.organizationOf(release), dataset.organization(model->organizationId));
        const Release copy = release;
        QCOMPARE(dataset.modelOf(copy), model);
        QCOMPARE(dataset.organizationOf(copy), dataset.organization(model->organizationId));
    }
    QCOMPARE(dataset.organizationOf(dataset.releases().at(0))->id, u"mistral"_s); // Mistral 7B, 2023

    const Organization *xai = dataset.organization(u"xai"_s);
    QVERIFY(xai);
    QCOMPARE(xai->name, u"xAI"_s);
    QCOMPARE(xai->country, u"US"_s);
    QCOMPARE(xai->stages.size(), 2);
    QCOMPARE(xai->stages.at(0).name, u"Challenger"_s);
    QCOMPARE(xai->stages.at(0).end, QDate(2025, 3, 27));
    QCOMPARE(xai->stages.at(0).pressure, OpennessPressure::TowardOpen);
    QCOMPARE(xai->stages.at(1).pressure, OpennessPressure::TowardClosed);
    QVERIFY(!xai->stages.at(1).end.isValid()); // ongoing
    QVERIFY(xai->stages.at(1).unconfirmed);
    QCOMPARE(xai->stages.at(1).note, u"Date from press reports."_s);
    QCOMPARE(xai->stages.at(1).sources.size(), 1);
    QVERIFY(!xai->stages.at(1).sources.at(0).primary);
    QCOMPARE(xai->stages.at(1).sources.at(0).accessed, QDate(2025, 4, 1));
    QCOMPARE(xai->events.size(), 1);
    QCOMPARE(xai->events.at(0).kind, u"founding"_s);
    QCOMPARE(dataset.stageAt(u"xai"_s, QDate(2024, 3, 17))->name, u"Challenger"_s);
    QVERIFY(dataset.organization(u"mistral"_s)->stages.isEmpty());

    const License *apache = dataset.license(u"apache-2.0"_s);
    QVERIFY(apache);
    QCOMPARE(apache->spdx, u"Apache-2.0"_s);
    QVERIFY(apache->osiApproved);
    QCOMPARE(apache->term(LicenseTerm::Redistribution).status, TermStatus::Conditional);
    QCOMPARE(apache->term(LicenseTerm::TrainOtherModels).status, TermStatus::NotStated);
    QVERIFY(apache->term(LicenseTerm::TrainOtherModels).unconfirmed);
    const License *grok2 = dataset.license(u"grok-2-community"_s);
    QVERIFY(grok2);
    QVERIFY(grok2->spdx.isEmpty()); // null in the file
    QVERIFY(!grok2->osiApproved);
    QCOMPARE(grok2->version, u"v2"_s);
    QCOMPARE(grok2->supersedes, u"apache-2.0"_s);
    QCOMPARE(grok2->note, u"Reworded later."_s);
    const TermRuling &training = grok2->term(LicenseTerm::TrainOtherModels);
    QCOMPARE(training.status, TermStatus::Forbidden);
    QCOMPARE(training.summary, u"No."_s);
    QCOMPARE(training.quote, u"not to train"_s);
    QCOMPARE(training.sourceUrl, u"https://huggingface.co/xai-org/grok-2/blob/main/LICENSE"_s);
    QCOMPARE(grok2->term(LicenseTerm::Revocation).status, TermStatus::Allowed);

    const Model *grok1 = dataset.model(u"grok-1"_s);
    QVERIFY(grok1);
    QCOMPARE(grok1->organizationId, u"xai"_s);
    QCOMPARE(grok1->family, u"Grok"_s);
    QCOMPARE(grok1->parameters, u"314B MoE"_s);
    QCOMPARE(dataset.model(u"mistral-7b"_s)->description, u"A small model."_s);

    // Chronological order, whatever the order in the file.
    QCOMPARE(dataset.releases().at(0).id, u"mistral-7b-weights"_s);
    QCOMPARE(dataset.releases().at(3).id, u"grok-2-weights"_s);
    const Release &launch = dataset.releases().at(dataset.releaseIndex(u"grok-2-launch"_s));
    QCOMPARE(launch.date, QDate(2024, 8, 1)); // "August 2024"
    QCOMPARE(launch.precision, DatePrecision::Month);
    QCOMPARE(launch.kind, u"launch"_s);
    QCOMPARE(launch.level, OpennessLevel::Hosted);
    QVERIFY(launch.licenseId.isEmpty()); // "license": null
    QCOMPARE(dataset.licenseOf(launch), nullptr);
    const Release &weights = dataset.releases().at(dataset.releaseIndex(u"grok-2-weights"_s));
    QCOMPARE(weights.level, OpennessLevel::WeightsRestricted);
    QCOMPARE(weights.precision, DatePrecision::Day);
    QCOMPARE(dataset.licenseOf(weights), grok2);
    QVERIFY(weights.unconfirmed);
    QCOMPARE(weights.sources.at(0).url, u"https://huggingface.co/xai-org/grok-2"_s);
    QVERIFY(weights.sources.at(0).primary);
    const Release &grok1Weights = dataset.releases().at(dataset.releaseIndex(u"grok-1-weights"_s));
    QCOMPARE(grok1Weights.level, OpennessLevel::OpenWeights);
    QCOMPARE(grok1Weights.levelNote, u"No training code or data information."_s);
}

void TestDatasetLoader::reportsRuleViolation_data()
{
    // Each row breaks one rule of data/FORMAT.md in valid.json by replacing `original` (which
    // must occur exactly once) with `replacement`; an empty `original` means the replacement is
    // the whole text. The expected problem is the one at `path`; `count` is how many there are.
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("count");

    QTest::newRow("unknown level")
        << u"\"level\": \"hosted\""_s << u"\"level\": \"opne-weights\""_s << 125 << 16 << u"$.releases[1].level"_s
        << u"unknown openness level \"opne-weights\"; expected one of closed, hosted, weights-noncommercial, "
           "weights-restricted, open-weights, open-source-ai"_s
        << 1;
    QTest::newRow("impossible date") << u"\"date\": \"2025-08-23\""_s << u"\"date\": \"2025-02-30\""_s << 132 << 15
                                     << u"$.releases[2].date"_s << u"\"2025-02-30\" is not a date that exists"_s << 1;
    QTest::newRow("non-ISO date") << u"\"updated\": \"2025-11-30\""_s << u"\"updated\": \"30/11/2025\""_s << 4 << 14
                                  << u"$.updated"_s << u"\"30/11/2025\" is not a date in the form YYYY-MM-DD"_s << 1;
    QTest::newRow("wrong type") << u"\"osi_approved\": true"_s << u"\"osi_approved\": \"yes\""_s << 56 << 23
                                << u"$.licenses[0].osi_approved"_s
                                << u"wrong type: found a string, expected true or false"_s << 1;
    QTest::newRow("string or null") << u"\"spdx\": null"_s << u"\"spdx\": 0"_s << 76 << 15 << u"$.licenses[1].spdx"_s
                                    << u"found a number, expected a string or null"_s << 1;
    QTest::newRow("missing field") << u"\n      \"title\": \"Grok 2 launched\","_s << QString() << 117 << 5
                                   << u"$.releases[1]"_s << u"missing required key \"title\""_s << 1;
    QTest::newRow("missing top-level field") << u"\n  \"title\": \"Loader test dataset\","_s << QString() << 1 << 1
                                             << u"$"_s << u"missing required key \"title\""_s << 1;
    QTest::newRow("empty text") << u"\"name\": \"Mistral AI\""_s << u"\"name\": \" \""_s << 47 << 15
                                << u"$.organizations[1].name"_s << u"\"name\" is empty"_s << 1;
    QTest::newRow("unknown key") << u"\"level_note\":"_s << u"\"levelnote\":"_s << 113 << 7
                                 << u"$.releases[0].levelnote"_s << u"unknown key \"levelnote\"; expected one of id, "_s
                                 << 1;
    QTest::newRow("unknown term key")
        << u"\"usage_thresholds\": { \"status\": \"not-stated\", \"summary\": \"None.\" }"_s
        << u"\"usage_threshold\": { \"status\": \"not-stated\", \"summary\": \"None.\" }"_s << 64 << 9
        << u"$.licenses[0].terms.usage_threshold"_s << u"unknown key \"usage_threshold\""_s << 2;
    QTest::newRow("missing term")
        << u"\"usage_thresholds\": { \"status\": \"not-stated\", \"summary\": \"None.\" }"_s
        << u"\"usage_threshold\": { \"status\": \"not-stated\", \"summary\": \"None.\" }"_s << 59 << 16
        << u"$.licenses[0].terms"_s << u"missing required key \"usage_thresholds\""_s << 2;
    QTest::newRow("duplicate key") << u"\"country\": \"US\","_s << u"\"country\": \"US\", \"name\": \"xAI 2\","_s << 10
                                   << 24 << u"$.organizations[0].name"_s << u"duplicate key \"name\""_s << 1;
    QTest::newRow("unknown term status") << u"\"status\": \"forbidden\""_s << u"\"status\": \"banned\""_s << 86 << 43
                                         << u"$.licenses[1].terms.train_other_models.status"_s
                                         << u"unknown term status \"banned\"; expected one of allowed, conditional, "
                                            "forbidden, not-stated"_s
                                         << 1;
    QTest::newRow("unknown pressure") << u"\"pressure\": \"toward-open\""_s << u"\"pressure\": \"towards-open\""_s
                                      << 18 << 23 << u"$.organizations[0].stages[0].pressure"_s
                                      << u"unknown stage pressure \"towards-open\"; expected one of toward-open, "
                                         "toward-closed, mixed"_s
                                      << 1;
    QTest::newRow("unknown event kind") << u"\"kind\": \"founding\""_s << u"\"kind\": \"founded\""_s << 40 << 19
                                        << u"$.organizations[0].events[0].kind"_s
                                        << u"unknown corporate event kind \"founded\"; expected one of founding, "_s
                                        << 1;
    QTest::newRow("unknown release kind") << u"\"kind\": \"launch\""_s << u"\"kind\": \"release\""_s << 122 << 15
                                          << u"$.releases[1].kind"_s
                                          << u"unknown release kind \"release\"; expected one of announcement, "_s
                                          << 1;
    QTest::newRow("unknown precision") << u"\"date_precision\": \"month\""_s << u"\"date_precision\": \"week\""_s
                                       << 121 << 25 << u"$.releases[1].date_precision"_s
                                       << u"unknown date precision \"week\"; expected one of day, month, year"_s << 1;
    QTest::newRow("unknown source kind")
        << u"\"kind\": \"secondary\", \"accessed\""_s << u"\"kind\": \"tertiary\", \"accessed\""_s << 30 << 79
        << u"$.organizations[0].stages[1].sources[0].kind"_s
        << u"unknown source kind \"tertiary\"; expected one of primary, secondary"_s << 1;
    QTest::newRow("duplicate release id") << u"\"id\": \"grok-2-weights\""_s << u"\"id\": \"grok-1-weights\""_s << 130
                                          << 13 << u"$.releases[2].id"_s
                                          << u"duplicate release id \"grok-1-weights\"; already used on line 106"_s
                                          << 1;
    QTest::newRow("invalid id") << u"\"id\": \"grok-1-weights\""_s << u"\"id\": \"Grok 1 weights\""_s << 106 << 13
                                << u"$.releases[0].id"_s << u"invalid id \"Grok 1 weights\"; expected only lower-case"_s
                                << 1;
    QTest::newRow("dangling model") << u"\"model\": \"grok-1\","_s << u"\"model\": \"grok-3\","_s << 107 << 16
                                    << u"$.releases[0].model"_s << u"unknown model \"grok-3\""_s << 1;
    QTest::newRow("dangling license") << u"\"license\": \"grok-2-community\""_s
                                      << u"\"license\": \"grok-2-community-license\""_s << 137 << 18
                                      << u"$.releases[2].license"_s << u"unknown license \"grok-2-community-license\""_s
                                      << 1;
    QTest::newRow("dangling organization") << u"\"organization\": \"mistral\""_s
                                           << u"\"organization\": \"mistral-ai\""_s
                                           << 102 << 43 << u"$.models[2].organization"_s
                                           << u"unknown organization \"mistral-ai\""_s << 1;
    QTest::newRow("dangling supersedes") << u"\"supersedes\": \"apache-2.0\""_s << u"\"supersedes\": \"apache-1.0\""_s
                                         << 81 << 21 << u"$.licenses[1].supersedes"_s
                                         << u"unknown license \"apache-1.0\""_s << 1;
    QTest::newRow("no sources")
        << u"\"sources\": [ { \"url\": \"https://mistral.ai/news/announcing-mistral-7b\", \"title\": \"Mistral 7B\", "
           "\"kind\": \"secondary\" } ]"_s
        << u"\"sources\": []"_s << 151 << 18 << u"$.releases[3].sources"_s
        << u"no sources; expected at least one source"_s << 1;
    QTest::newRow("missing sources")
        << u"\"pressure\": \"toward-open\",\n          \"sources\": [\n            { \"url\": "
           "\"https://x.ai/blog/grok-os\", \"title\": \"Open Release of Grok-1\", \"kind\": \"primary\" }"
           "\n          ]"_s
        << u"\"pressure\": \"toward-open\""_s << 12 << 9 << u"$.organizations[0].stages[0]"_s
        << u"missing required key \"sources\""_s << 1;
    QTest::newRow("missing quote") << u"\"quote\": \"not to train\", "_s << QString() << 86 << 31
                                   << u"$.licenses[1].terms.train_other_models"_s << u"missing required key \"quote\""_s
                                   << 1;
    QTest::newRow("missing term source")
        << u"\"quote\": \"Derivative Works\", \"source\": \"https://www.apache.org/licenses/LICENSE-2.0\""_s
        << u"\"quote\": \"Derivative Works\""_s << 61 << 25 << u"$.licenses[0].terms.modification"_s
        << u"missing required key \"source\""_s << 1;
    QTest::newRow("ftp URL") << u"\"url\": \"https://x.ai/company\", \"title\": \"xAI\""_s
                             << u"\"url\": \"ftp://x.ai/\", \"title\": \"xAI\""_s << 41 << 33
                             << u"$.organizations[0].events[0].sources[0].url"_s
                             << u"\"ftp://x.ai/\" is not an http or https URL"_s << 1;
    QTest::newRow("URL without host") << u"\"url\": \"https://example.com/merger\""_s
                                      << u"\"url\": \"http:example.com\""_s
                                      << 30 << 22 << u"$.organizations[0].stages[1].sources[0].url"_s
                                      << u"\"http:example.com\" is not an http or https URL"_s << 1;
    QTest::newRow("stage ends before it starts") << u"\"end\": \"2025-03-27\""_s << u"\"end\": \"2023-01-01\""_s << 15
                                                 << 18 << u"$.organizations[0].stages[0].end"_s
                                                 << u"the stage ends on 2023-01-01, before it starts on 2023-07-12"_s
                                                 << 1;
    QTest::newRow("overlapping stages")
        << u"\"start\": \"2025-03-28\""_s << u"\"start\": \"2025-03-26\""_s << 25 << 20
        << u"$.organizations[0].stages[1].start"_s
        << u"stage \"Owner of X\" starts on 2025-03-26, inside stage \"Challenger\" (2023-07-12 until 2025-03-27)"_s
        << 1;
    // The format additions: exclusive stage ends, date precision and date_latest, strict values.
    QTest::newRow("stage ends the day it starts")
        << u"\"end\": \"2025-03-27\""_s << u"\"end\": \"2023-07-12\""_s << 15 << 18
        << u"$.organizations[0].stages[0].end"_s << u"the stage ends on 2023-07-12, the day it starts"_s << 1;
    QTest::newRow("date_latest before date")
        << u"\"date_precision\": \"month\""_s << u"\"date_precision\": \"month\", \"date_latest\": \"2024-01-01\""_s
        << 121 << 49 << u"$.releases[1].date_latest"_s
        << u"date_latest \"2024-01-01\" is before date \"2024-08-01\""_s << 1;
    QTest::newRow("month precision not on the first day")
        << u"\"date\": \"2024-08-01\""_s << u"\"date\": \"2024-08-13\""_s << 120 << 15 << u"$.releases[1].date"_s
        << u"\"2024-08-13\" has date_precision \"month\", so it must be the first day of its month: expected "
           "\"2024-08-01\""_s
        << 1;
    QTest::newRow("negative year") << u"\"date\": \"2025-08-23\""_s << u"\"date\": \"-001-01-01\""_s << 132 << 15
                                   << u"$.releases[2].date"_s << u"\"-001-01-01\" is not a date in the form YYYY-MM-DD"_s
                                   << 1;
    QTest::newRow("year out of range") << u"\"date\": \"2025-08-23\""_s << u"\"date\": \"1899-12-31\""_s << 132
                                       << 15 << u"$.releases[2].date"_s
                                       << u"\"1899-12-31\" is outside the years 1900 to 2100"_s << 1;
    QTest::newRow("empty SPDX id") << u"\"spdx\": \"Apache-2.0\""_s << u"\"spdx\": \"\""_s << 55 << 15
                                   << u"$.licenses[0].spdx"_s << u"\"\" is not an SPDX license id or expression"_s << 1;
    QTest::newRow("SPDX with a space") << u"\"spdx\": \"Apache-2.0\""_s << u"\"spdx\": \"Apache 2.0\""_s << 55 << 15
                                       << u"$.licenses[0].spdx"_s << u"\"Apache 2.0\" is not an SPDX license id"_s << 1;
    QTest::newRow("wrong format") << u"\"format\": \"openness-timeline/1\""_s
                                  << u"\"format\": \"openness-timeline/2\""_s
                                  << 2 << 13 << u"$.format"_s
                                  << u"unsupported format \"openness-timeline/2\"; expected \"openness-timeline/1\""_s
                                  << 1;
    QTest::newRow("$schema not a string") << u"\"$schema\": \"../../../data/openness-timeline.schema.json\""_s
                                          << u"\"$schema\": true"_s << 154 << 14 << u"$[\"$schema\"]"_s
                                          << u"found a boolean, expected a string"_s << 1;
    QTest::newRow("not an object") << QString() << u"\n  [ ]"_s << 2 << 3 << u"$"_s
                                   << u"found an array, expected a dataset"_s << 1;
}

void TestDatasetLoader::reportsRuleViolation()
{
    QFETCH(QString, original);
    QFETCH(QString, replacement);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(int, count);

    QString text = replacement;
    if (!original.isEmpty()) {
        text = QString::fromUtf8(readFixture(u"valid.json"_s));
        QCOMPARE(text.count(original), 1);
        text.replace(original, replacement);
    }
    const DatasetLoader::Result result = DatasetLoader::fromJson(text.toUtf8(), u"broken.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.failure, DatasetLoader::Failure::Rules);
    QVERIFY2(result.problems.size() == count, qPrintable(describe(result.problems)));

    const auto problem = std::find_if(result.problems.cbegin(), result.problems.cend(),
                                      [&](const Problem &p) { return p.path == path; });
    QVERIFY2(problem != result.problems.cend(), qPrintable(describe(result.problems)));
    QCOMPARE(problem->file, u"broken.json"_s);
    QCOMPARE(problem->line, line);
    QCOMPARE(problem->column, column);
    QVERIFY2(problem->message.contains(message), qPrintable(problem->message));
}

void TestDatasetLoader::reportsEveryProblemInOneRun()
{
    // Six different rules broken in one file: all six come back, in the order of the text.
    const QString path = fixture(u"several-problems.json"_s);
    const DatasetLoader::Result result = DatasetLoader::fromFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.failure, DatasetLoader::Failure::Rules);
    QVERIFY2(result.problems.size() == 6, qPrintable(describe(result.problems)));

    const QList<std::pair<int, QString>> expected = {
        {15, u"$.organizations[0].stages[0].end"_s}, {56, u"$.licenses[0].osi_approved"_s},
        {107, u"$.releases[0].model"_s},             {113, u"$.releases[0].levelnote"_s},
        {125, u"$.releases[1].level"_s},             {132, u"$.releases[2].date"_s},
    };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(result.problems.at(i).file, path);
        QCOMPARE(result.problems.at(i).line, expected.at(i).first);
        QCOMPARE(result.problems.at(i).path, expected.at(i).second);
    }
    QCOMPARE(result.problems.at(0).toString(),
             path + u":15:18: the stage ends on 2023-01-01, before it starts on 2023-07-12; expected an end "
                    "after the start (at $.organizations[0].stages[0].end)"_s);
}

void TestDatasetLoader::locatesSyntaxError_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("trailing comma") << QByteArray(R"({"a": [1, 2,]})") << 1 << 13 << u"unexpected ']'"_s;
    QTest::newRow("missing comma") << QByteArray("{\n  \"format\": \"x\"\n  \"title\": 1\n}") << 3 << 3
                                   << u"unexpected string literal; expected '}'"_s;
    QTest::newRow("missing comma after number") << QByteArray("{\"x\":\n  12 13}") << 2 << 6
                                                << u"unexpected number literal"_s;
    QTest::newRow("truncated") << QByteArray("[\n  1,\n  2\n") << 4 << 1 << u"unexpected end of input"_s;
    QTest::newRow("empty") << QByteArray() << 1 << 1 << u"unexpected end of input"_s;
    // Columns count characters: "é" is two bytes but one column.
    QTest::newRow("bad literal after non-ASCII") << QByteArray("{\"\xC3\xA9\": tru}") << 1 << 10
                                                 << u"invalid literal"_s;
    QTest::newRow("text after the value") << QByteArray("[1] x") << 1 << 5 << u"invalid literal"_s;
    // nlohmann's lexer alone would take a NUL byte for the end of the text.
    QTest::newRow("NUL after the value") << QByteArray("{}\0{}", 5) << 1 << 3 << u"NUL character"_s;
    QTest::newRow("NUL in an array") << QByteArray("[1,\n \0]", 8) << 2 << 2 << u"NUL character"_s;
    QTest::newRow("comment") << QByteArray("{\n  // no comments in JSON\n}") << 2 << 3 << u"invalid literal"_s;
}

void TestDatasetLoader::locatesSyntaxError()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const DatasetLoader::Result result = DatasetLoader::fromJson(text, u"syntax.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.failure, DatasetLoader::Failure::Syntax);
    QCOMPARE(result.problems.size(), 1);
    const Problem &problem = result.problems.first();
    QCOMPARE(problem.file, u"syntax.json"_s);
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.column, column);
    QVERIFY2(problem.message.startsWith(u"JSON syntax error: "_s), qPrintable(problem.message));
    QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
}

void TestDatasetLoader::acceptsByteOrderMark()
{
    const QByteArray bom("\xEF\xBB\xBF");
    const DatasetLoader::Result result = DatasetLoader::fromJson(bom + readFixture(u"valid.json"_s), u"bom.json"_s);
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    QCOMPARE(result.dataset->releases().size(), 4);

    // The mark is not a character an editor shows: it does not shift columns.
    const DatasetLoader::Result broken = DatasetLoader::fromJson(bom + QByteArray(R"({"format": 1})"), u"bom.json"_s);
    const auto format = std::find_if(broken.problems.cbegin(), broken.problems.cend(),
                                     [](const Problem &p) { return p.path == u"$.format"_s; });
    QVERIFY(format != broken.problems.cend());
    QCOMPARE(format->line, 1);
    QCOMPARE(format->column, 12);

    // One mark only: a second one is text, and no JSON value starts with it.
    const DatasetLoader::Result twice = DatasetLoader::fromJson(bom + bom + readFixture(u"valid.json"_s), u"bom.json"_s);
    QCOMPARE(twice.failure, DatasetLoader::Failure::Syntax);
    QVERIFY(!twice.problems.isEmpty());
    QVERIFY2(twice.problems.first().message.startsWith(u"JSON syntax error: "_s), qPrintable(twice.problems.first().message));
    QCOMPARE(twice.problems.first().line, 1);
    QCOMPARE(twice.problems.first().column, 1); // the first mark takes no column
}

void TestDatasetLoader::locatesInvalidUtf8()
{
    // "caf" followed by a lead byte without its continuation: the bad sequence starts on line 3,
    // column 23, and is reported there rather than where the lexer would notice it.
    QByteArray text = readFixture(u"valid.json"_s);
    const QByteArray title("\"title\": \"Loader test dataset\"");
    QVERIFY(text.contains(title));
    text.replace(title, "\"title\": \"Loader caf\xC3(\"");
    const DatasetLoader::Result result = DatasetLoader::fromJson(text, u"latin1.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.failure, DatasetLoader::Failure::Syntax);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 3);
    QCOMPARE(result.problems.first().column, 23);
    QVERIFY2(result.problems.first().message.contains(u"invalid UTF-8"_s), qPrintable(result.problems.first().message));

    // Also after multi-byte characters, counted as one column each.
    const DatasetLoader::Result late = DatasetLoader::fromJson("[\"\xC3\xA9\xE2\x82\xAC\", \"\xFF\"]", u"x.json"_s);
    QCOMPARE(late.problems.size(), 1);
    QCOMPARE(late.problems.first().line, 1);
    QCOMPARE(late.problems.first().column, 9);
}

void TestDatasetLoader::refusesDeepNestingWithoutCrashing()
{
    const DatasetLoader::Result result = DatasetLoader::fromJson(QByteArray(200000, '['), u"deep.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.failure, DatasetLoader::Failure::Syntax);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 1);
    QCOMPARE(result.problems.first().column, DatasetLoader::maxDepth + 1);
    QVERIFY2(result.problems.first().message.contains(u"nesting deeper than 64 levels"_s),
             qPrintable(result.problems.first().message));

    // Objects count too, and exactly maxDepth levels are fine as far as nesting goes.
    QByteArray objects;
    for (int i = 0; i < 100; ++i)
        objects += "{\"a\":";
    QVERIFY(DatasetLoader::fromJson(objects, u"deep.json"_s).problems.first().message.contains(u"nesting"_s));
    const QByteArray deepest = QByteArray(DatasetLoader::maxDepth, '[') + QByteArray(DatasetLoader::maxDepth, ']');
    QCOMPARE(DatasetLoader::fromJson(deepest, u"deep.json"_s).failure, DatasetLoader::Failure::Rules);
}

void TestDatasetLoader::refusesFileOverSizeLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(DatasetLoader::maxFileSize + 1)); // sparse: nothing is written
    file.close();
    QVERIFY(QFileInfo(path).size() > DatasetLoader::maxFileSize);

    const DatasetLoader::Result result = DatasetLoader::fromFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.failure, DatasetLoader::Failure::Unreadable);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 0);
    QCOMPARE(result.problems.first().file, path);
    QVERIFY2(result.problems.first().message.contains(u"the limit is 1024 MiB"_s),
             qPrintable(result.problems.first().message));
}

void TestDatasetLoader::reportsUnreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing.json"_s);
    const DatasetLoader::Result result = DatasetLoader::fromFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.failure, DatasetLoader::Failure::Unreadable);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 0);
    QCOMPARE(result.problems.first().file, path);
    QVERIFY2(result.problems.first().message.startsWith(u"cannot open: No such file"_s),
             qPrintable(result.problems.first().message));

    const DatasetLoader::Result folder = DatasetLoader::fromFile(dir.path());
    QCOMPARE(folder.failure, DatasetLoader::Failure::Unreadable);
    QCOMPARE(folder.problems.first().line, 0);
}

void TestDatasetLoader::bundledDatasetIsCompiledIn()
{
    // Its content is still being written; only that it is there and gets read is checked here.
    QCOMPARE(DatasetLoader::bundledPath(), u":/data/openness-timeline.json"_s);
    QVERIFY(QFile::exists(DatasetLoader::bundledPath()));
    const DatasetLoader::Result result = DatasetLoader::bundled();
    QVERIFY(result.failure != DatasetLoader::Failure::Unreadable);
}

// valid.json with `original` (which must occur once) replaced.
static QByteArray variantOf(const QByteArray &valid, const QByteArray &original, const QByteArray &replacement)
{
    QByteArray text = valid;
    if (text.count(original) != 1)
        qFatal("%s occurs %lld times", original.constData(), static_cast<long long>(text.count(original)));
    return text.replace(original, replacement);
}

void TestDatasetLoader::readsFormatAdditions()
{
    const QByteArray valid = readFixture(u"valid.json"_s);
    QByteArray text = variantOf(valid, R"("date_precision": "month")",
                                R"("date_precision": "month", "date_latest": "2024-09-15")");
    text = variantOf(text, R"("start": "2025-03-28")", R"("start": "2025-04-01", "date_precision": "month")");
    text = variantOf(text, R"("kind": "founding")", R"("kind": "founding", "date_precision": "year")");
    text = variantOf(text, R"("date": "2023-07-12")", R"("date": "2023-01-01")");
    const DatasetLoader::Result result = DatasetLoader::fromJson(text, u"additions.json"_s);
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    const Dataset &dataset = *result.dataset;
    const Release &launch = dataset.releases().at(dataset.releaseIndex(u"grok-2-launch"_s));
    QCOMPARE(launch.precision, DatePrecision::Month);
    QCOMPARE(launch.dateLatest, QDate(2024, 9, 15));
    const Organization *xai = dataset.organization(u"xai"_s);
    QCOMPARE(xai->stages.at(0).precision, DatePrecision::Day);
    QCOMPARE(xai->stages.at(1).precision, DatePrecision::Month);
    QCOMPARE(xai->events.at(0).precision, DatePrecision::Year);
    QCOMPARE(dataset.releases().at(dataset.releaseIndex(u"grok-1-weights"_s)).dateLatest, QDate());

    // A year date must be the first of January.
    const QByteArray badYear = variantOf(valid, R"("kind": "founding")", R"("kind": "founding", "date_precision": "year")");
    const DatasetLoader::Result bad = DatasetLoader::fromJson(badYear, u"bad.json"_s);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.problems.size(), 1);
    QCOMPARE(bad.problems.first().path, u"$.organizations[0].events[0].date"_s);
    QVERIFY2(bad.problems.first().message.contains(u"first day of its year: expected \"2023-01-01\""_s),
             qPrintable(bad.problems.first().message));
}

void TestDatasetLoader::stageEndIsExclusive()
{
    // The end is the first day the stage no longer holds: the next stage may start that day.
    const QByteArray text =
        variantOf(readFixture(u"valid.json"_s), R"("start": "2025-03-28")", R"("start": "2025-03-27")");
    const DatasetLoader::Result result = DatasetLoader::fromJson(text, u"stages.json"_s);
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    const Organization *xai = result.dataset->organization(u"xai"_s);
    const CorporateStage &first = xai->stages.at(0);
    QCOMPARE(first.end, QDate(2025, 3, 27));
    QVERIFY(first.contains(QDate(2025, 3, 26)));
    QVERIFY(!first.contains(QDate(2025, 3, 27)));
    QCOMPARE(result.dataset->stageAt(u"xai"_s, QDate(2025, 3, 27)), &xai->stages.at(1));
    QCOMPARE(result.dataset->stageAt(u"xai"_s, QDate(2025, 3, 26)), &xai->stages.at(0));
}

void TestDatasetLoader::warnsAboutWeakSourceUrls()
{
    QByteArray text = variantOf(readFixture(u"valid.json"_s), R"("url": "https://x.ai/company")",
                                R"("url": "https://x.ai/")");
    text = variantOf(text, R"("url": "https://example.com/merger")", R"("url": "http://example.com/merger")");
    const DatasetLoader::Result result = DatasetLoader::fromJson(text, u"weak.json"_s);
    QVERIFY2(result.ok(), qPrintable(describe(result.problems))); // warnings do not stop a dataset
    QCOMPARE(result.failure, DatasetLoader::Failure::None);
    QCOMPARE(result.problems.size(), 2);
    const Problem &http = result.problems.at(0);
    QVERIFY(http.isWarning());
    QCOMPARE(http.path, u"$.organizations[0].stages[1].sources[0].url"_s);
    QCOMPARE(http.line, 30);
    QCOMPARE(http.column, 22);
    QVERIFY2(http.toString().startsWith(u"weak.json:30:22: warning: \"http://example.com/merger\" is not an https URL"_s),
             qPrintable(http.toString()));
    const Problem &bare = result.problems.at(1);
    QVERIFY(bare.isWarning());
    QCOMPARE(bare.path, u"$.organizations[0].events[0].sources[0].url"_s);
    QVERIFY2(bare.message.contains(u"\"https://x.ai/\" is a bare domain"_s), qPrintable(bare.message));
}

void TestDatasetLoader::acceptsSpdxExpressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("id") << u"Apache-2.0"_s << true;
    QTest::newRow("or") << u"Apache-2.0 OR MIT"_s << true;
    QTest::newRow("with") << u"GPL-2.0-or-later WITH Classpath-exception-2.0"_s << true;
    QTest::newRow("parentheses") << u"(MIT AND BSD-3-Clause) OR Apache-2.0"_s << true;
    QTest::newRow("plus") << u"LGPL-2.1+"_s << true;
    QTest::newRow("license ref") << u"LicenseRef-llama3"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << u" "_s << false;
    QTest::newRow("space in id") << u"Apache 2.0"_s << false;
    QTest::newRow("dangling operator") << u"MIT OR"_s << false;
    QTest::newRow("unbalanced") << u"(MIT"_s << false;
    QTest::newRow("slash") << u"MIT/Apache"_s << false;
}

void TestDatasetLoader::acceptsSpdxExpressions()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(DatasetValidator::isSpdxExpression(text), valid);
}

void TestDatasetLoader::capsProblemsAndSummarizesTheRest()
{
    // 5,000 problems of one kind: the first 1,000 (by default) are kept, the rest counted.
    QByteArray text = R"({"releases": [)";
    for (int i = 0; i < 5000; ++i)
        text += i ? ",1" : "1";
    text += "]}";
    const DatasetLoader::Result result = DatasetLoader::fromJson(text, u"ones.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.failure, DatasetLoader::Failure::Rules);
    QCOMPARE(result.problems.size(), DatasetLoader::defaultMaxProblems);
    // Missing format, title, updated and three lists are found at the end, beyond the cap.
    QCOMPARE(result.omittedProblems, 5000 - DatasetLoader::defaultMaxProblems + 6);
    QVERIFY(!result.stoppedEarly);
    QCOMPARE(result.problems.first().path, u"$.releases[0]"_s);
    QCOMPARE(result.omittedSummary(),
             u"and 4006 more problems of these kinds: wrong type (4000), missing key (6)"_s);

    const DatasetLoader::Result three = DatasetLoader::fromJson(text, u"ones.json"_s, 3);
    QCOMPARE(three.problems.size(), 3);
    QCOMPARE(three.omittedProblems, 300); // a hundred times the cap: then checking stops
    QVERIFY(three.stoppedEarly);
}

void TestDatasetLoader::stopsEarlyOnEndlessProblems()
{
    // 16 MiB of empty releases would be millions of problems: checking stops once a hundred
    // times the cap have been counted, long before the end, in bounded memory.
    QByteArray text = R"({"releases": [{})";
    text.reserve(16 * 1024 * 1024);
    while (text.size() < 16 * 1024 * 1024)
        text += ",{}";
    text += "]}";
    QElapsedTimer timer;
    timer.start();
    const DatasetLoader::Result result = DatasetLoader::fromJson(text, u"empty-objects.json"_s, 10);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 10);
    QVERIFY(result.stoppedEarly);
    QCOMPARE(result.omittedProblems, 1000);
    QVERIFY2(result.omittedSummary().startsWith(u"and at least 1000 more problems of these kinds: missing key"_s),
             qPrintable(result.omittedSummary()));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestDatasetLoader::refusesHugeItemWithoutBuildingIt()
{
    QByteArray text = R"({"releases": [{"sources": [)";
    for (int i = 0; i < 150000; ++i)
        text += i ? ",1" : "1";
    text += "]}]}";
    const DatasetLoader::Result result = DatasetLoader::fromJson(text, u"huge-item.json"_s);
    QVERIFY(!result.ok());
    const auto tooLarge = std::find_if(result.problems.cbegin(), result.problems.cend(),
                                       [](const Problem &p) { return p.kind == Problem::Kind::TooLarge; });
    QVERIFY2(tooLarge != result.problems.cend(), qPrintable(describe(result.problems)));
    QCOMPARE(tooLarge->path, u"$.releases[0]"_s);
    QCOMPARE(tooLarge->column, 15);
}

void TestDatasetLoader::escapesUserTextInMessages()
{
    // A key may hold a newline and an escape sequence: printed raw, it could fake a problem line
    // or drive the terminal. Each problem stays one line, the text escaped as in JSON.
    const QByteArray text = R"({"format": "openness-timeline/1", "title": "t", "updated": "2025-01-01",
"organizations": [], "licenses": [], "models": [], "releases": [],
"x\nfake.json:1:1: all good\u001b[2J": 1, "\u202eevil": 2})";
    const DatasetLoader::Result result = DatasetLoader::fromJson(text, u"forged\n.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 2);
    for (const Problem &problem : result.problems) {
        const QString line = problem.toString();
        QVERIFY2(!line.contains(u'\n') && !line.contains(QChar(0x1b)) && !line.contains(QChar(0x202e)),
                 qPrintable(line));
        QVERIFY2(line.startsWith(u"forged\\n.json:3:"_s), qPrintable(line));
    }
    QVERIFY2(result.problems.at(0).message.startsWith(u"unknown key \"x\\nfake.json:1:1: all good\\u001b[2J\""_s),
             qPrintable(result.problems.at(0).message));
    QVERIFY2(result.problems.at(0).path.startsWith(u"$[\"x\\u000afake.json"_s), qPrintable(result.problems.at(0).path));
    QVERIFY2(result.problems.at(1).message.startsWith(u"unknown key \"\\u202eevil\""_s),
             qPrintable(result.problems.at(1).message));
    QVERIFY2(result.problems.at(1).path.startsWith(u"$[\"\\u202eevil"_s), qPrintable(result.problems.at(1).path));
    QCOMPARE(Problem::quoted(u"a\"b\\c\td\u0000"_s), u"\"a\\\"b\\\\c\\td\\u0000\""_s);
}

void TestDatasetLoader::keepsPercentSignsInMessages()
{
    // %1 in an id or a file name is text, not a placeholder.
    const QByteArray valid = readFixture(u"valid.json"_s);
    QByteArray text = variantOf(valid, R"("id": "grok-1-weights")", R"("id": "a%1b")");
    text = variantOf(text, R"("id": "grok-2-weights")", R"("id": "a%1b")");
    const DatasetLoader::Result result = DatasetLoader::fromJson(text, u"pct%1%2.json"_s);
    const auto duplicate = std::find_if(result.problems.cbegin(), result.problems.cend(),
                                        [](const Problem &p) { return p.kind == Problem::Kind::DuplicateId; });
    QVERIFY2(duplicate != result.problems.cend(), qPrintable(describe(result.problems)));
    QVERIFY2(duplicate->message.startsWith(u"duplicate release id \"a%1b\"; already used on line 106 "
                                           "($.releases[0].id)"_s),
             qPrintable(duplicate->message));
    QVERIFY2(duplicate->toString().startsWith(u"pct%1%2.json:130:13: duplicate release id"_s),
             qPrintable(duplicate->toString()));
}

void TestDatasetLoader::locatesAcrossLineEndings_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void TestDatasetLoader::locatesAcrossLineEndings()
{
    // Every rule problem of valid.json (an unknown level on line 125) and every syntax error
    // lands on the same line and column whatever ends the lines.
    QFETCH(QByteArray, lineEnd);
    QByteArray text = variantOf(readFixture(u"valid.json"_s), R"("level": "hosted")", R"("level": "opne-weights")");
    text.replace("\n", lineEnd);
    const DatasetLoader::Result rule = DatasetLoader::fromJson(text, u"ends.json"_s);
    QCOMPARE(rule.problems.size(), 1);
    QCOMPARE(rule.problems.first().line, 125);
    QCOMPARE(rule.problems.first().column, 16);

    const QByteArray syntax = QByteArray("{").append(lineEnd).append("  \"a\": 1,").append(lineEnd).append("  }");
    const DatasetLoader::Result error = DatasetLoader::fromJson(syntax, u"ends.json"_s);
    QCOMPARE(error.failure, DatasetLoader::Failure::Syntax);
    QCOMPARE(error.problems.first().line, 3);
    QCOMPARE(error.problems.first().column, 3);
}

void TestDatasetLoader::namesUtf16AndUtf32_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("encoding");
    const QString json = u"{\"title\": \"caf\u00e9\"}"_s;
    QByteArray le, be;
    for (const QChar c : json) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QByteArray le32, be32;
    for (const QChar c : json) {
        le32.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8)).append(2, '\0');
        be32.append(2, '\0').append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("UTF-16LE, no BOM") << le << u"UTF-16 (little-endian)"_s;
    QTest::newRow("UTF-16BE, no BOM") << be << u"UTF-16 (big-endian)"_s;
    QTest::newRow("UTF-16LE, BOM") << QByteArray("\xFF\xFE") + le << u"UTF-16 (little-endian)"_s;
    QTest::newRow("UTF-16BE, BOM") << QByteArray("\xFE\xFF") + be << u"UTF-16 (big-endian)"_s;
    QTest::newRow("UTF-32LE, no BOM") << le32 << u"UTF-32 (little-endian)"_s;
    QTest::newRow("UTF-32BE, no BOM") << be32 << u"UTF-32 (big-endian)"_s;
    QTest::newRow("UTF-32LE, BOM") << QByteArray("\xFF\xFE\0\0", 4) + le32 << u"UTF-32 (little-endian)"_s;
    QTest::newRow("UTF-32BE, BOM") << QByteArray("\0\0\xFE\xFF", 4) + be32 << u"UTF-32 (big-endian)"_s;
}

void TestDatasetLoader::namesUtf16AndUtf32()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, encoding);
    const DatasetLoader::Result result = DatasetLoader::fromJson(text, u"wide.json"_s);
    QCOMPARE(result.failure, DatasetLoader::Failure::Syntax);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 1);
    QCOMPARE(result.problems.first().column, 1);
    QCOMPARE(result.problems.first().message, u"this file is "_s + encoding + u"; save it as UTF-8"_s);
}

void TestDatasetLoader::locatesNumberOverflowAtItsStart()
{
    const DatasetLoader::Result result = DatasetLoader::fromJson("{\"a\": [1,\n  -1e400 ]}", u"big.json"_s);
    QCOMPARE(result.failure, DatasetLoader::Failure::Syntax);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 2);
    QCOMPARE(result.problems.first().column, 3);
    QVERIFY2(result.problems.first().message.contains(u"overflow"_s), qPrintable(result.problems.first().message));
}

void TestDatasetLoader::refusesSpecialFilesWithoutBlocking()
{
    // A FIFO nobody writes to would block open() forever; a socket or a device is no dataset.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(u"fifo.json"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString socketPath = dir.filePath(u"socket.json"_s);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray socketName = QFile::encodeName(socketPath);
    QVERIFY(std::size_t(socketName.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, socketName.constData(), std::size_t(socketName.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);

    for (const QString &path : {fifo, socketPath, u"/dev/zero"_s}) {
        QElapsedTimer timer;
        timer.start();
        const DatasetLoader::Result result = DatasetLoader::fromFile(path);
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(result.failure, DatasetLoader::Failure::Unreadable);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().message.contains(u"not a regular file"_s),
                 qPrintable(result.problems.first().message));
    }
    ::close(fd);
}

void TestDatasetLoader::refusesEmptyPath()
{
    const DatasetLoader::Result result = DatasetLoader::fromFile(QString());
    QCOMPARE(result.failure, DatasetLoader::Failure::Unreadable);
    QVERIFY2(result.problems.first().message.contains(u"the file name is empty"_s),
             qPrintable(result.problems.first().message));
}

void TestDatasetLoader::syntheticDatasetsAreValidAndReproducible()
{
    // The benchmarks measure the loader on these files, so they must pass it, and two runs must
    // measure the same bytes.
    for (const bool fullTexts : {true, false}) {
        SyntheticDataset::Options options;
        options.releases = 500;
        options.organizations = 7;
        options.fullTexts = fullTexts;
        const QByteArray text = SyntheticDataset::generate(options);
        QCOMPARE(SyntheticDataset::generate(options), text);
        const DatasetLoader::Result result = DatasetLoader::fromJson(text, u"synthetic.json"_s);
        QVERIFY2(result.ok(), qPrintable(describe(result.problems.mid(0, 5))));
        QCOMPARE(result.dataset->releases().size(), 500);
        QCOMPARE(result.dataset->organizations().size(), 7);
        QCOMPARE(result.dataset->organizations().first().stages.size(), 3);
        QCOMPARE(result.dataset->models().size(), 50);
        // Full texts come to about 800 bytes a release, short ones to about 300.
        const double perRelease = double(text.size()) / 500;
        QVERIFY2(fullTexts ? perRelease > 650 && perRelease < 950 : perRelease > 200 && perRelease < 400,
                 qPrintable(QString::number(perRelease)));
    }
    SyntheticDataset::Options other;
    other.seed = 7;
    QVERIFY(SyntheticDataset::generate(other) != SyntheticDataset::generate({}));
}

void TestDatasetLoader::benchmarkLargeDataset()
{
    // 2,000 releases of 500 models from 20 organizations, every license with all ten terms: a
    // few times the size of any real dataset.
    QByteArray text = R"({"format": "openness-timeline/1", "title": "Generated", "updated": "2025-12-01",)";
    const QByteArray source = R"([{"url": "https://example.com/a", "title": "A source", "kind": "primary"}])";
    text += "\n\"organizations\": [";
    for (int o = 0; o < 20; ++o) {
        text += (o ? ",\n" : "\n") + QByteArray(R"({"id": "org-)") + QByteArray::number(o)
            + R"(", "name": "Organization", "stages": [{"name": "Stage", "start": "2020-01-01", "business": "b", )"
              R"("openness": "o", "pressure": "mixed", "sources": )"
            + source + "}]}";
    }
    text += "],\n\"licenses\": [";
    for (int l = 0; l < 10; ++l) {
        text += (l ? ",\n" : "\n") + QByteArray(R"({"id": "license-)") + QByteArray::number(l)
            + R"(", "name": "License", "spdx": null, "osi_approved": false, "url": "https://example.com/l", )"
              R"("summary": "s", "terms": {)";
        const char *terms[] = {"commercial_use", "modification",   "redistribution", "train_other_models",
                               "usage_thresholds", "acceptable_use", "attribution",    "revocation",
                               "patent_grant",   "geographic_limits"};
        for (int t = 0; t < 10; ++t) {
            text += (t ? ", \"" : "\"") + QByteArray(terms[t])
                + R"(": {"status": "conditional", "summary": "s", "quote": "q", "source": "https://example.com/l"})";
        }
        text += "}, \"sources\": " + source + "}";
    }
    text += "],\n\"models\": [";
    for (int m = 0; m < 500; ++m) {
        text += (m ? ",\n" : "\n") + QByteArray(R"({"id": "model-)") + QByteArray::number(m)
            + R"(", "organization": "org-)" + QByteArray::number(m % 20) + R"(", "name": "Model"})";
    }
    text += "],\n\"releases\": [";
    for (int r = 0; r < 2000; ++r) {
        const QDate date = QDate(2020, 1, 1).addDays(r);
        text += (r ? ",\n" : "\n") + QByteArray(R"({"id": "release-)") + QByteArray::number(r)
            + R"(", "model": "model-)" + QByteArray::number(r % 500) + R"(", "date": ")"
            + date.toString(Qt::ISODate).toLatin1()
            + R"(", "kind": "weights", "title": "A release", "summary": "What was released, in plain words.", )"
              R"("level": "weights-restricted", "license": "license-)"
            + QByteArray::number(r % 10) + R"(", "sources": )" + source + "}";
    }
    text += "]}\n";

    const DatasetLoader::Result check = DatasetLoader::fromJson(text, u"generated.json"_s);
    QVERIFY2(check.ok(), qPrintable(describe(check.problems.mid(0, 5))));
    QCOMPARE(check.dataset->releases().size(), 2000);
    qInfo("generated dataset: %lld bytes", static_cast<long long>(text.size()));

    QBENCHMARK {
        const DatasetLoader::Result result = DatasetLoader::fromJson(text, u"generated.json"_s);
        QVERIFY(result.ok());
    }
}

QTEST_MAIN(TestDatasetLoader)
#include "tst_datasetloader.moc"
