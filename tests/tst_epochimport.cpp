#include "DatasetLoader.h"
#include "EpochImport.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "OpennessSeries.h"
#include "ReleaseFilterProxy.h"

#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <map>

using namespace Qt::StringLiterals;

// Importing Epoch AI's Notable AI Models CSV (tests/data/epoch-ai, CC-BY 4.0): every row is
// imported or reported, the levels follow the mapping of data/FORMAT.md, the result is a valid
// dataset, malformed CSV gives located errors, and the window's File > Import opens the result.
class tst_EpochImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void mapsEachAccessibilityValue_data();
    void mapsEachAccessibilityValue();
    void slugsAreStableIds_data();
    void slugsAreStableIds();

    void importsOrReportsEveryRow();
    void countsPerLevelFollowTheMapping();
    void grok1LandsInTheXaiLane();
    void severalOrganizationsGoToTheFirst();
    void creditsEpochAndCitesItsLinks();
    void unknownLevelStaysOffTheRankedCharts();

    void commandLineWritesAValidDataset();
    void malformedRowsAreLocatedAndSkipped();
    void truncatedRealFileImportsNothing();
    void headerWithoutNeededColumnsWritesNothing();
    void unreadableInputAndUnwritableOutput();
    void badUsage_data();
    void badUsage();

    void windowImportOpensTheResult();

    void attachPlacesRowsByTheRuleOnly();
    void bundledDatasetCarriesEpochValuesReproducibly();
    void attachCommandReportsAndRefuses();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments) const;
    QString realFile() const { return QStringLiteral(OPENNESS_TEST_DATA_DIR "/epoch-ai/notable_ai_models.csv"); }
    QByteArray header() const;
    // A CSV line with the header's columns, these values in the named columns, the rest empty.
    QByteArray line(const std::map<QString, QString> &values, int dropFields = 0) const;

    QTemporaryDir m_dir;
    QByteArray m_csv;
    EpochImport::Result m_result;
    DatasetPtr m_dataset;
};

void tst_EpochImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"OpennessTimelineTests"_s);
    QCoreApplication::setApplicationName(u"tst_epochimport"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QFile file(realFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_csv = file.readAll();
    m_result = EpochImport::convert(m_csv, u"notable_ai_models.csv"_s);
    QVERIFY(m_result.ok());
    const DatasetLoader::Result loaded = DatasetLoader::fromJson(m_result.json, u"epoch.json"_s);
    for (const Problem &problem : loaded.problems)
        QVERIFY2(problem.isWarning(), qPrintable(problem.toString()));
    QVERIFY(loaded.ok());
    m_dataset = loaded.dataset;
}

tst_EpochImport::Run tst_EpochImport::run(const QStringList &arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OPENNESS_TIMELINE_EXE), arguments);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray tst_EpochImport::header() const
{
    return m_csv.left(m_csv.indexOf('\n') + 1);
}

QByteArray tst_EpochImport::line(const std::map<QString, QString> &values, int dropFields) const
{
    const QList<QByteArray> names = header().trimmed().split(',');
    QList<QByteArray> fields;
    for (const QByteArray &name : names) {
        const auto found = values.find(QString::fromUtf8(name));
        fields.append(found == values.end() ? QByteArray() : found->second.toUtf8());
    }
    fields.resize(fields.size() - dropFields);
    return fields.join(',') + '\n';
}

void tst_EpochImport::mapsEachAccessibilityValue_data()
{
    QTest::addColumn<QString>("accessibility");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("kind");
    QTest::newRow("unrestricted") << u"Open weights (unrestricted)"_s << u"open-weights"_s << u"weights"_s;
    QTest::newRow("restricted") << u"Open weights (restricted use)"_s << u"weights-restricted"_s << u"weights"_s;
    QTest::newRow("non-commercial") << u"Open weights (non-commercial)"_s << u"weights-noncommercial"_s
                                    << u"weights"_s;
    QTest::newRow("API") << u"API access"_s << u"hosted"_s << u"launch"_s;
    QTest::newRow("hosted") << u"Hosted access (no API)"_s << u"hosted"_s << u"launch"_s;
    QTest::newRow("unreleased") << u"Unreleased"_s << u"closed"_s << u"announcement"_s;
    QTest::newRow("limited") << u"Limited access"_s << u"closed"_s << u"announcement"_s;
    QTest::newRow("empty") << QString() << u"unknown"_s << u"announcement"_s;
    QTest::newRow("Unknown") << u"Unknown"_s << u"unknown"_s << u"announcement"_s;
    QTest::newRow("not known to the import") << u"Open-ish"_s << QString() << QString();
}

