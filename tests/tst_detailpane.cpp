#include "DetailPane.h"
#include "ReleaseDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>
#include <QDesktopServices>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextTable>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString injection = u"<b>bold</b><a href=\"javascript:alert(1)\">x</a>"_s;

Source source(const QString &url, const QString &title, bool primary)
{
    Source s;
    s.url = url;
    s.title = title;
    s.primary = primary;
    return s;
}

TermRuling ruling(TermStatus status, const QString &summary, const QString &quote,
                  const QString &url, bool unconfirmed = false)
{
    TermRuling r;
    r.status = status;
    r.summary = summary;
    r.quote = quote;
    r.sourceUrl = url;
    r.unconfirmed = unconfirmed;
    return r;
}

const QString apacheUrl = u"https://www.apache.org/licenses/LICENSE-2.0"_s;

License apacheLicense(const QString &url)
{
    License l;
    l.id = u"apache-2.0"_s;
    l.name = u"Apache License 2.0"_s;
    l.spdx = u"Apache-2.0"_s;
    l.osiApproved = true;
    l.url = url;
    l.summary = u"A permissive open-source license."_s;
    for (const LicenseTerm term : LicenseTerms::all()) {
        l.term(term) = ruling(TermStatus::Allowed, u"No strings on %1."_s.arg(LicenseTerms::key(term)),
                              u"Apache clause on %1"_s.arg(LicenseTerms::key(term)), url);
    }
    l.term(LicenseTerm::Attribution) =
        ruling(TermStatus::Conditional, u"Keep the NOTICE file."_s,
               u"You must give any other recipients of the Work a copy of this License"_s, url);
    l.term(LicenseTerm::Revocation) =
        ruling(TermStatus::Conditional, u"Patent licenses end if you sue."_s,
               u"any patent licenses granted to You under this License for that Work shall terminate"_s,
               url);
    l.sources = {source(l.url, u"Apache License text"_s, true)};
    return l;
}

License communityLicense()
{
    License l;
    l.id = u"grok-2-community"_s;
    l.name = u"Grok 2 Community License Agreement"_s;
    l.osiApproved = false;
    l.url = u"https://huggingface.co/xai-org/grok-2/blob/main/LICENSE"_s;
    l.summary = u"Custom license: \"you may not use it to train other models\"."_s;
    l.version = u"Last Updated: August 23, 2025"_s;
    l.supersedes = u"apache-2.0"_s; // not historically true; exercises the link
    const QString url = l.url;
    for (const LicenseTerm term : LicenseTerms::all())
        l.term(term) = ruling(TermStatus::NotStated, u"Not read."_s, {}, {}, true);
    l.term(LicenseTerm::TrainOtherModels) =
        ruling(TermStatus::Forbidden, u"You may not train other AI models with it."_s,
               u"You may not use the Materials \"to train, create, or improve any foundational\" model"_s,
               url);
    l.term(LicenseTerm::Revocation) =
        ruling(TermStatus::Allowed, u"xAI may terminate the grant."_s,
               u"xAI may terminate this Agreement at any time"_s, url);
    l.sources = {source(l.url, u"Grok 2 LICENSE"_s, true)};
    return l;
}

Release release(const QString &id, const QString &model, QDate date, OpennessLevel level,
                const QString &license, const QString &title)
{
    Release r;
    r.id = id;
    r.modelId = model;
    r.date = date;
    r.kind = u"weights"_s;
    r.title = title;
    r.summary = u"Summary of %1."_s.arg(id);
    r.level = level;
    r.licenseId = license;
    r.sources = {source(u"https://x.ai/news/%1"_s.arg(id), u"xAI news: %1"_s.arg(id), true)};
    return r;
}

// A model of xAI's Grok family (member by member, so that a member added to Model needs no
// change here).
Model grokModel(const QString &id, const QString &name)
{
    Model m;
    m.id = id;
    m.organizationId = u"xai"_s;
    m.name = name;
    m.family = u"Grok"_s;
    return m;
}

// An Open Source AI Index assessment with every parameter closed except those given.
OsaiAssessment osaiAssessment(const QHash<QString, OsaiClass> &grades, const QString &notes = {})
{
    OsaiAssessment assessment;
    assessment.entry = u"Grok 2"_s;
    assessment.file = u"Grok.yaml"_s;
    for (int i = 0; i < OsaiAssessment::parameterCount; ++i) {
        OsaiGrade grade;
        grade.grade = grades.value(OsaiAssessment::parameterRef(i), OsaiClass::Closed);
        grade.notes = notes.isEmpty() ? u"Notes on %1."_s.arg(OsaiAssessment::parameterRef(i)) : notes;
        if (grade.grade != OsaiClass::Closed)
            grade.links = {u"https://huggingface.co/xai-org/grok-2"_s};
        assessment.grades.append(grade);
    }
    assessment.source = source(u"https://osai-index.eu/model/Grok"_s,
                               u"European Open Source AI Index: Grok 2, CC-BY 4.0"_s, false);
    return assessment;
}

