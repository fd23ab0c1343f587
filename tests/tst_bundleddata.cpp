#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

// Guards the facts of the bundled dataset, not the loader: each test is a rule a fact-checker would
// apply by hand to data/openness-timeline.json (a release with weights names its license, a level
// called open weights sits on an OSI-approved license, every quoted clause comes from a license text
// that is cited, every source can be opened as the page itself, dates follow data/FORMAT.md). Each
// test lists every offending item, located by its id, so one run shows all that needs fixing.
class TestBundledData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validatorReportsNothing();
    void releasesWithWeightsNameTheirLicense();
    void openWeightsLicensesAreOsiApproved();
    void announcementsLeaveTheLevelAlone();
    void licenseChangesOnlyThroughLicenseChangeEvents();
    void sourcesAreHttpsPagesWithoutTracking();
    void quotedClausesComeFromACitedLicenseText();
    void datesFollowTheConventions();
    void stagesMeetWithoutGaps();
    void everyReleaseHasASource();

private:
    static QString datasetPath() { return QStringLiteral(OPENNESS_SOURCE_DIR "/data/openness-timeline.json"); }
    static QDate date(const QJsonValue &value) { return QDate::fromString(value.toString(), Qt::ISODate); }
    static bool hasWeights(const QString &level)
    {
        return level.startsWith("weights-"_L1) || level == "open-weights"_L1 || level == "open-source-ai"_L1;
    }
    // Every source object anywhere in the dataset, with where it is.
    QList<std::pair<QString, QJsonObject>> allSources() const;
    // The releases of one model in date order (file order for the same day, as the app keeps it).
    QHash<QString, QList<QJsonObject>> releasesByModel() const;
    static QString report(const QStringList &failures) { return failures.join(u'\n'); }

    QJsonObject m_dataset;
    QHash<QString, QJsonObject> m_licenses;
};

void TestBundledData::initTestCase()
{
    QFile file(datasetPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(datasetPath()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    m_dataset = document.object();
    const QJsonArray licenses = m_dataset["licenses"_L1].toArray();
    for (const QJsonValue &value : licenses)
        m_licenses.insert(value["id"_L1].toString(), value.toObject());
    QVERIFY(!m_licenses.isEmpty());
    QVERIFY(!m_dataset["releases"_L1].toArray().isEmpty());
}

QList<std::pair<QString, QJsonObject>> TestBundledData::allSources() const
{
    QList<std::pair<QString, QJsonObject>> sources;
    const auto add = [&sources](const QString &where, const QJsonValue &list) {
        const QJsonArray array = list.toArray();
        for (const QJsonValue &source : array)
            sources.append({where, source.toObject()});
    };
    const QJsonArray organizations = m_dataset["organizations"_L1].toArray();
    for (const QJsonValue &organization : organizations) {
        const QString id = organization["id"_L1].toString();
        const QJsonArray stages = organization["stages"_L1].toArray();
        for (const QJsonValue &stage : stages)
            add(u"stage %1 / %2"_s.arg(id, stage["name"_L1].toString()), stage["sources"_L1]);
        const QJsonArray events = organization["events"_L1].toArray();
        for (const QJsonValue &event : events)
            add(u"event %1 / %2"_s.arg(id, event["title"_L1].toString()), event["sources"_L1]);
    }
    for (const QJsonObject &license : m_licenses) {
        const QString id = license["id"_L1].toString();
        add(u"license "_s + id, license["sources"_L1]);
        sources.append({u"license %1 (url)"_s.arg(id), QJsonObject{{"url"_L1, license["url"_L1]}}});
        const QJsonObject terms = license["terms"_L1].toObject();
        for (auto it = terms.begin(); it != terms.end(); ++it) {
            const QJsonValue source = it.value()["source"_L1];
            if (source.isString())
                sources.append({u"license %1 term %2"_s.arg(id, it.key()), QJsonObject{{"url"_L1, source}}});
        }
    }
    const QJsonArray releases = m_dataset["releases"_L1].toArray();
    for (const QJsonValue &release : releases)
        add(u"release "_s + release["id"_L1].toString(), release["sources"_L1]);
    return sources;
}

QHash<QString, QList<QJsonObject>> TestBundledData::releasesByModel() const
{
    QHash<QString, QList<QJsonObject>> byModel;
    const QJsonArray releases = m_dataset["releases"_L1].toArray();
    for (const QJsonValue &release : releases)
        byModel[release["model"_L1].toString()].append(release.toObject());
    for (QList<QJsonObject> &list : byModel)
        std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return date(a["date"_L1]) < date(b["date"_L1]);
        });
    return byModel;
}