void tst_EpochImport::mapsEachAccessibilityValue()
{
    QFETCH(QString, accessibility);
    QFETCH(QString, level);
    QFETCH(QString, kind);
    const std::optional<EpochImport::Mapping> mapping = EpochImport::mappingFor(accessibility);
    QCOMPARE(mapping.has_value(), !level.isEmpty());
    if (mapping) {
        QCOMPARE(Openness::id(mapping->level), level);
        QCOMPARE(mapping->kind, kind);
    }
}

void tst_EpochImport::slugsAreStableIds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    QTest::newRow("xAI") << u"xAI"_s << u"xai"_s;
    QTest::newRow("accents") << u"University of Montreal / Université de Montréal"_s
                             << u"university-of-montreal-universite-de-montreal"_s;
    QTest::newRow("brackets") << u"Carnegie Mellon University (CMU)"_s << u"carnegie-mellon-university-cmu"_s;
    QTest::newRow("no latin letters") << u"智谱"_s << u"x-"_s;
}

void tst_EpochImport::slugsAreStableIds()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    const QString id = EpochImport::slug(name);
    QVERIFY2(id.startsWith(slug), qPrintable(id));
    QCOMPARE(EpochImport::slug(name), id); // the same every time
    if (slug == u"x-"_s)
        QCOMPARE(id.size(), 12);
}

void tst_EpochImport::importsOrReportsEveryRow()
{
    QCOMPARE(m_result.rows, 924);
    QCOMPARE(m_result.imported + m_result.skipped, m_result.rows);
    QCOMPARE(m_dataset->releases().size(), m_result.imported);
    QCOMPARE(m_dataset->models().size(), m_result.imported);
    // The one row without a publication date, reported at the line it starts on.
    QStringList errors;
    for (const Problem &problem : m_result.problems) {
        if (!problem.isWarning())
            errors.append(EpochImport::format(problem));
    }
    QCOMPARE(errors.size(), m_result.skipped);
    QCOMPARE(errors, QStringList{u"notable_ai_models.csv:7092: \"Llama 4 Behemoth\" has no publication date; "
                                 "expected YYYY-MM-DD in the column \"Publication date\""_s});
    QVERIFY(!m_dataset->model(u"llama-4-behemoth"_s));
}

void tst_EpochImport::countsPerLevelFollowTheMapping()
{
    // Counted from the imported dataset, by Epoch's value (kept verbatim) and by our level.
    std::map<QString, int> byAccessibility;
    std::map<QString, int> byLevel;
    for (const Model &model : m_dataset->models()) {
        QVERIFY(model.epoch);
        ++byAccessibility[model.epoch->accessibility];
    }
    for (const Release &release : m_dataset->releases())
        ++byLevel[Openness::id(release.level)];
    // The catalogue's counts (924 rows); the one skipped row, Llama 4 Behemoth, has none.
    const std::map<QString, int> expected = {
        {u"Unreleased"_s, 200}, {u"Open weights (unrestricted)"_s, 149}, {u"API access"_s, 48},
        {u"Open weights (non-commercial)"_s, 47}, {u"Open weights (restricted use)"_s, 30},
        {u"Hosted access (no API)"_s, 13}, {QString(), 436},
    };
    QCOMPARE(byAccessibility, expected);
    const std::map<QString, int> levels = {
        {u"closed"_s, 200}, {u"open-weights"_s, 149}, {u"hosted"_s, 48 + 13}, {u"weights-noncommercial"_s, 47},
        {u"weights-restricted"_s, 30}, {u"unknown"_s, 436},
    };
    QCOMPARE(byLevel, levels);
    QCOMPARE(m_result.levelCounts[size_t(OpennessLevel::Unknown)], 436);
}