// A small Grok-like dataset: two models, one with two events, a stage and two corporate events.
// linkUrl replaces the Apache license's text and clause URLs, to see how any URL is shown.
DatasetPtr sampleDataset(const QList<Source> &extraSources = {}, const QString &linkUrl = apacheUrl)
{
    Organization xai;
    xai.id = u"xai"_s;
    xai.name = u"xAI"_s;
    CorporateStage challenger;
    challenger.name = u"Latecomer challenger"_s;
    challenger.start = QDate(2023, 7, 12);
    challenger.end = QDate(2025, 3, 27);
    challenger.business = u"Catching up with OpenAI and Google."_s;
    challenger.openness = u"Openness buys attention and recruits."_s;
    challenger.pressure = OpennessPressure::TowardOpen;
    challenger.sources = {source(u"https://x.ai/news/grok-os"_s, u"Open release of Grok-1"_s, true)};
    xai.stages = {challenger};
    CorporateEvent founding;
    founding.date = QDate(2023, 3, 9);
    founding.title = u"xAI incorporated"_s;
    founding.kind = u"founding"_s;
    CorporateEvent seriesB;
    seriesB.date = QDate(2024, 5, 26);
    seriesB.title = u"Series B, $6 billion"_s;
    seriesB.kind = u"funding"_s;
    xai.events = {founding, seriesB};

    Model grok1 = grokModel(u"grok-1"_s, u"Grok-1"_s);
    grok1.parameters = u"314B MoE"_s;
    Model grok2 = grokModel(u"grok-2"_s, u"Grok 2"_s);
    // As the Index grades Grok 2: open weights, everything else closed.
    grok2.osai = osaiAssessment({{u"weights_endmodel"_s, OsaiClass::Open}});

    Release announced = release(u"grok-1-announce"_s, u"grok-1"_s, QDate(2023, 11, 3),
                                OpennessLevel::Hosted, {}, u"Grok-1 announced on X"_s);
    announced.kind = u"launch"_s;
    announced.dateLatest = QDate(2023, 11, 5); // known only to a few days
    Release weights = release(u"grok-1-weights"_s, u"grok-1"_s, QDate(2024, 3, 17),
                              OpennessLevel::OpenWeights, u"apache-2.0"_s,
                              u"Grok-1 weights released under Apache-2.0"_s);
    weights.levelNote = u"Weights and inference code only."_s;
    weights.sources += extraSources;
    Release grok2Weights = release(u"grok-2-weights"_s, u"grok-2"_s, QDate(2025, 8, 1),
                            OpennessLevel::WeightsRestricted, u"grok-2-community"_s,
                            u"Grok 2 weights under a community license"_s);
    grok2Weights.precision = DatePrecision::Month;
    grok2Weights.unconfirmed = true;
    grok2Weights.note = u"Exact day not confirmed by a primary source."_s;
    Release hostile = release(u"hostile"_s, u"grok-2"_s, QDate(2022, 1, 1), OpennessLevel::Closed,
                              {}, injection);
    hostile.summary = injection;
    hostile.precision = DatePrecision::Year;

    return std::make_shared<const Dataset>(Dataset::Info{u"Sample"_s, {}, QDate(2026, 1, 1)},
                                           QList<Organization>{xai},
                                           QList<License>{apacheLicense(linkUrl), communityLicense()},
                                           QList<Model>{grok1, grok2},
                                           QList<Release>{announced, weights, grok2Weights, hostile});
}

// Every link the browser would follow, by its href.
QStringList anchorHrefs(const QTextDocument *document)
{
    QStringList hrefs;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                hrefs << format.anchorHref();
        }
    }
    return hrefs;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Link, QColor(0x00, 0x55, 0xcc));
    return p;
}

} // namespace

// Stands in for the user's web browser: QDesktopServices hands it the URLs the pane opens.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class TestDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void placeholderBeforeAnything();
    void showsTheLicenseTermByTerm_data();
    void showsTheLicenseTermByTerm();
    void showsLicenseFacts();
    void showsStageAndNearbyCorporateEvents();
    void saysWhenNoStageCoversTheDate();
    void listsTheModelsOtherEvents();
    void openWeightsExplainsOsiOpenSourceAiDefinition();
    void hostedReleaseSaysNoLicenseApplies();
    void unconfirmedReleaseIsMarked();
    void datePrecisionIsRespected_data();
    void datePrecisionIsRespected();
    void datasetMarkupIsShownAsText();
    void onlyWebUrlsBecomeLinks_data();
    void onlyWebUrlsBecomeLinks();
    void clickOnOtherEventEmitsReleaseLink();
    void anchorClickedWithReleaseLinkEmitsId();
    void webLinksOpenOnlyWhenClickedAndOnlyHttp();
    void statusCueDoesNotRelyOnColour_data();
    void statusCueDoesNotRelyOnColour();
    void explicitColoursContrastWithTheirBackground_data();
    void explicitColoursContrastWithTheirBackground();

    void narrowPaneStacksTheLicenseTerms();
    void notStatedReadsAsAFactAboutTheLicense();
    void noParagraphIsRepeated_data();
    void noParagraphIsRepeated();
    void dateRangesReadAsPeople_data();
    void dateRangesReadAsPeople();
    void paneShowsDateRangesAndLastDayOfStage();

    void crosswalkShowsEachFramework();
    void crosswalkShowsEpochsValue();
    void crosswalkWithoutIndexGrades();
    void stripCellShowsItsGradeOnHover();
    void stripCellShowsItsGradeOnClick();
    void osaidVerdictNamesWhatIsMissing_data();
    void osaidVerdictNamesWhatIsMissing();
    void crosswalkSaysWhereFrameworksDisagree();

private:
    UrlRecorder m_web;
    UrlRecorder m_ftp;
};

void TestDetailPane::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QDesktopServices::setUrlHandler(u"https"_s, &m_web, "open");
    QDesktopServices::setUrlHandler(u"http"_s, &m_web, "open");
    QDesktopServices::setUrlHandler(u"ftp"_s, &m_ftp, "open");
}

void TestDetailPane::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QDesktopServices::unsetUrlHandler(u"ftp"_s);
}

void TestDetailPane::placeholderBeforeAnything()
{
    DetailPane pane;
    QVERIFY(pane.plainText().contains(u"Select a release on the timeline or in the list."_s));
    pane.setDataset(sampleDataset());
    QVERIFY(pane.plainText().contains(u"Select a release"_s));
    pane.showRelease(1);
    QVERIFY(!pane.plainText().contains(u"Select a release"_s));
    pane.showRelease(-1);
    QVERIFY(pane.plainText().contains(u"Select a release"_s));
    QCOMPARE(pane.releaseIndex(), -1);
    pane.showRelease(99); // out of range: the placeholder, not a crash
    QVERIFY(pane.plainText().contains(u"Select a release"_s));
    QVERIFY(pane.browser()->isReadOnly());
    QVERIFY(!pane.browser()->openLinks());
    QVERIFY(!pane.browser()->openExternalLinks());
}