// The command a user runs to check a dataset must find nothing wrong with the bundled one: no
// error and no warning.
void TestBundledData::validatorReportsNothing()
{
    QProcess validator;
    validator.setProcessChannelMode(QProcess::MergedChannels);
    validator.start(QStringLiteral(OPENNESS_TIMELINE_EXE), {u"--validate"_s, datasetPath()});
    QVERIFY(validator.waitForFinished(60000));
    // Problems are printed as FILE:LINE:COLUMN: message; a summary line for a valid file is fine.
    static const QRegularExpression problem(u"^.*:\\d+:\\d+: "_s, QRegularExpression::MultilineOption);
    const QString output = QString::fromUtf8(validator.readAll());
    QVERIFY2(!problem.match(output).hasMatch(), qPrintable(output));
    QCOMPARE(validator.exitCode(), 0);
}

void TestBundledData::releasesWithWeightsNameTheirLicense()
{
    QStringList failures;
    const QJsonArray releases = m_dataset["releases"_L1].toArray();
    for (const QJsonValue &release : releases) {
        if (hasWeights(release["level"_L1].toString()) && !release["license"_L1].isString())
            failures << release["id"_L1].toString() + u": level "_s + release["level"_L1].toString()
                            + u" without a license"_s;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(report(failures)));
}

// "Open weights" promises the freedoms of an open-source license; a custom license, however
// generous, is weights-restricted at most.
void TestBundledData::openWeightsLicensesAreOsiApproved()
{
    QStringList failures;
    const QJsonArray releases = m_dataset["releases"_L1].toArray();
    for (const QJsonValue &release : releases) {
        const QString level = release["level"_L1].toString();
        if (level != "open-weights"_L1 && level != "open-source-ai"_L1)
            continue;
        const QJsonObject license = m_licenses.value(release["license"_L1].toString());
        if (!license["osi_approved"_L1].toBool())
            failures << release["id"_L1].toString() + u": "_s + level + u" under "_s
                            + release["license"_L1].toString() + u", which is not OSI-approved"_s;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(report(failures)));
}