void tst_EpochImport::grok1LandsInTheXaiLane()
{
    const Model *grok = m_dataset->model(u"grok-1"_s);
    QVERIFY(grok);
    QCOMPARE(grok->name, u"Grok-1"_s);
    const Organization *xai = m_dataset->organization(grok->organizationId);
    QVERIFY(xai);
    QCOMPARE(xai->id, u"xai"_s);
    QCOMPARE(xai->name, u"xAI"_s);
    QVERIFY(grok->epoch);
    QCOMPARE(grok->epoch->model, u"Grok-1"_s);
    QCOMPARE(grok->epoch->accessibility, u"Open weights (unrestricted)"_s);
    QCOMPARE(grok->epoch->source.url, EpochImport::catalogueUrl);
    const Release *weights = nullptr;
    for (const Release &release : m_dataset->releases()) {
        if (release.modelId == grok->id)
            weights = &release;
    }
    QVERIFY(weights);
    QCOMPARE(weights->kind, u"weights"_s);
    QCOMPARE(weights->level, OpennessLevel::OpenWeights);
    QCOMPARE(weights->date, QDate(2023, 11, 4));
    QVERIFY2(weights->note.toString().contains(u"apache 2.0"_s), qPrintable(weights->note.toString())); // Epoch's accessibility notes
}

void tst_EpochImport::severalOrganizationsGoToTheFirst()
{
    // Epoch's "Google DeepMind,Google" style fields: the model goes to the first, the note names the rest.
    int several = 0;
    for (const Release &release : m_dataset->releases()) {
        if (!release.note.toString().contains(u"several organizations"_s))
            continue;
        ++several;
        const Organization *organization = m_dataset->organizationOf(release);
        QVERIFY(organization);
        QVERIFY2(!organization->name.contains(u','), qPrintable(organization->name));
    }
    QVERIFY(several > 100);
    // Ids are slugs of the names, unique.
    QSet<QString> ids;
    for (const Organization &organization : m_dataset->organizations()) {
        QVERIFY(!ids.contains(organization.id));
        ids.insert(organization.id);
    }
    QCOMPARE(m_result.organizations, m_dataset->organizations().size());
}

void tst_EpochImport::creditsEpochAndCitesItsLinks()
{
    QVERIFY(m_dataset->info().description.contains(EpochImport::credit));
    int withLink = 0;
    for (const Release &release : m_dataset->releases()) {
        QVERIFY(!release.sources.isEmpty());
        QCOMPARE(release.sources.last().url, EpochImport::catalogueUrl);
        if (release.sources.size() > 1)
            ++withLink;
    }
    // Three rows have no Link; all others cite it before the catalogue.
    QCOMPARE(withLink, m_dataset->releases().size() - 3);
}

void tst_EpochImport::unknownLevelStaysOffTheRankedCharts()
{
    // An unknown-level event that is a release in charts (a weights event of unknown level, as a
    // dataset of one's own may have) counts in releases-by-level as its own level, and never
    // raises the openness-over-time line.
    QByteArray json = m_result.json;
    const QByteArray grok = "\"id\": \"grok-1-weights\"";
    QVERIFY(json.contains(grok));
    const qsizetype at = json.indexOf(grok);
    const qsizetype level = json.indexOf("\"level\": \"open-weights\"", at);
    json.replace(level, qsizetype(sizeof("\"level\": \"open-weights\"") - 1), "\"level\": \"unknown\"");
    const DatasetLoader::Result loaded = DatasetLoader::fromJson(json, u"changed.json"_s);
    QVERIFY(loaded.ok());
    const Dataset &dataset = *loaded.dataset;
    QList<int> xaiReleases;
    for (int i = 0; i < dataset.releases().size(); ++i) {
        if (dataset.organizationOf(dataset.releases().at(i))->id == u"xai"_s)
            xaiReleases.append(i);
    }
    QVERIFY(!xaiReleases.isEmpty());
    for (const OpennessSeries::OrganizationSeries &series : OpennessSeries::byOrganization(dataset, xaiReleases)) {
        for (const OpennessSeries::Step &step : series.steps)
            QVERIFY(Openness::isOrdered(step.level));
        for (const OpennessSeries::Marker &marker : series.markers)
            QVERIFY(Openness::isOrdered(marker.level));
    }
    int unknown = 0;
    for (const OpennessSeries::YearCounts &year : OpennessSeries::byYear(dataset, xaiReleases))
        unknown += year.counts[size_t(OpennessLevel::Unknown)];
    QCOMPARE(unknown, 1);
}