void TestDetailPane::showsTheLicenseTermByTerm_data()
{
    QTest::addColumn<QString>("releaseId");
    QTest::addColumn<QString>("expected");
    for (const LicenseTerm term : LicenseTerms::all()) {
        QTest::addRow("apache question %s", qPrintable(LicenseTerms::key(term)))
            << u"grok-1-weights"_s << LicenseTerms::question(term);
        QTest::addRow("custom question %s", qPrintable(LicenseTerms::key(term)))
            << u"grok-2-weights"_s << LicenseTerms::question(term);
    }
    QTest::newRow("apache quoted clause")
        << u"grok-1-weights"_s
        << u"\u201CYou must give any other recipients of the Work a copy of this License\u201D"_s;
    QTest::newRow("custom clause with quotes inside")
        << u"grok-2-weights"_s
        << u"You may not use the Materials \"to train, create, or improve any foundational\" model"_s;
    QTest::newRow("apache summary") << u"grok-1-weights"_s << u"Keep the NOTICE file."_s;
    QTest::newRow("custom forbidden status") << u"grok-2-weights"_s << u"\u2717 Forbidden"_s;
    QTest::newRow("revocation reads as bad news")
        << u"grok-2-weights"_s << u"\u2717 May revoke"_s;
    QTest::newRow("clause source link text") << u"grok-1-weights"_s << u"clause source"_s;
}

void TestDetailPane::showsTheLicenseTermByTerm()
{
    QFETCH(QString, releaseId);
    QFETCH(QString, expected);
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(releaseId));
    // Spacing inside the status chips is not part of the reading.
    QVERIFY2(pane.plainText().simplified().contains(expected), qPrintable(pane.plainText()));
}

void TestDetailPane::showsLicenseFacts()
{
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-1-weights"_s));
    QString text = pane.plainText();
    QVERIFY(text.contains(u"Apache License 2.0"_s));
    QVERIFY(text.contains(u"Apache-2.0"_s));
    QVERIFY(text.contains(u"OSI approved"_s));
    QVERIFY(anchorHrefs(pane.browser()->document()).contains(u"https://www.apache.org/licenses/LICENSE-2.0"_s));

    pane.showRelease(dataset->releaseIndex(u"grok-2-weights"_s));
    text = pane.plainText();
    QVERIFY(text.contains(u"Grok 2 Community License Agreement"_s));
    QVERIFY(text.contains(u"no SPDX id"_s));
    QVERIFY(text.contains(u"Last Updated: August 23, 2025"_s));
    QVERIFY(text.contains(u"Supersedes"_s));
    // Every unread term is marked unconfirmed, next to its question.
    QCOMPARE(text.count(u"Unconfirmed"_s), 1 + 8);
}

void TestDetailPane::showsStageAndNearbyCorporateEvents()
{
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-1-weights"_s));
    const QString text = pane.plainText();
    QVERIFY(text.contains(u"Latecomer challenger"_s));
    QVERIFY(text.contains(u"Catching up with OpenAI and Google."_s));
    QVERIFY(text.contains(u"Openness buys attention and recruits."_s));
    QVERIFY(text.contains(Pressure::name(OpennessPressure::TowardOpen)));
    QVERIFY(text.contains(u"Open release of Grok-1"_s));
    // May 2024 is within six months of March 2024; the March 2023 founding is not.
    QVERIFY(text.contains(u"Series B, $6 billion"_s));
    QVERIFY(!text.contains(u"xAI incorporated"_s));
}

void TestDetailPane::saysWhenNoStageCoversTheDate()
{
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-2-weights"_s)); // after the stage ended
    QVERIFY(pane.plainText().contains(u"No corporate stage of xAI is recorded for this date."_s));
    QVERIFY(!pane.plainText().contains(u"Latecomer challenger"_s));
}

void TestDetailPane::listsTheModelsOtherEvents()
{
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-1-weights"_s));
    QVERIFY(pane.plainText().contains(u"Grok-1 announced on X"_s));
    QVERIFY(pane.plainText().contains(u"History of Grok-1"_s));
    const QStringList hrefs = anchorHrefs(pane.browser()->document());
    QVERIFY(hrefs.contains(u"release:grok-1-announce"_s));
    // The shown event is not a link to itself, and other models' events are not listed.
    QVERIFY(!hrefs.contains(u"release:grok-1-weights"_s));
    QVERIFY(!pane.plainText().contains(u"Grok 2 weights under a community license"_s));
}

void TestDetailPane::openWeightsExplainsOsiOpenSourceAiDefinition()
{
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-1-weights"_s));
    const QString text = pane.plainText();
    QVERIFY(text.contains(u"Open weights"_s));
    QVERIFY(text.contains(u"OSI Open Source AI Definition"_s));
    QVERIFY(text.contains(u"not Open Source AI"_s));
    QVERIFY(text.contains(u"training code"_s));
    QVERIFY(text.contains(u"under Apache License 2.0, an open-source license"_s));
    QVERIFY(text.contains(u"Weights and inference code only."_s)); // the level note

    // A restricted release is not called open source.
    pane.showRelease(dataset->releaseIndex(u"grok-2-weights"_s));
    QVERIFY(pane.plainText().contains(u"Not open source"_s));
    QVERIFY(!pane.plainText().contains(u"Open source as a license"_s));
}

void TestDetailPane::hostedReleaseSaysNoLicenseApplies()
{
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-1-announce"_s));
    const QString text = pane.plainText();
    QVERIFY(text.contains(u"no weights were published: you can only use it through the maker's "
                          "app or API, under its terms of service"_s));
    QVERIFY(!text.contains(LicenseTerms::question(LicenseTerm::CommercialUse)));
}

void TestDetailPane::unconfirmedReleaseIsMarked()
{
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-1-weights"_s));
    QVERIFY(!pane.plainText().contains(u"Unconfirmed"_s));
    pane.showRelease(dataset->releaseIndex(u"grok-2-weights"_s));
    const QString text = pane.plainText();
    const qsizetype badge = text.indexOf(u"Unconfirmed"_s);
    QVERIFY(badge >= 0);
    QVERIFY(text.contains(u"Exact day not confirmed by a primary source."_s));
    // The badge is in the heading, before the openness section.
    QVERIFY(badge < text.indexOf(u"How open"_s));
}