// Saying something will be released changes nothing: an announcement keeps the level the model
// already had, and a model first heard of in an announcement is not yet usable at all.
void TestBundledData::announcementsLeaveTheLevelAlone()
{
    QStringList failures;
    const QHash<QString, QList<QJsonObject>> byModel = releasesByModel();
    for (auto it = byModel.begin(); it != byModel.end(); ++it) {
        QString level = u"closed"_s;
        for (const QJsonObject &release : it.value()) {
            if (release["kind"_L1].toString() == "announcement"_L1 && release["level"_L1].toString() != level)
                failures << release["id"_L1].toString() + u": announcement moves "_s + it.key() + u" from "_s
                                + level + u" to "_s + release["level"_L1].toString();
            level = release["level"_L1].toString();
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(report(failures)));
}

// A model keeps the license it was released under until a license-change event says otherwise; a
// checkpoint released under another license is its own model. And a license-change changes it.
void TestBundledData::licenseChangesOnlyThroughLicenseChangeEvents()
{
    QStringList failures;
    const QHash<QString, QList<QJsonObject>> byModel = releasesByModel();
    for (auto it = byModel.begin(); it != byModel.end(); ++it) {
        QString license;
        for (const QJsonObject &release : it.value()) {
            const QString current = release["license"_L1].toString();
            const bool change = release["kind"_L1].toString() == "license-change"_L1;
            if (change && (license.isEmpty() || current == license))
                failures << release["id"_L1].toString() + u": license-change that does not change "_s
                                + it.key() + u"'s license"_s;
            if (!change && !license.isEmpty() && !current.isEmpty() && current != license)
                failures << release["id"_L1].toString() + u": "_s + it.key() + u" goes from "_s + license
                                + u" to "_s + current + u" without a license-change event"_s;
            if (!current.isEmpty())
                license = current;
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(report(failures)));
}

// A reader must be able to open the cited page itself: https, a path (or a query naming the page)
// beyond the host, no tracking parameters, no host with a trailing dot.
void TestBundledData::sourcesAreHttpsPagesWithoutTracking()
{
    static const QRegularExpression tracking(u"^(utm_.*|ns_.*|ito|fbclid|gclid|mc_cid|mc_eid|int-nav|session-start-screen)$"_s);
    QStringList failures;
    for (const auto &[where, source] : allSources()) {
        const QString text = source["url"_L1].toString();
        const QUrl url(text, QUrl::StrictMode);
        QString problem;
        if (!url.isValid() || url.scheme() != "https"_L1)
            problem = u"not an https URL"_s;
        else if ((url.path().isEmpty() || url.path() == "/"_L1) && !url.hasQuery() && !url.hasFragment())
            problem = u"a bare domain"_s;
        else if (url.host().endsWith(u'.'))
            problem = u"a host with a trailing dot"_s;
        else {
            const auto items = QUrlQuery(url).queryItems();
            for (const auto &[key, value] : items) {
                if (tracking.match(key).hasMatch())
                    problem = u"a tracking parameter ("_s + key + u')';
            }
        }
        if (!problem.isEmpty())
            failures << where + u": "_s + text + u" is "_s + problem;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(report(failures)));
}

// A quoted clause is only as good as the text it was read in: its source must be the license's
// own URL or one of the sources the license cites for its text.
void TestBundledData::quotedClausesComeFromACitedLicenseText()
{
    QStringList failures;
    for (const QJsonObject &license : m_licenses) {
        QSet<QString> cited{license["url"_L1].toString()};
        const QJsonArray sources = license["sources"_L1].toArray();
        for (const QJsonValue &source : sources)
            cited.insert(source["url"_L1].toString());
        const QJsonObject terms = license["terms"_L1].toObject();
        for (auto it = terms.begin(); it != terms.end(); ++it) {
            const QJsonObject term = it.value().toObject();
            if (term["quote"_L1].toString().isEmpty())
                continue;
            if (!cited.contains(term["source"_L1].toString()))
                failures << license["id"_L1].toString() + u" / "_s + it.key() + u": quoted from "_s
                                + term["source"_L1].toString() + u", which the license does not cite"_s;
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(report(failures)));
}

// data/FORMAT.md: a date known to the month or year sits on the first day and says so; a range
// ends after it starts; nothing is dated after the dataset was checked; a note that admits only
// the month is known must not leave the date looking exact.
void TestBundledData::datesFollowTheConventions()
{
    static const QRegularExpression monthOnly(u"(only the month|month only)"_s, QRegularExpression::CaseInsensitiveOption);
    const QDate updated = date(m_dataset["updated"_L1]);
    QVERIFY(updated.isValid());
    QStringList failures;
    const auto check = [&](const QString &where, const QJsonObject &item, const QString &key) {
        const QDate when = date(item[key]);
        const QString precision = item["date_precision"_L1].toString(u"day"_s);
        if (!when.isValid() || when.year() < 1900 || when.year() > 2100)
            failures << where + u": "_s + key + u" is not a date between 1900 and 2100"_s;
        if (precision == "month"_L1 && when.day() != 1)
            failures << where + u": month precision but not on the 1st"_s;
        if (precision == "year"_L1 && (when.day() != 1 || when.month() != 1))
            failures << where + u": year precision but not on 1 January"_s;
        if (when > updated)
            failures << where + u": dated after the dataset's \"updated\" date"_s;
        if (precision == "day"_L1 && monthOnly.match(item["note"_L1].toString()).hasMatch())
            failures << where + u": the note says only the month is known, but the date has day precision"_s;
    };
    const QJsonArray releases = m_dataset["releases"_L1].toArray();
    for (const QJsonValue &value : releases) {
        const QJsonObject release = value.toObject();
        const QString where = u"release "_s + release["id"_L1].toString();
        check(where, release, u"date"_s);
        if (release.contains("date_latest"_L1) && date(release["date_latest"_L1]) <= date(release["date"_L1]))
            failures << where + u": date_latest is not after date"_s;
    }
    const QJsonArray organizations = m_dataset["organizations"_L1].toArray();
    for (const QJsonValue &organization : organizations) {
        const QJsonArray events = organization["events"_L1].toArray();
        for (const QJsonValue &event : events)
            check(u"event "_s + event["title"_L1].toString(), event.toObject(), u"date"_s);
        const QJsonArray stages = organization["stages"_L1].toArray();
        for (const QJsonValue &stage : stages) {
            const QString where = u"stage "_s + stage["name"_L1].toString();
            check(where, stage.toObject(), u"start"_s);
            if (stage.toObject().contains("end"_L1) && date(stage["end"_L1]) <= date(stage["start"_L1]))
                failures << where + u": ends before it starts (end is exclusive)"_s;
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(report(failures)));
}

// Stage ends are exclusive (the first day the stage no longer holds), so a stage that hands over
// to the next ends on the day the next starts; a one-day gap is an inclusive end left over.
void TestBundledData::stagesMeetWithoutGaps()
{
    QStringList failures;
    const QJsonArray organizations = m_dataset["organizations"_L1].toArray();
    for (const QJsonValue &organization : organizations) {
        const QJsonArray stages = organization["stages"_L1].toArray();
        for (qsizetype i = 1; i < stages.size(); ++i) {
            const QDate end = date(stages[i - 1]["end"_L1]);
            const QDate next = date(stages[i]["start"_L1]);
            if (!end.isValid())
                failures << organization["id"_L1].toString() + u": stage before "_s + stages[i]["name"_L1].toString()
                                + u" never ends"_s;
            else if (next < end)
                failures << organization["id"_L1].toString() + u": "_s + stages[i]["name"_L1].toString()
                                + u" starts before the previous stage ends"_s;
            else if (end.daysTo(next) == 1)
                failures << organization["id"_L1].toString() + u": one-day gap before "_s
                                + stages[i]["name"_L1].toString() + u" (inclusive end?)"_s;
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(report(failures)));
}

// Every release carries a source; a release of weights or a license change carries the vendor's own
// (its post, repository, model card or license file), since only that shows what was published, or
// is marked unconfirmed.
void TestBundledData::everyReleaseHasASource()
{
    QStringList failures;
    const QJsonArray releases = m_dataset["releases"_L1].toArray();
    for (const QJsonValue &release : releases) {
        const QJsonArray sources = release["sources"_L1].toArray();
        const QString kind = release["kind"_L1].toString();
        const bool primary = std::any_of(sources.begin(), sources.end(), [](const QJsonValue &source) {
            return source["kind"_L1].toString() == "primary"_L1;
        });
        if (sources.isEmpty())
            failures << release["id"_L1].toString() + u": no source"_s;
        else if ((kind == "weights"_L1 || kind == "license-change"_L1) && !primary
                 && !release["unconfirmed"_L1].toBool())
            failures << release["id"_L1].toString() + u": "_s + kind
                            + u" without a primary source, yet not marked unconfirmed"_s;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(report(failures)));
}

QTEST_GUILESS_MAIN(TestBundledData)
#include "tst_bundleddata.moc"