void tst_EpochImport::commandLineWritesAValidDataset()
{
    const QString out = m_dir.filePath(u"epoch.json"_s);
    const Run imported = run({u"--import"_s, u"epoch"_s, realFile(), u"-o"_s, out});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.err.contains("notable_ai_models.csv:7092: "), imported.err.constData());
    QVERIFY2(imported.out.contains("923 models"), imported.out.constData());
    QVERIFY2(imported.out.contains("unknown 436"), imported.out.constData());
    const Run validated = run({u"--validate"_s, out});
    QCOMPARE(validated.exitCode, 0);
    QVERIFY2(!validated.out.contains(": error") && validated.out.contains("valid: 923 release events"),
             validated.out.constData());
    // --levels unknown lists exactly the rows Epoch gives no accessibility for.
    const Run listed = run({u"--list"_s, u"--levels"_s, u"unknown"_s, out});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out.count('\n'), 436);
}

void tst_EpochImport::malformedRowsAreLocatedAndSkipped()
{
    QByteArray csv = header();                                                                    // line 1
    csv += line({{u"Model"_s, u"Good One"_s}, {u"Organization"_s, u"Lab A"_s},
                 {u"Publication date"_s, u"2024-01-02"_s}, {u"Model accessibility"_s, u"API access"_s}}); // 2
    csv += line({{u"Model"_s, u"Short Row"_s}, {u"Publication date"_s, u"2024-01-02"_s}}, 1);        // 3
    csv += line({{u"Model"_s, u"Bad X"_s}, {u"Publication date"_s, u"2024-01-02"_s}})
               .replace("Bad X", "Bad \xFF");                                                     // 4
    csv += line({{u"Model"_s, u"Multi"_s}, {u"Organization"_s, u"\"Lab B\n\nLab C\""_s},
                 {u"Publication date"_s, u"2024-02-03"_s}});                                       // 5-7
    csv += line({{u"Model"_s, u"Stray ab\"c"_s}, {u"Publication date"_s, u"2024-01-02"_s}});        // 8
    csv += line({{u"Model"_s, u"Bad Date"_s}, {u"Publication date"_s, u"2024-13-01"_s}});           // 9
    csv += line({{u"Model"_s, QString()}, {u"Publication date"_s, u"2024-01-02"_s}});               // 10
    csv += line({{u"Model"_s, u"Last Good"_s}, {u"Publication date"_s, u"2025"_s}});                // 11
    csv += line({{u"Model"_s, u"\"Cut off"_s}});                                                   // 12
    csv.chop(1); // the file ends inside the quoted field
    const QString path = m_dir.filePath(u"malformed.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();

    const QString out = m_dir.filePath(u"malformed.json"_s);
    const Run imported = run({u"--import"_s, u"epoch"_s, path, u"-o"_s, out});
    QCOMPARE(imported.exitCode, 0);
    QList<int> lines;
    for (const QByteArray &message : imported.err.split('\n')) {
        if (!message.startsWith(path.toUtf8() + ':'))
            continue;
        lines.append(message.mid(path.toUtf8().size() + 1).split(':').first().toInt());
    }
    QCOMPARE(lines, (QList<int>{3, 4, 8, 9, 10, 12}));
    QVERIFY2(imported.err.contains(":3: the row has 41 field(s); expected 42"), imported.err.constData());
    QVERIFY2(imported.err.contains(":4: invalid UTF-8 in the column \"Model\""), imported.err.constData());
    QVERIFY2(imported.err.contains(":8: malformed CSV"), imported.err.constData());
    QVERIFY2(imported.err.contains(":12: the file ends inside a quoted field"), imported.err.constData());
    QVERIFY2(imported.out.contains("wrote 3 models"), imported.out.constData());

    const DatasetLoader::Result loaded = DatasetLoader::fromFile(out);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.dataset->releases().size(), 3);
    const Model *multi = loaded.dataset->model(u"multi"_s);
    QVERIFY(multi);
    // The quoted field with line breaks is one field: its first organization is "Lab B\n\nLab C".
    QCOMPARE(loaded.dataset->organization(multi->organizationId)->name, u"Lab B\n\nLab C"_s);
    const Model *year = loaded.dataset->model(u"last-good"_s);
    QVERIFY(year);
    QCOMPARE(loaded.dataset->releases().last().precision, DatePrecision::Year);
    QCOMPARE(loaded.dataset->organization(year->organizationId)->name, u"Organization not given"_s);
    QCOMPARE(loaded.dataset->releases().last().level, OpennessLevel::Unknown);
}