void TestDetailPane::datePrecisionIsRespected_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<DatePrecision>("precision");
    QTest::addColumn<QString>("expected");
    QTest::newRow("day") << QDate(2024, 3, 17) << DatePrecision::Day << u"17 March 2024"_s;
    QTest::newRow("month") << QDate(2024, 3, 1) << DatePrecision::Month << u"March 2024"_s;
    QTest::newRow("year") << QDate(2024, 1, 1) << DatePrecision::Year << u"2024"_s;
}

void TestDetailPane::datePrecisionIsRespected()
{
    QFETCH(QDate, date);
    QFETCH(DatePrecision, precision);
    QFETCH(QString, expected);
    QCOMPARE(ReleaseDocument::formatDate(date, precision), expected);

    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-2-weights"_s));
    QVERIFY(pane.plainText().contains(u"August 2025 \u00B7 xAI"_s));
    QVERIFY(!pane.plainText().contains(u"1 August 2025"_s));
}

void TestDetailPane::datasetMarkupIsShownAsText()
{
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"hostile"_s));
    QTextDocument *document = pane.browser()->document();
    QVERIFY2(pane.plainText().contains(injection), qPrintable(pane.plainText()));
    for (const QString &href : anchorHrefs(document))
        QVERIFY2(!href.startsWith(u"javascript"_s, Qt::CaseInsensitive), qPrintable(href));
    // The word "bold" appears only inside the literal tag text, never in a bold run of its own.
    QTextCursor found = document->find(injection);
    QVERIFY(!found.isNull());
    QVERIFY(!found.charFormat().isAnchor());
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().text() == u"bold"_s)
                QFAIL("dataset markup was interpreted");
        }
    }
}

void TestDetailPane::onlyWebUrlsBecomeLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("isLink");
    QTest::newRow("https") << u"https://example.org/article"_s << true;
    QTest::newRow("http") << u"http://example.org/article"_s << true;
    QTest::newRow("ftp") << u"ftp://example.org/file.txt"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("relative") << u"article.html"_s << false;
    QTest::newRow("quote breaking out of href") << u"https://example.org/\" onclick=\"x"_s << true;
}

void TestDetailPane::onlyWebUrlsBecomeLinks()
{
    QFETCH(QString, url);
    QFETCH(bool, isLink);
    const DatasetPtr dataset = sampleDataset({source(url, u"Extra source"_s, false)}, url);
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-1-weights"_s));
    QVERIFY(pane.plainText().contains(u"Extra source (secondary)"_s));
    QTextCursor title = pane.browser()->document()->find(u"Extra source"_s);
    QVERIFY(!title.isNull());
    QCOMPARE(title.charFormat().isAnchor(), isLink);
    for (const QString &linkText : {u"the license text"_s, u"clause source"_s}) {
        const QTextCursor found = pane.browser()->document()->find(linkText);
        QVERIFY(!found.isNull());
        QCOMPARE(found.charFormat().isAnchor(), isLink);
    }
    if (!isLink) // the reader still sees where it points
        QVERIFY(pane.plainText().contains(u"(not a web link: %1)"_s.arg(url)));
    for (const QString &href : anchorHrefs(pane.browser()->document())) {
        const QString scheme = QUrl(href).scheme();
        QVERIFY2(scheme == u"https"_s || scheme == u"http"_s || scheme == u"release"_s,
                 qPrintable(href));
        QVERIFY2(!href.contains(u'"') && !href.contains(u' '), qPrintable(href));
    }
}

void TestDetailPane::clickOnOtherEventEmitsReleaseLink()
{
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.resize(700, 500);
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-1-weights"_s));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy spy(&pane, &DetailPane::releaseLinkActivated);

    QTextBrowser *browser = pane.browser();
    QTextCursor cursor = browser->document()->find(u"Grok-1 announced on X"_s);
    QVERIFY(!cursor.isNull());
    cursor.setPosition(cursor.selectionStart() + 3);
    browser->setTextCursor(cursor);
    browser->ensureCursorVisible();
    const QPoint point = browser->cursorRect(cursor).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"grok-1-announce"_s);
    QVERIFY(m_web.opened.isEmpty());
}

void TestDetailPane::anchorClickedWithReleaseLinkEmitsId()
{
    DetailPane pane;
    pane.setDataset(sampleDataset());
    QSignalSpy spy(&pane, &DetailPane::releaseLinkActivated);
    emit pane.browser()->anchorClicked(QUrl(u"release:grok-2-weights"_s));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"grok-2-weights"_s);
    QCOMPARE(ReleaseDocument::releaseIdFromUrl(ReleaseDocument::releaseUrl(u"a.b_c-1"_s)),
             std::optional<QString>(u"a.b_c-1"_s));
}

void TestDetailPane::webLinksOpenOnlyWhenClickedAndOnlyHttp()
{
    m_web.opened.clear();
    m_ftp.opened.clear();
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.resize(700, 500);
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-1-weights"_s));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(m_web.opened.isEmpty()); // showing a page opens nothing

    // A real click on the first source link.
    QTextBrowser *browser = pane.browser();
    QTextCursor cursor = browser->document()->find(u"xAI news: grok-1-weights"_s);
    QVERIFY(!cursor.isNull());
    cursor.setPosition(cursor.selectionStart() + 2);
    browser->setTextCursor(cursor);
    browser->ensureCursorVisible();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(cursor).center());
    QCOMPARE(m_web.opened, QList<QUrl>{QUrl(u"https://x.ai/news/grok-1-weights"_s)});

    QSignalSpy spy(&pane, &DetailPane::releaseLinkActivated);
    emit browser->anchorClicked(QUrl(u"ftp://example.org/file"_s));
    emit browser->anchorClicked(QUrl(u"javascript:alert(1)"_s));
    emit browser->anchorClicked(QUrl(u"file:///etc/passwd"_s));
    QCOMPARE(m_web.opened.size(), 1);
    QVERIFY(m_ftp.opened.isEmpty());
    QCOMPARE(spy.count(), 0);
}

void TestDetailPane::statusCueDoesNotRelyOnColour_data()
{
    QTest::addColumn<LicenseTerm>("term");
    QTest::addColumn<TermStatus>("status");
    QTest::addColumn<QString>("glyph");
    QTest::addColumn<ReleaseDocument::Tone>("tone");
    using Tone = ReleaseDocument::Tone;
    QTest::newRow("commercial allowed") << LicenseTerm::CommercialUse << TermStatus::Allowed << u"\u2713"_s << Tone::Good;
    QTest::newRow("commercial conditional") << LicenseTerm::CommercialUse << TermStatus::Conditional << u"\u25D0"_s << Tone::Partial;
    QTest::newRow("training forbidden") << LicenseTerm::TrainOtherModels << TermStatus::Forbidden << u"\u2717"_s << Tone::Bad;
    QTest::newRow("patents not stated") << LicenseTerm::PatentGrant << TermStatus::NotStated << u"\u2205"_s << Tone::Unknown;
    QTest::newRow("licensor may revoke") << LicenseTerm::Revocation << TermStatus::Allowed << u"\u2717"_s << Tone::Bad;
    QTest::newRow("terminates on breach") << LicenseTerm::Revocation << TermStatus::Conditional << u"\u25D0"_s << Tone::Partial;
    QTest::newRow("revocation not stated") << LicenseTerm::Revocation << TermStatus::NotStated << u"\u2205"_s << Tone::Unknown;
}

void TestDetailPane::statusCueDoesNotRelyOnColour()
{
    QFETCH(LicenseTerm, term);
    QFETCH(TermStatus, status);
    QFETCH(QString, glyph);
    QFETCH(ReleaseDocument::Tone, tone);
    const ReleaseDocument::StatusCue cue = ReleaseDocument::statusCue(term, status);
    QCOMPARE(cue.glyph, glyph);
    QCOMPARE(cue.tone, tone);
    QVERIFY(!cue.label.isEmpty());
    // The glyph on its tone colour is readable.
    const QColor background = ReleaseDocument::toneColor(cue.tone);
    QVERIFY(ReleaseDocument::contrastRatio(background,
                                           ReleaseDocument::contrastingTextColor(background)) >= 4.5);
}

void TestDetailPane::explicitColoursContrastWithTheirBackground_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
    QPalette darkWithDefaultLink = darkPalette();
    darkWithDefaultLink.setColor(QPalette::Link, QColor(0x00, 0x00, 0xff));
    QTest::newRow("dark, default blue links") << darkWithDefaultLink;
}

void TestDetailPane::explicitColoursContrastWithTheirBackground()
{
    QFETCH(QPalette, palette);
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    // The palette changes after the text was built: the pane must rebuild it.
    pane.setPalette(lightPalette() == palette ? darkPalette() : lightPalette());
    pane.showRelease(dataset->releaseIndex(u"grok-2-weights"_s));
    pane.setPalette(palette);

    const QColor base = palette.color(QPalette::Base);
    int coloured = 0;
    const QTextDocument *document = pane.browser()->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.foreground().style() == Qt::NoBrush)
                continue; // drawn in the palette's text colour
            ++coloured;
            const QColor background = format.background().style() == Qt::NoBrush
                ? base
                : format.background().color();
            const double ratio =
                ReleaseDocument::contrastRatio(format.foreground().color(), background);
            QVERIFY2(ratio >= 4.5, qPrintable(u"%1 on %2: %3 (\"%4\")"_s.arg(
                                       format.foreground().color().name(), background.name())
                                       .arg(ratio)
                                       .arg(it.fragment().text())));
        }
    }
    QVERIFY(coloured > 0);
}


namespace {

// The columns of the license-terms table (the table with a row per term), 0 when there is none.
int termsTableColumns(const QTextDocument *document)
{
    int columns = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        if (QTextTable *table = cursor.currentTable(); table && table->rows() >= License::termCount)
            columns = table->columns();
    }
    return columns;
}

} // namespace

void TestDetailPane::narrowPaneStacksTheLicenseTerms()
{
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-2-weights"_s));
    pane.resize(280, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.isNarrow());
    QCOMPARE(termsTableColumns(pane.browser()->document()), 1);
    const QString narrowText = pane.plainText();
    for (const LicenseTerm term : LicenseTerms::all())
        QVERIFY(narrowText.contains(LicenseTerms::question(term)));
    QVERIFY(narrowText.simplified().contains(u"\u2717 May revoke"_s));

    // Wide enough for three columns, the table comes back, with the reader's release unchanged.
    pane.resize(pane.narrowWidthThreshold() + 200, 700);
    QTRY_VERIFY(!pane.isNarrow());
    QCOMPARE(termsTableColumns(pane.browser()->document()), 3);
    QCOMPARE(pane.releaseIndex(), dataset->releaseIndex(u"grok-2-weights"_s));
    // 280 px is below the threshold at any usual font size, full screen above it.
    QVERIFY(pane.narrowWidthThreshold() > 280);
    QVERIFY(pane.narrowWidthThreshold() < 1200);
}

void TestDetailPane::notStatedReadsAsAFactAboutTheLicense()
{
    ReleaseDocument::StatusCue cue = ReleaseDocument::statusCue(LicenseTerm::PatentGrant, TermStatus::NotStated);
    QVERIFY(!cue.glyph.contains(u'?'));
    QVERIFY(!cue.label.contains(u"Not stated"_s, Qt::CaseInsensitive));
    QVERIFY(!cue.label.contains(u"unknown"_s, Qt::CaseInsensitive));
    QCOMPARE(cue.label, u"Not in the license"_s);

    // A term the license is silent on, without a summary of its own, says so in words.
    const DatasetPtr dataset = sampleDataset();
    const Release &release = dataset->releases().at(dataset->releaseIndex(u"grok-1-weights"_s));
    const License *license = dataset->licenseOf(release);
    QVERIFY(license);
    bool silentWithoutSummary = false;
    for (const LicenseTerm term : LicenseTerms::all())
        silentWithoutSummary |= license->term(term).status == TermStatus::NotStated && license->term(term).summary.isEmpty();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-1-weights"_s));
    const QString text = pane.plainText();
    QVERIFY(!text.contains(u"Not stated"_s));
    if (silentWithoutSummary)
        QVERIFY(text.contains(u"The license says nothing about this."_s));
}