void tst_EpochImport::truncatedRealFileImportsNothing()
{
    // Cut inside the quoted author list of the first model: nothing is left to import.
    const qsizetype cut = m_csv.indexOf("Kyunghoon");
    QVERIFY(cut > 0);
    const QString path = m_dir.filePath(u"truncated.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_csv.left(cut));
    file.close();
    const QString out = m_dir.filePath(u"truncated.json"_s);
    const Run imported = run({u"--import"_s, u"epoch"_s, path, u"-o"_s, out});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(path.toUtf8() + ":2: the file ends inside a quoted field"), imported.err.constData());
    QVERIFY(!QFile::exists(out));
}

void tst_EpochImport::headerWithoutNeededColumnsWritesNothing()
{
    const QString path = m_dir.filePath(u"other.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,date\nGrok-1,2024-03-17\n");
    file.close();
    const QString out = m_dir.filePath(u"other.json"_s);
    const Run imported = run({u"--import"_s, u"epoch"_s, path, u"-o"_s, out});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.startsWith(path.toUtf8() + ":1: the header lacks the column(s) \"Model\""),
             imported.err.constData());
    QVERIFY(!QFile::exists(out));
}

void tst_EpochImport::unreadableInputAndUnwritableOutput()
{
    const QString out = m_dir.filePath(u"never.json"_s);
    const Run missing = run({u"--import"_s, u"epoch"_s, m_dir.filePath(u"missing.csv"_s), u"-o"_s, out});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("missing.csv: cannot read the file"), missing.err.constData());
    QVERIFY(!QFile::exists(out));
    const QString unwritable = m_dir.filePath(u"no/such/folder/out.json"_s);
    const Run cannotWrite = run({u"--import"_s, u"epoch"_s, realFile(), u"-o"_s, unwritable});
    QCOMPARE(cannotWrite.exitCode, 2);
    QVERIFY2(cannotWrite.err.contains("cannot write"), cannotWrite.err.constData());
    QVERIFY(!QFile::exists(unwritable));
}

void tst_EpochImport::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString csv = QStringLiteral(OPENNESS_TEST_DATA_DIR "/epoch-ai/notable_ai_models.csv");
    QTest::newRow("no -o") << QStringList{u"--import"_s, u"epoch"_s, csv} << u"--import needs -o"_s;
    QTest::newRow("no input") << QStringList{u"--import"_s, u"epoch"_s, u"-o"_s, u"x.json"_s}
                              << u"needs the file to import"_s;
    QTest::newRow("unknown format") << QStringList{u"--import"_s, u"hub"_s, csv, u"-o"_s, u"x.json"_s}
                                    << u"unknown import format \"hub\""_s;
    QTest::newRow("-o alone") << QStringList{u"-o"_s, u"x.json"_s} << u"-o/--output is for --import"_s;
    QTest::newRow("with --list") << QStringList{u"--list"_s, u"--import"_s, u"epoch"_s, csv, u"-o"_s, u"x.json"_s}
                                 << u"use only one of"_s;
}

void tst_EpochImport::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(!QFile::exists(u"x.json"_s));
}

void tst_EpochImport::windowImportOpensTheResult()
{
    MainWindow window;
    window.resize(1400, 900);
    window.openBundled();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString out = m_dir.filePath(u"window.json"_s);
    QVERIFY(window.importEpoch(realFile(), out));
    QCOMPARE(window.datasetPath(), QFileInfo(out).absoluteFilePath());
    QVERIFY(window.dataset());
    QCOMPARE(window.dataset()->releases().size(), 923);
    // The skipped row is reported, located, in a box that does not block.
    auto *report = qobject_cast<QMessageBox *>(window.importReport());
    QVERIFY(report);
    QVERIFY2(report->detailedText().contains(u"notable_ai_models.csv:7092: "_s), qPrintable(report->detailedText()));
    report->close();
    // Level unknown is a filter of its own.
    QToolButton *unknown = window.filterBar()->levelButton(OpennessLevel::Unknown);
    QVERIFY(unknown);
    QCOMPARE(window.proxy()->rowCount(), 923);
    QTest::mouseClick(unknown, Qt::LeftButton);
    QCOMPARE(window.proxy()->rowCount(), 923 - 436);
}