void TestDetailPane::noParagraphIsRepeated_data()
{
    QTest::addColumn<QString>("releaseId");
    const DatasetPtr dataset = sampleDataset();
    for (const Release &release : dataset->releases())
        QTest::newRow(qPrintable(release.id)) << release.id;
}

void TestDetailPane::noParagraphIsRepeated()
{
    QFETCH(QString, releaseId);
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(releaseId));
    // Every sentence-length line once: "What this means" must not restate the line above it.
    QSet<QString> seen;
    for (const QString &line : pane.plainText().split(u'\n')) {
        const QString sentence = line.simplified();
        if (sentence.size() < 50)
            continue;
        QVERIFY2(!seen.contains(sentence), qPrintable(sentence));
        seen.insert(sentence);
    }
    // Nor the level's definition and the longer explanation both.
    const Release &release = dataset->releases().at(dataset->releaseIndex(releaseId));
    QVERIFY(!pane.plainText().contains(Openness::meaning(release.level)));
}

void TestDetailPane::dateRangesReadAsPeople_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<DatePrecision>("precision");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one day") << QDate(2024, 3, 17) << QDate() << DatePrecision::Day << u"17 March 2024"_s;
    QTest::newRow("a month") << QDate(2024, 3, 1) << QDate() << DatePrecision::Month << u"March 2024"_s;
    QTest::newRow("a year") << QDate(2024, 1, 1) << QDate() << DatePrecision::Year << u"2024"_s;
    QTest::newRow("days in one month") << QDate(2024, 3, 3) << QDate(2024, 3, 9) << DatePrecision::Day
                                       << u"between 3 and 9 March 2024"_s;
    QTest::newRow("days across months") << QDate(2024, 2, 28) << QDate(2024, 3, 9) << DatePrecision::Day
                                        << u"between 28 February and 9 March 2024"_s;
    QTest::newRow("days across years") << QDate(2023, 12, 28) << QDate(2024, 1, 9) << DatePrecision::Day
                                       << u"between 28 December 2023 and 9 January 2024"_s;
    QTest::newRow("months") << QDate(2024, 3, 1) << QDate(2024, 5, 1) << DatePrecision::Month
                            << u"between March and May 2024"_s;
    QTest::newRow("same day twice") << QDate(2024, 3, 17) << QDate(2024, 3, 17) << DatePrecision::Day
                                    << u"17 March 2024"_s;
}

void TestDetailPane::dateRangesReadAsPeople()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(DatePrecision, precision);
    QFETCH(QString, expected);
    QCOMPARE(ReleaseDocument::formatDateRange(first, last, precision), expected);
}

void TestDetailPane::paneShowsDateRangesAndLastDayOfStage()
{
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-1-announce"_s));
    QVERIFY2(pane.plainText().contains(u"between 3 and 5 November 2023 \u00B7 xAI"_s), qPrintable(pane.plainText()));
    // The stage ends on 27 March 2025, exclusive: its last day is the 26th.
    QVERIFY(pane.plainText().contains(u"12 July 2023 to 26 March 2025"_s));
    QVERIFY(!pane.plainText().contains(u"27 March 2025"_s));
}

namespace {

// Where the strip's cell of a parameter is, in the browser's viewport; a null point when absent.
QPoint stripCell(QTextBrowser *browser, const QString &parameterRef)
{
    const QString href = ReleaseDocument::osaiGradeUrl(parameterRef).toString(QUrl::FullyEncoded);
    const QTextDocument *document = browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            return browser->cursorRect(cursor).center();
        }
    }
    return {};
}

QStringList stripHrefs(const QTextDocument *document)
{
    QStringList hrefs;
    for (const QString &href : anchorHrefs(document)) {
        if (href.startsWith(ReleaseDocument::osaiLinkScheme() + u':'))
            hrefs.append(href);
    }
    return hrefs;
}

} // namespace

void TestDetailPane::crosswalkShowsEachFramework()
{
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-2-weights"_s));
    const QString text = pane.plainText();
    QVERIFY(text.contains(u"Across frameworks"_s));
    // Ours: the level and why (the license named, with its plain summary, as there is no level note).
    QVERIFY(text.contains(u"This timeline"_s));
    QVERIFY(text.contains(u"Grok 2 Community License Agreement (not OSI-approved): Custom license"_s));
    // Epoch AI: a row that says the model is not in its catalogue.
    QVERIFY(text.contains(u"Epoch AI (Notable AI Models)"_s));
    QVERIFY(text.contains(u"No entry of Epoch AI's catalogue is attached to this model."_s));
    // The Index: twelve cells in the parameters' order, the counts, the entry and the credit.
    QVERIFY(text.contains(u"Open Source AI Index"_s));
    QStringList expected;
    for (int i = 0; i < OsaiAssessment::parameterCount; ++i)
        expected.append(u"osai:"_s + OsaiAssessment::parameterRef(i));
    QCOMPARE(stripHrefs(pane.browser()->document()), expected);
    QVERIFY(text.contains(u"1 open, 0 partial, 11 closed, of 12 parameters."_s));
    QVERIFY(text.contains(u"European Open Source AI Index: Grok 2, CC-BY 4.0"_s));
    QVERIFY(anchorHrefs(pane.browser()->document()).contains(u"https://osai-index.eu/model/Grok"_s));
    QVERIFY(anchorHrefs(pane.browser()->document()).contains(u"https://osai-index.eu/"_s));
    QVERIFY(text.contains(u"Liesenfeld & Dingemanse (2024)"_s));
    // The OSI definition: not met, and what is missing.
    QVERIFY(text.contains(u"OSI Open Source AI Definition 1.0"_s));
    QVERIFY(text.contains(u"Does not meet it."_s));
    QVERIFY(text.contains(u"the weights under OSI-approved terms (Grok 2 Community License Agreement is not OSI-approved)"_s));
    QVERIFY(text.contains(u"the complete training code (the Index grades it closed)"_s));
    QVERIFY(text.contains(u"information on all the training data (the Index grades the data sources closed)"_s));
}

void TestDetailPane::crosswalkShowsEpochsValue()
{
    const DatasetPtr dataset = sampleDataset();
    Model grok1 = dataset->models().at(0);
    QCOMPARE(grok1.id, u"grok-1"_s);
    const Source catalogue = source(u"https://epoch.ai/data/notable-ai-models"_s,
                                    u"Epoch AI, Notable AI Models (CC-BY 4.0)"_s, false);
    grok1.epoch = EpochAssessment{u"Grok-1"_s, u"Open weights (unrestricted)"_s, catalogue};
    // The sample dataset with these two models.
    auto withModels = [&dataset](const Model &first, const Model &second) {
        return std::make_shared<const Dataset>(Dataset::Info{u"Epoch"_s, {}, QDate(2026, 1, 1)},
                                               dataset->organizations(), dataset->licenses(),
                                               QList<Model>{first, second}, dataset->releases());
    };
    const DatasetPtr withEpoch = withModels(grok1, dataset->models().at(1));
    DetailPane pane;
    pane.setDataset(withEpoch);
    pane.showRelease(withEpoch->releaseIndex(u"grok-1-weights"_s));
    QVERIFY(pane.plainText().contains(u"Open weights (unrestricted)"_s));
    QVERIFY(!pane.plainText().contains(u"No entry of Epoch AI's catalogue is attached to this model."_s));
    pane.showRelease(withEpoch->releaseIndex(u"grok-2-weights"_s));
    QVERIFY(pane.plainText().contains(u"No entry of Epoch AI's catalogue is attached to this model."_s));

    // Where Epoch's value stands for another level than the event's, the pane says so; where it
    // stands for the same level, it does not.
    Model grok2 = dataset->models().at(1);
    QCOMPARE(grok2.id, u"grok-2"_s);
    grok2.epoch = EpochAssessment{u"Grok-2"_s, u"Hosted access (no API)"_s, catalogue};
    const DatasetPtr disagreeing = withModels(grok1, grok2);
    pane.setDataset(disagreeing);
    pane.showRelease(disagreeing->releaseIndex(u"grok-2-weights"_s));
    const QString sentence = u"Epoch AI's value, \u201cHosted access (no API)\u201d, is API or product only on this "
                             "timeline's scale; this event left the model at Weights available, restricted."_s;
    QVERIFY2(pane.plainText().contains(u"Where they disagree:"_s), qPrintable(pane.plainText()));
    QVERIFY2(pane.plainText().contains(sentence), qPrintable(pane.plainText()));
    pane.showRelease(disagreeing->releaseIndex(u"grok-1-weights"_s)); // open weights, as Epoch says
    QVERIFY(!pane.plainText().contains(u"Epoch AI's value"_s));
}

void TestDetailPane::crosswalkWithoutIndexGrades()
{
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-1-weights"_s));
    const QString text = pane.plainText();
    QVERIFY(text.contains(u"Why this level: Weights and inference code only."_s));
    QVERIFY(text.contains(u"Not graded by the European Open Source AI Index."_s));
    QVERIFY(stripHrefs(pane.browser()->document()).isEmpty());
    QVERIFY(text.contains(u"Does not meet it."_s));
    QVERIFY(text.contains(u"the training code and data information (not recorded as published)"_s));
    QVERIFY(text.contains(u"Judged from this timeline's level and license alone."_s));
    QVERIFY(!text.contains(u"Where they disagree"_s));
}

void TestDetailPane::stripCellShowsItsGradeOnHover()
{
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.resize(900, 700);
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-2-weights"_s));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTextBrowser *browser = pane.browser();
    const QPoint cell = stripCell(browser, u"weights_endmodel"_s);
    QVERIFY(!cell.isNull());
    const QString tip = pane.toolTipAt(cell);
    QVERIFY2(tip.contains(u"End User Model Weights"_s), qPrintable(tip));
    QVERIFY(tip.contains(u"Open"_s));
    QVERIFY(tip.contains(u"Notes on weights_endmodel."_s));
    QVERIFY(tip.contains(u"https://huggingface.co/xai-org/grok-2"_s));
    QVERIFY(tip.contains(u"Grok.yaml"_s));
    // Another cell says its own parameter; text outside the strip has no such tip.
    QVERIFY(pane.toolTipAt(stripCell(browser, u"licenses"_s)).contains(u"Licenses"_s));
    QVERIFY(pane.toolTipAt(stripCell(browser, u"licenses"_s)).contains(u"Closed"_s));
    QVERIFY(pane.toolTipAt(QPoint(2, 2)).isEmpty());

    // The real tool-tip event, as the pointer resting on the cell sends it.
    QToolTip::hideText();
    const QPoint point = stripCell(browser, u"weights_endmodel"_s);
    QHelpEvent event(QEvent::ToolTip, point, browser->viewport()->mapToGlobal(point));
    QApplication::sendEvent(browser->viewport(), &event);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"End User Model Weights"_s));
    QToolTip::hideText();
}