void tst_EpochImport::attachPlacesRowsByTheRuleOnly()
{
    const QByteArray dataset = R"json({
  "format": "openness-timeline/1",
  "title": "Attach",
  "updated": "2026-12-01",
  "organizations": [
    {"id": "xai", "name": "xAI", "stages": [], "events": []},
    {"id": "meta", "name": "Meta", "stages": [], "events": []},
    {"id": "alibaba", "name": "Alibaba Cloud / Qwen team", "stages": [], "events": []},
    {"id": "mistral", "name": "Mistral AI", "stages": [], "events": []},
    {"id": "openai", "name": "OpenAI", "stages": [], "events": []}
  ],
  "licenses": [],
  "models": [
    {"id": "grok-1", "organization": "xai", "name": "Grok-1"},
    {"id": "llama-2", "organization": "meta", "name": "Llama 2"},
    {"id": "qwen-1", "organization": "alibaba", "name": "Qwen 1"},
    {"id": "qwen2", "organization": "alibaba", "name": "Qwen2 (Apache-2.0 sizes)"},
    {"id": "qwen2-72b", "organization": "alibaba", "name": "Qwen2-72B"},
    {"id": "large-1", "organization": "mistral", "name": "Mistral Large (v1)"},
    {"id": "large-2411", "organization": "mistral", "name": "Mistral Large (2411)"},
    {"id": "clip", "organization": "openai", "name": "CLIP"}
  ],
  "releases": []
})json";
    const DatasetLoader::Result loaded = DatasetLoader::fromJson(dataset, u"attach.json"_s);
    QVERIFY2(loaded.ok(), loaded.problems.isEmpty() ? "" : qPrintable(loaded.problems.first().toString()));

    auto row = [this](const QString &model, const QString &organization, const QString &accessibility) {
        return line({{u"Model"_s, model}, {u"Organization"_s, organization}, {u"Publication date"_s, u"2024-01-01"_s},
                      {u"Model accessibility"_s, accessibility}});
    };
    QByteArray csv = header();
    csv += row(u"Grok-1"_s, u"xAI"_s, u"Open weights (unrestricted)"_s);
    csv += row(u"Grok-1"_s, u"Other Lab"_s, u"API access"_s); // same name, another organization
    csv += row(u"Llama 2-7B"_s, u"Meta AI"_s, u"Open weights (restricted use)"_s);
    csv += row(u"Llama 2-70B"_s, u"Meta AI"_s, u"Open weights (restricted use)"_s);
    csv += row(u"Qwen-14B"_s, u"Alibaba"_s, u"Open weights (restricted use)"_s); // not a size of "Qwen 1"
    csv += row(u"Qwen2-72B"_s, u"Alibaba"_s, u"Open weights (unrestricted)"_s);
    csv += row(u"Mistral Large"_s, u"Mistral AI"_s, u"API access"_s); // two models compact to its name
    csv += row(u"CLIP (ResNet-50)"_s, u"OpenAI"_s, QString());
    csv += row(u"CLIP (ViT L/14)"_s, u"OpenAI"_s, u"Open weights (unrestricted)"_s);

    const EpochImport::Attachment attached = EpochImport::attach(csv, u"rows.csv"_s, *loaded.dataset);
    QVERIFY(!attached.unusableFile);
    QCOMPARE(attached.rows, 9);
    QCOMPARE(attached.assessments.keys().size(), 3);
    QCOMPARE(attached.assessments.value(u"grok-1"_s).model, u"Grok-1"_s);
    QCOMPARE(attached.assessments.value(u"grok-1"_s).accessibility, u"Open weights (unrestricted)"_s);
    QCOMPARE(attached.assessments.value(u"grok-1"_s).source.url, EpochImport::catalogueUrl);
    QCOMPARE(attached.assessments.value(u"llama-2"_s).model, u"Llama 2-70B"_s); // the largest size
    QCOMPARE(attached.assessments.value(u"qwen2-72b"_s).model, u"Qwen2-72B"_s);
    QVERIFY(!attached.assessments.contains(u"qwen2"_s)); // its row named another model exactly
    QVERIFY(!attached.assessments.contains(u"qwen-1"_s));
    QVERIFY(!attached.assessments.contains(u"large-1"_s) && !attached.assessments.contains(u"large-2411"_s));
    QVERIFY(!attached.assessments.contains(u"clip"_s));
    QCOMPARE(attached.matches.size(), 3);
    QCOMPARE(attached.matches.first(), std::make_pair(u"Grok-1"_s, u"grok-1"_s)); // in the dataset's order

    QCOMPARE(attached.notAttached.size(), 2);
    QVERIFY2(attached.notAttached.at(0).contains(u"\"Mistral Large\" names 2 models"_s), qPrintable(attached.notAttached.at(0)));
    QVERIFY2(attached.notAttached.at(1).startsWith(u"\"CLIP\": Epoch AI's rows"_s), qPrintable(attached.notAttached.at(1)));
}