void TestDetailPane::stripCellShowsItsGradeOnClick()
{
    // A click (or Enter on the focused cell) shows the same text, and opens nothing.
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.resize(900, 700);
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-2-weights"_s));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QToolTip::hideText();
    const QPoint cell = stripCell(pane.browser(), u"trainingcode"_s);
    QVERIFY(!cell.isNull());
    QSignalSpy spy(&pane, &DetailPane::releaseLinkActivated);
    m_web.opened.clear();
    QTest::mouseClick(pane.browser()->viewport(), Qt::LeftButton, {}, cell);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"Training Code"_s));
    QCOMPARE(spy.count(), 0);
    QVERIFY(m_web.opened.isEmpty());
    QToolTip::hideText();

    // The Index's notes are text: markup in them is shown, not obeyed.
    const QString tip = ReleaseDocument(*dataset).osaiToolTip(dataset->releaseIndex(u"grok-2-weights"_s), u"paper"_s);
    QVERIFY(tip.contains(u"Notes on paper."_s));
    Model grok2 = grokModel(u"grok-2"_s, u"Grok 2"_s);
    grok2.osai = osaiAssessment({}, injection);
    const auto hostile = std::make_shared<const Dataset>(Dataset::Info{u"Hostile"_s, {}, QDate(2026, 1, 1)},
                                                         dataset->organizations(), dataset->licenses(),
                                                         QList<Model>{dataset->models().at(0), grok2},
                                                         dataset->releases());
    const QString hostileTip = ReleaseDocument(*hostile).osaiToolTip(hostile->releaseIndex(u"grok-2-weights"_s), u"paper"_s);
    QVERIFY(hostileTip.contains(u"&lt;b&gt;bold&lt;/b&gt;"_s));
    QVERIFY(!hostileTip.contains(u"<b>bold</b>"_s));
}

void TestDetailPane::osaidVerdictNamesWhatIsMissing_data()
{
    QTest::addColumn<OpennessLevel>("level");
    QTest::addColumn<bool>("osiLicense");
    QTest::addColumn<bool>("indexGrades");
    QTest::addColumn<QStringList>("openParameters"); // the rest closed
    QTest::addColumn<QStringList>("missing");        // the start of each missing component

    const QStringList all = {u"datasources_basemodel"_s, u"datasources_endmodel"_s, u"weights_basemodel"_s,
                             u"weights_endmodel"_s, u"trainingcode"_s, u"licenses"_s};
    QTest::newRow("open weights, everything open (OLMo-like)")
        << OpennessLevel::OpenWeights << true << true << all << QStringList();
    QTest::newRow("open weights, no training code")
        << OpennessLevel::OpenWeights << true << true
        << QStringList{u"datasources_basemodel"_s, u"datasources_endmodel"_s, u"licenses"_s}
        << QStringList{u"the complete training code"_s};
    QTest::newRow("restricted license, everything else open")
        << OpennessLevel::WeightsRestricted << false << true << all
        << QStringList{u"the weights under OSI-approved terms"_s};
    QTest::newRow("hosted, graded open as it is now")
        << OpennessLevel::Hosted << false << true << all << QStringList{u"the weights (not published at this event)"_s};
    QTest::newRow("open weights, data and licenses closed")
        << OpennessLevel::OpenWeights << true << true << QStringList{u"trainingcode"_s}
        << QStringList{u"information on all the training data"_s, u"OSI-approved terms for all of it"_s};
    QTest::newRow("open source AI, no Index grades")
        << OpennessLevel::OpenSourceAi << true << false << QStringList() << QStringList();
    QTest::newRow("open weights, no Index grades")
        << OpennessLevel::OpenWeights << true << false << QStringList()
        << QStringList{u"the training code and data information"_s};
}

void TestDetailPane::osaidVerdictNamesWhatIsMissing()
{
    QFETCH(OpennessLevel, level);
    QFETCH(bool, osiLicense);
    QFETCH(bool, indexGrades);
    QFETCH(QStringList, openParameters);
    QFETCH(QStringList, missing);
    Release release;
    release.level = level;
    License license = osiLicense ? apacheLicense(apacheUrl) : communityLicense();
    QHash<QString, OsaiClass> grades;
    for (const QString &ref : openParameters)
        grades.insert(ref, OsaiClass::Open);
    const OsaiAssessment assessment = osaiAssessment(grades);
    const ReleaseDocument::OsaidVerdict verdict =
        ReleaseDocument::osaidVerdict(release, &license, indexGrades ? &assessment : nullptr);
    QCOMPARE(verdict.meets, missing.isEmpty());
    QCOMPARE(verdict.fromIndex, indexGrades);
    QCOMPARE(verdict.missing.size(), missing.size());
    for (qsizetype i = 0; i < missing.size(); ++i)
        QVERIFY2(verdict.missing.at(i).startsWith(missing.at(i)), qPrintable(verdict.missing.at(i)));
}

void TestDetailPane::crosswalkSaysWhereFrameworksDisagree()
{
    // Grok 2's weights: the Index grades them open (downloadable), our level counts the license.
    const DatasetPtr dataset = sampleDataset();
    DetailPane pane;
    pane.setDataset(dataset);
    pane.showRelease(dataset->releaseIndex(u"grok-2-weights"_s));
    QString text = pane.plainText();
    QVERIFY(text.contains(u"Where they disagree:"_s));
    QVERIFY(text.contains(u"The Index grades the end model's weights open because anyone can download them; this "
                          "timeline's level, Weights available, restricted, also weighs what the license forbids."_s));

    // Before the weights, the Index's grade of the model as it is now disagrees with the event.
    pane.showRelease(dataset->releaseIndex(u"hostile"_s));
    text = pane.plainText();
    QVERIFY(text.contains(u"At this event no weights were published (Closed), while the Index grades the end "
                          "model's weights open"_s));

    // An Apache-2.0 release that the Index grades "licenses partial".
    const Model grok1 = dataset->models().at(0);
    QCOMPARE(grok1.id, u"grok-1"_s);
    Model graded = grok1;
    graded.osai = osaiAssessment({{u"weights_endmodel"_s, OsaiClass::Open}, {u"licenses"_s, OsaiClass::Partial}});
    const auto withGrades = std::make_shared<const Dataset>(Dataset::Info{u"Graded"_s, {}, QDate(2026, 1, 1)},
                                                            dataset->organizations(), dataset->licenses(),
                                                            QList<Model>{graded, dataset->models().at(1)},
                                                            dataset->releases());
    pane.setDataset(withGrades);
    pane.showRelease(withGrades->releaseIndex(u"grok-1-weights"_s));
    text = pane.plainText();
    QVERIFY(text.contains(u"This timeline counts the weights' license, Apache License 2.0, as open (it is "
                          "OSI-approved), but the Index grades the licenses partial"_s));
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