void tst_EpochImport::bundledDatasetCarriesEpochValuesReproducibly()
{
    // The bundled dataset's Epoch values are this command's output on the CSV under tests/data.
    const QString bundled = QStringLiteral(OPENNESS_SOURCE_DIR "/data/openness-timeline.json");
    const QString out = m_dir.filePath(u"bundled-again.json"_s);
    const Run result = run({bundled, u"--import"_s, u"epoch-values"_s, realFile(), u"-o"_s, out});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("924 rows read; 35 of the 138 models matched a row"), result.out.constData());
    QFile again(out);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QFile original(bundled);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QVERIFY(again.readAll() == original.readAll());

    const DatasetLoader::Result loaded = DatasetLoader::fromFile(bundled);
    QVERIFY(loaded.ok());
    const Model *grok1 = loaded.dataset->model(u"grok-1"_s);
    QVERIFY(grok1 && grok1->epoch);
    QCOMPARE(grok1->epoch->accessibility, u"Open weights (unrestricted)"_s);
    const Model *grok2 = loaded.dataset->model(u"grok-2"_s);
    QVERIFY(grok2 && grok2->epoch);
    QCOMPARE(grok2->epoch->accessibility, u"Hosted access (no API)"_s);
    int withValue = 0;
    for (const Model &model : loaded.dataset->models())
        withValue += model.epoch ? 1 : 0;
    QCOMPARE(withValue, 35);
}

void tst_EpochImport::attachCommandReportsAndRefuses()
{
    const QString out = m_dir.filePath(u"attached.json"_s);
    // Problems of the CSV and models not attached go to stderr, located.
    const Run real = run({u"--import"_s, u"epoch-values"_s, realFile(), u"-o"_s, out});
    QCOMPARE(real.exitCode, 0);
    QVERIFY2(real.err.contains("notable_ai_models.csv: \"Mistral Large\" names 2 models of the dataset"), real.err.constData());
    QVERIFY2(real.err.contains(": \"Llama 4 Behemoth\" has no publication date"), real.err.constData());
    QVERIFY(QFile::exists(out));

    const Run missing = run({u"--import"_s, u"epoch-values"_s, u"-o"_s, out});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("--import epoch-values needs Epoch AI's CSV"), missing.err.constData());

    const QString noFile = m_dir.filePath(u"no-such.csv"_s);
    const QString notWritten = m_dir.filePath(u"not-written.json"_s);
    const Run unreadable = run({u"--import"_s, u"epoch-values"_s, noFile, u"-o"_s, notWritten});
    QCOMPARE(unreadable.exitCode, 2);
    QVERIFY2(unreadable.err.contains("cannot read the file: no such file"), unreadable.err.constData());
    QVERIFY(!QFile::exists(notWritten));

    const QString headerOnly = m_dir.filePath(u"header-only.csv"_s);
    QFile file(headerOnly);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(header());
    file.close();
    const Run empty = run({u"--import"_s, u"epoch-values"_s, headerOnly, u"-o"_s, notWritten});
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(empty.err.contains("nothing to attach"), empty.err.constData());
    QVERIFY(!QFile::exists(notWritten));
}

QTEST_MAIN(tst_EpochImport)
#include "tst_epochimport.moc"
