#include "ChartExporter.h"
#include "ChartPanel.h"
#include "ExportDialog.h"
#include "MainWindow.h"
#include "ChartFigure.h"
#include "DatasetLoader.h"
#include "LicenseCellDelegate.h"
#include "LicenseComparison.h"
#include "LicensePanel.h"
#include "LicenseTableExporter.h"
#include "LicenseTableModel.h"
#include "ReleaseDocument.h"
#include "ReleaseFilterProxy.h"
#include "ReleaseModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTabWidget>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;

// Licenses side by side: the comparison (family order, which cells changed between versions)
// on the bundled dataset's real licenses, the table following the shared filter or the user's
// picks, and the exports (Markdown, CSV and the three image formats) saying what the table shows.
class TestLicenseComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void marksChangedTermsBetweenLlamaVersions();
    void marksChangedTermsBetweenGrokVersions();
    void clausesMatch_data();
    void clausesMatch();
    void ordersFamiliesByVersion();
    void comparesWithNearestShownVersion();
    void cycleInSupersedesEnds();
    void tableFollowsTheFilter();
    void pickedLicensesStayBetweenTwoAndSix();
    void selectedCellShowsClauseAndChange();
    void cellIsTintedWithTheStatusColour();
    void markdownAndCsvContainTheTable();
    void csvRoundTripsCommasAndQuotes();
    void imageExportWritesEachFormat_data();
    void imageExportWritesEachFormat();
    void failedExportLeavesNoFile();
    void commandLineExportsTheTable();
    void aTableOfEveryLicenseKeepsNamesAndWordsReadable();
    void windowHasTheLicensesTab();

private:
    DatasetPtr m_bundled;
};

namespace {

// A minimal RFC 4180 reader, for checking what the CSV export wrote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

License license(const QString &id, const QString &name, const QString &supersedes = {})
{
    License result;
    result.id = id;
    result.name = name;
    result.url = u"https://example.org/"_s + id;
    result.summary = name;
    result.supersedes = supersedes;
    for (LicenseTerm term : LicenseTerms::all()) {
        TermRuling &ruling = result.term(term);
        ruling.status = TermStatus::Allowed;
        ruling.summary = u"Allowed."_s;
    }
    return result;
}

DatasetPtr syntheticDataset(const QList<License> &licenses)
{
    Dataset::Info info;
    info.title = u"Synthetic licenses"_s;
    info.updated = QDate(2026, 1, 1);
    return std::make_shared<const Dataset>(info, QList<Organization>{}, licenses, QList<Model>{}, QList<Release>{});
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

int rowOf(LicenseTerm term)
{
    return static_cast<int>(LicenseTerms::all().indexOf(term));
}

} // namespace

void TestLicenseComparison::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const DatasetLoader::Result result = DatasetLoader::bundled();
    QVERIFY(result.ok());
    m_bundled = result.dataset;
}

void TestLicenseComparison::marksChangedTermsBetweenLlamaVersions()
{
    // Llama 3.1's license lifted Llama 3's ban on using the model or its outputs to improve
    // other models (forbidden -> conditional); modification is granted in the same words; the
    // commercial-use clause differs only by naming its own version ("Meta Llama 3" / "Llama 3.1").
    const LicenseComparison comparison(m_bundled, {u"llama-3.1"_s, u"llama-3"_s});
    QCOMPARE(comparison.licenseIds(), QStringList({u"llama-3"_s, u"llama-3.1"_s}));
    QCOMPARE(comparison.column(1).previous, 0);
    QCOMPARE(comparison.change(1, LicenseTerm::TrainOtherModels), LicenseComparison::Change::StatusChanged);
    QCOMPARE(comparison.change(1, LicenseTerm::Modification), LicenseComparison::Change::None);
    QCOMPARE(comparison.change(1, LicenseTerm::CommercialUse), LicenseComparison::Change::None);
    QCOMPARE(comparison.change(1, LicenseTerm::PatentGrant), LicenseComparison::Change::None);
    for (LicenseTerm term : LicenseTerms::all())
        QCOMPARE(comparison.change(0, term), LicenseComparison::Change::None); // nothing to its left

    LicenseTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(comparison);
    const QModelIndex train = model.index(rowOf(LicenseTerm::TrainOtherModels), 1);
    QCOMPARE(train.data(LicenseTableModel::ChangeRole).toInt(), int(LicenseComparison::Change::StatusChanged));
    const QString change = train.data(LicenseTableModel::ChangeTextRole).toString();
    QVERIFY2(change.contains(u"Changed from Meta Llama 3 Community License Agreement"_s), qPrintable(change));
    QVERIFY2(change.contains(u"Forbidden"_s) && change.contains(u"Conditional"_s), qPrintable(change));
    QVERIFY(train.data(Qt::ToolTipRole).toString().contains(u"Changed from Meta Llama 3"_s));
    const QModelIndex modification = model.index(rowOf(LicenseTerm::Modification), 1);
    QVERIFY(modification.data(LicenseTableModel::ChangeTextRole).toString().isEmpty());
    QVERIFY(!modification.data(Qt::ToolTipRole).toString().contains(u"Changed from"_s));
    QVERIFY(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"July 23, 2024"_s));
}

void TestLicenseComparison::marksChangedTermsBetweenGrokVersions()
{
    // The reworded Grok 2 license moved its user threshold out and added an acceptable-use
    // policy; the ban on training other models stayed.
    const LicenseComparison comparison(m_bundled, {u"xai-community"_s, u"grok-2-community-v2"_s, u"grok-2-community-v1"_s});
    QCOMPARE(comparison.licenseIds(),
             QStringList({u"grok-2-community-v1"_s, u"grok-2-community-v2"_s, u"xai-community"_s}));
    QCOMPARE(comparison.change(1, LicenseTerm::UsageThresholds), LicenseComparison::Change::StatusChanged);
    QCOMPARE(comparison.change(1, LicenseTerm::AcceptableUse), LicenseComparison::Change::StatusChanged);
    QCOMPARE(comparison.change(1, LicenseTerm::TrainOtherModels), LicenseComparison::Change::None);
    QCOMPARE(comparison.changedTermCount(2), 0);
}

void TestLicenseComparison::clausesMatch_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("match");
    QTest::newRow("same words") << u"You may not use it."_s << u"You  may not use it"_s << true;
    QTest::newRow("other case and quotes") << u"Meta’s rights"_s << u"meta's RIGHTS"_s << true;
    QTest::newRow("own name only") << u"on the Llama 2 version release date, 700 million users"_s
                                   << u"on the Meta Llama 3 version release date, 700 million users"_s << true;
    QTest::newRow("abridged middle") << u"You are granted a license … to use the Llama Materials."_s
                                     << u"You are granted a license under Meta’s rights to use the Llama Materials."_s << true;
    QTest::newRow("abridged end") << u"You may use it..."_s << u"You may use it for research."_s << true;
    QTest::newRow("other number") << u"more than 700 million users"_s << u"more than 800 million users"_s << false;
    QTest::newRow("clause grew") << u"You may use it."_s << u"You may use it unless you compete."_s << false;
    QTest::newRow("abridged but different") << u"You may … for research."_s << u"You may use it commercially."_s << false;
}

void TestLicenseComparison::clausesMatch()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, match);
    QCOMPARE(LicenseComparison::clausesMatch(a, u"Llama 2 Community License Agreement"_s, b,
                                             u"Meta Llama 3 Community License Agreement"_s),
             match);
    QCOMPARE(LicenseComparison::clausesMatch(b, u"Meta Llama 3 Community License Agreement"_s, a,
                                             u"Llama 2 Community License Agreement"_s),
             match);
}

void TestLicenseComparison::ordersFamiliesByVersion()
{
    // Every Llama version given out of order, between other licenses: the family sits where
    // its first member was given, oldest first.
    const QStringList given{u"apache-2.0"_s,  u"llama-4"_s,   u"xai-community"_s,       u"llama-3.2"_s,
                            u"llama-2"_s,     u"llama-3.3"_s, u"grok-2-community-v1"_s, u"llama-3"_s,
                            u"llama-3.1"_s,   u"mit"_s,       u"grok-2-community-v2"_s, u"no-such-license"_s,
                            u"llama-2"_s};
    const QStringList expected{u"apache-2.0"_s,          u"llama-2"_s,            u"llama-3"_s,
                               u"llama-3.1"_s,           u"llama-3.2"_s,          u"llama-3.3"_s,
                               u"llama-4"_s,             u"grok-2-community-v1"_s, u"grok-2-community-v2"_s,
                               u"xai-community"_s,       u"mit"_s};
    QCOMPARE(LicenseComparison::familyOrder(*m_bundled, given), expected);
    const LicenseComparison comparison(m_bundled, given);
    QCOMPARE(comparison.licenseIds(), expected);
    QCOMPARE(comparison.column(6).depth, 5); // Llama 4: five versions before it
    QCOMPARE(comparison.column(6).familyRoot, u"llama-2"_s);
    QCOMPARE(comparison.column(0).previous, -1);
}

void TestLicenseComparison::comparesWithNearestShownVersion()
{
    // Llama 3 is not shown: Llama 3.1 is compared with Llama 2, the version to its left.
    const LicenseComparison comparison(m_bundled, {u"llama-2"_s, u"llama-3.1"_s});
    QCOMPARE(comparison.column(1).previous, 0);
    QCOMPARE(comparison.change(1, LicenseTerm::TrainOtherModels), LicenseComparison::Change::StatusChanged);
    // Unrelated licenses are never compared.
    const LicenseComparison unrelated(m_bundled, {u"apache-2.0"_s, u"llama-2"_s});
    QCOMPARE(unrelated.column(1).previous, -1);
    QCOMPARE(unrelated.changedTermCount(1), 0);
}

void TestLicenseComparison::cycleInSupersedesEnds()
{
    const DatasetPtr dataset = syntheticDataset({license(u"a"_s, u"A"_s, u"b"_s), license(u"b"_s, u"B"_s, u"a"_s)});
    const LicenseComparison comparison(dataset, {u"a"_s, u"b"_s});
    QCOMPARE(comparison.columnCount(), 2);
}

void TestLicenseComparison::tableFollowsTheFilter()
{
    QSettings().clear(); // the panel remembers its mode and picks
    ReleaseModel releases;
    ReleaseFilterProxy proxy;
    proxy.setReleaseModel(&releases);
    LicensePanel panel(&proxy);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    releases.setDataset(m_bundled);
    QTRY_VERIFY(panel.model()->columnCount() > 10);

    proxy.setOrganizations({u"xai"_s});
    QTRY_COMPARE(panel.model()->comparison().licenseIds(),
                 QStringList({u"apache-2.0"_s, u"grok-2-community-v1"_s, u"grok-2-community-v2"_s, u"xai-community"_s}));
    QCOMPARE(panel.table()->model()->columnCount(), 4);
    QVERIFY(panel.message()->text().contains(u"4"_s));

    proxy.setOrganizations({u"meta"_s});
    QTRY_VERIFY(panel.model()->comparison().licenseIds().contains(u"llama-3.1"_s));
    const QStringList meta = panel.model()->comparison().licenseIds();
    QVERIFY(!meta.contains(u"xai-community"_s));
    QVERIFY(meta.indexOf(u"llama-3"_s) + 1 == meta.indexOf(u"llama-3.1"_s));

    // A filter that leaves no licensed release empties the table and says why.
    proxy.setText(u"no release is called this"_s);
    QTRY_COMPARE(panel.model()->columnCount(), 0);
    QVERIFY(panel.message()->text().contains(u"No release event"_s));
}

void TestLicenseComparison::pickedLicensesStayBetweenTwoAndSix()
{
    QSettings().clear(); // the panel remembers its mode and picks
    ReleaseModel releases;
    ReleaseFilterProxy proxy;
    proxy.setReleaseModel(&releases);
    LicensePanel panel(&proxy);
    releases.setDataset(m_bundled);
    proxy.setOrganizations({u"xai"_s});
    QTRY_COMPARE(panel.model()->columnCount(), 4);

    // Switching to picking starts from what was shown.
    panel.setMode(LicensePanel::Mode::Pick);
    QVERIFY(panel.picker()->isVisibleTo(&panel));
    QCOMPARE(panel.pickedLicenses().size(), 4);
    panel.setPickedLicenses({u"llama-3.1"_s, u"llama-3"_s});
    QCOMPARE(panel.model()->comparison().licenseIds(), QStringList({u"llama-3"_s, u"llama-3.1"_s}));
    // The filter no longer moves the columns.
    proxy.setOrganizations({u"xai"_s, u"google"_s});
    QTest::qWait(20);
    QCOMPARE(panel.model()->columnCount(), 2);

    // At most six: a seventh cannot be checked.
    panel.setPickedLicenses({u"llama-2"_s, u"llama-3"_s, u"llama-3.1"_s, u"llama-3.2"_s, u"llama-3.3"_s, u"llama-4"_s,
                             u"apache-2.0"_s});
    QCOMPARE(panel.model()->columnCount(), 6);
    QListWidgetItem *unchecked = nullptr;
    for (int row = 0; row < panel.picker()->count(); ++row) {
        if (panel.picker()->item(row)->checkState() == Qt::Unchecked)
            unchecked = panel.picker()->item(row);
    }
    QVERIFY(unchecked);
    QVERIFY(!(unchecked->flags() & Qt::ItemIsEnabled));

    // One: the table waits for a second.
    panel.setPickedLicenses({u"llama-2"_s});
    QCOMPARE(panel.model()->columnCount(), 1);
    QVERIFY(panel.message()->text().contains(u"Check 2 to 6"_s));

    panel.setMode(LicensePanel::Mode::FollowFilter);
    QVERIFY(!panel.picker()->isVisibleTo(&panel));
    QCOMPARE(panel.model()->comparison().licenseIds(),
             QStringList({u"apache-2.0"_s, u"gemma-terms"_s, u"grok-2-community-v1"_s, u"grok-2-community-v2"_s,
                          u"xai-community"_s}));
}

void TestLicenseComparison::selectedCellShowsClauseAndChange()
{
    QSettings().clear(); // the panel remembers its mode and picks
    ReleaseModel releases;
    ReleaseFilterProxy proxy;
    proxy.setReleaseModel(&releases);
    LicensePanel panel(&proxy);
    panel.resize(1200, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    releases.setDataset(m_bundled);
    panel.setMode(LicensePanel::Mode::Pick);
    panel.setPickedLicenses({u"llama-3"_s, u"llama-3.1"_s});
    // Keyboard: into the table, down to the training row, right to Llama 3.1.
    panel.table()->setFocus();
    panel.table()->setCurrentIndex(panel.model()->index(0, 0));
    for (int i = 0; i < rowOf(LicenseTerm::TrainOtherModels); ++i)
        QTest::keyClick(panel.table(), Qt::Key_Down);
    QTest::keyClick(panel.table(), Qt::Key_Right);
    QCOMPARE(panel.table()->currentIndex(), panel.model()->index(rowOf(LicenseTerm::TrainOtherModels), 1));
    const QString text = panel.detail()->toPlainText();
    const TermRuling &ruling = m_bundled->license(u"llama-3.1"_s)->term(LicenseTerm::TrainOtherModels);
    QVERIFY2(text.contains(ruling.quote.left(40)), qPrintable(text));
    QVERIFY2(text.contains(u"Changed from Meta Llama 3"_s), qPrintable(text));
    QVERIFY(panel.detail()->toHtml().contains(ruling.sourceUrl.toHtmlEscaped()));
    QVERIFY(!panel.table()->accessibleName().isEmpty());
}

void TestLicenseComparison::cellIsTintedWithTheStatusColour()
{
    LicenseTableModel model;
    model.setComparison(LicenseComparison(m_bundled, {u"llama-3"_s, u"llama-3.1"_s}));
    for (const QColor base : {QColor(Qt::white), QColor(0x23, 0x26, 0x29)}) {
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Text, ReleaseDocument::contrastingTextColor(base));
        QImage image(200, 80, QImage::Format_RGB32);
        image.fill(Qt::magenta);
        const QModelIndex forbidden = model.index(rowOf(LicenseTerm::TrainOtherModels), 0);
        {
            QPainter painter(&image);
            QFont font;
            font.setPixelSize(12);
            LicenseCellDelegate::paintCell(painter, QRectF(0, 0, 200, 80), forbidden, palette, font);
        }
        const QColor expected = LicenseCellDelegate::cellColor(ReleaseDocument::toneColor(ReleaseDocument::Tone::Bad), base);
        const QColor bottomRight = image.pixelColor(198, 78);
        QVERIFY2(qAbs(bottomRight.red() - expected.red()) <= 2 && qAbs(bottomRight.green() - expected.green()) <= 2
                     && qAbs(bottomRight.blue() - expected.blue()) <= 2,
                 qPrintable(bottomRight.name() + u" != "_s + expected.name()));
        // The text keeps its contrast on the tint in both palettes.
        QVERIFY(ReleaseDocument::contrastRatio(expected, palette.color(QPalette::Text)) >= 4.5);
    }
}

void TestLicenseComparison::markdownAndCsvContainTheTable()
{
    LicenseTableModel model;
    model.setComparison(LicenseComparison(m_bundled, {u"llama-3"_s, u"llama-3.1"_s}));
    const QString markdown = LicenseTableExporter::markdown(model, u"Licenses"_s, u"Data: test."_s);
    QVERIFY(markdown.contains(u"| Term | Meta Llama 3 Community License Agreement"_s));
    QVERIFY(markdown.contains(u"Using outputs to train other models"_s));
    QVERIFY(markdown.contains(u"\u25B2 changed"_s));
    const TermRuling &ruling = m_bundled->license(u"llama-3.1"_s)->term(LicenseTerm::TrainOtherModels);
    QVERIFY(markdown.contains(ruling.sourceUrl));
    // Each data row has as many cells as the header.
    const QStringList lines = markdown.split(u'\n');
    const QStringList rows = lines.filter(QRegularExpression(u"^\\| "_s));
    QCOMPARE(rows.size(), 1 + License::termCount);
    for (const QString &row : rows)
        QCOMPARE(row.count(QRegularExpression(u"(?<!\\\\)\\|"_s)), 4);

    const QList<QStringList> csv = parseCsv(LicenseTableExporter::csv(model));
    QCOMPARE(csv.size(), 1 + 2 * License::termCount);
    const QStringList header = csv.first();
    const qsizetype status = header.indexOf(u"status"_s);
    const qsizetype clause = header.indexOf(u"clause"_s);
    const qsizetype changedFrom = header.indexOf(u"changed_from"_s);
    QVERIFY(status >= 0 && clause >= 0 && changedFrom >= 0);
    for (const QStringList &row : csv.mid(1)) {
        QCOMPARE(row.size(), header.size());
        if (row.at(0) == u"train_other_models"_s && row.at(1) == u"llama-3.1"_s) {
            QCOMPARE(row.at(status), u"conditional"_s);
            QCOMPARE(row.at(clause), ruling.quote);
            QCOMPARE(row.at(changedFrom), u"Meta Llama 3 Community License Agreement"_s);
        }
    }
}

void TestLicenseComparison::csvRoundTripsCommasAndQuotes()
{
    License tricky = license(u"tricky"_s, u"Tricky, \"quoted\" License"_s);
    tricky.term(LicenseTerm::CommercialUse).quote = u"You may sell it, \"as is\", provided that\nyou | pay."_s;
    tricky.term(LicenseTerm::CommercialUse).summary = u"Sell it, with <b>no</b> markup | pipes"_s;
    LicenseTableModel model;
    model.setComparison(LicenseComparison(syntheticDataset({tricky, license(u"plain"_s, u"Plain"_s)}), {u"tricky"_s, u"plain"_s}));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY2(LicenseTableExporter::writeText(model, dir.filePath(u"t.csv"_s), {}, &error), qPrintable(error));
    const QList<QStringList> rows = parseCsv(readAll(dir.filePath(u"t.csv"_s)));
    const qsizetype clause = rows.first().indexOf(u"clause"_s);
    const qsizetype name = rows.first().indexOf(u"license"_s);
    QCOMPARE(rows.at(1).at(0), u"commercial_use"_s);
    QCOMPARE(rows.at(1).at(clause), tricky.term(LicenseTerm::CommercialUse).quote);
    QCOMPARE(rows.at(1).at(name), tricky.name);

    QVERIFY(LicenseTableExporter::writeText(model, dir.filePath(u"t.md"_s), {}, &error));
    const QString markdown = readAll(dir.filePath(u"t.md"_s));
    QVERIFY(markdown.contains(u"&lt;b&gt;no&lt;/b&gt; markup \\| pipes"_s)); // text, not markup, in one cell
}

void TestLicenseComparison::imageExportWritesEachFormat_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << u"png"_s << QByteArray("\x89PNG");
    QTest::newRow("svg") << u"svg"_s << QByteArray("<?xml");
    QTest::newRow("pdf") << u"pdf"_s << QByteArray("%PDF");
}

void TestLicenseComparison::imageExportWritesEachFormat()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    const LicenseComparison comparison(m_bundled, {u"llama-2"_s, u"llama-3"_s, u"llama-3.1"_s});
    std::unique_ptr<ChartFigure> figure = LicenseTableExporter::figure(comparison, LicenseTableExporter::subtitle(3, true));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"licenses."_s + suffix);
    QString error;
    QVERIFY2(ChartExporter::write(*figure, path, {}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 1000);
    QVERIFY(file.read(magic.size()) == magic);
    if (suffix == u"png") {
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1600, 900));
        // The forbidden cell's colour is in the picture: the table was drawn, not just a frame.
        const QColor tint = LicenseCellDelegate::cellColor(ReleaseDocument::toneColor(ReleaseDocument::Tone::Bad),
                                                           ChartStyle::forTheme(ChartStyle::Theme::Light).background);
        bool found = false;
        for (int y = 0; y < image.height() && !found; y += 3) {
            for (int x = 0; x < image.width() && !found; x += 3) {
                const QColor pixel = image.pixelColor(x, y);
                found = qAbs(pixel.red() - tint.red()) <= 1 && qAbs(pixel.green() - tint.green()) <= 1
                    && qAbs(pixel.blue() - tint.blue()) <= 1;
            }
        }
        QVERIFY(found);
    }
}

void TestLicenseComparison::failedExportLeavesNoFile()
{
    LicenseTableModel model;
    const LicenseComparison comparison(m_bundled, {u"llama-2"_s, u"llama-3"_s});
    model.setComparison(comparison);
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"no/such/dir/"_s);
    QString error;
    for (const QString &name : {u"t.md"_s, u"t.csv"_s}) {
        QVERIFY(!LicenseTableExporter::writeText(model, missing + name, {}, &error));
        QVERIFY2(error.contains(missing + name), qPrintable(error));
        QVERIFY(!QFile::exists(missing + name));
    }
    QVERIFY(!LicenseTableExporter::writeText(model, dir.filePath(u"t.txt"_s), {}, &error));
    QVERIFY(!QFile::exists(dir.filePath(u"t.txt"_s)));
    std::unique_ptr<ChartFigure> figure = LicenseTableExporter::figure(comparison, {});
    for (const QString &name : {u"t.png"_s, u"t.svg"_s, u"t.pdf"_s}) {
        QVERIFY(!ChartExporter::write(*figure, missing + name, {}, &error));
        QVERIFY(!QFile::exists(missing + name));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
}

// The bundled dataset's 25 licenses in a 1600x900 image: the names slant, so short ones are
// whole, and no cell shows a stub of a word ("Co…", "All…").
void TestLicenseComparison::aTableOfEveryLicenseKeepsNamesAndWordsReadable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"all.svg"_s);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OPENNESS_TIMELINE_EXE), {u"--chart"_s, u"licenses"_s, u"--export"_s, path});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    const QString svg = readAll(path);
    QVERIFY(svg.contains(u"The 25 licenses"_s));
    for (const QString &name : {u"Llama 3.1"_s, u"Grok 2 (AUP revision)"_s, u"Gemma Terms of Use"_s, u"Apache-2.0"_s})
        QVERIFY2(svg.contains(u'>' + name + u'<'), qPrintable(name));
    const QRegularExpression stub(u">[^<]{1,8}\u2026<"_s);
    const QRegularExpressionMatch found = stub.match(svg);
    QVERIFY2(!found.hasMatch(), qPrintable(found.captured()));
}

void TestLicenseComparison::commandLineExportsTheTable()
{
    QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    for (const QString &name : {u"meta.csv"_s, u"meta.md"_s, u"meta.png"_s}) {
        QProcess process;
        process.setProcessEnvironment(environment);
        const QString path = dir.filePath(name);
        process.start(QStringLiteral(OPENNESS_TIMELINE_EXE),
                      {u"--chart"_s, u"licenses"_s, u"--orgs"_s, u"meta"_s, u"--export"_s, path});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFileInfo(path).size() > 0);
        if (name.endsWith(u".csv"_s)) {
            const QList<QStringList> rows = parseCsv(readAll(path));
            bool llama31 = false;
            for (const QStringList &row : rows)
                llama31 = llama31 || row.value(1) == u"llama-3.1"_s;
            QVERIFY(llama31);
            for (const QStringList &row : rows)
                QVERIFY(!row.value(1).startsWith(u"grok"_s));
        }
    }
    // Text formats belong to the licenses table only.
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OPENNESS_TIMELINE_EXE), {u"--export"_s, dir.filePath(u"chart.csv"_s)});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!QFile::exists(dir.filePath(u"chart.csv"_s)));
}

void TestLicenseComparison::windowHasTheLicensesTab()
{
    QSettings().clear();
    MainWindow window;
    window.openBundled();
    QTabWidget *tabs = window.tabs();
    const int tab = tabs->indexOf(window.licensePanel());
    QVERIFY(tab >= 0);
    QCOMPARE(tabs->tabText(tab), u"&Licenses"_s);
    window.setChartKind(ChartBuilder::Kind::Licenses); // what --chart licenses does to the window
    QCOMPARE(tabs->currentWidget(), window.licensePanel());
    QTRY_VERIFY(window.licensePanel()->model()->columnCount() > 10);

    // The export dialog offers the table, and exports the table the tab shows. Picked licenses
    // do not depend on the window's filter, so the caption names none.
    ReleaseFilter openOnly;
    openOnly.setLevels({OpennessLevel::OpenWeights});
    window.setFilter(openOnly);
    window.licensePanel()->setMode(LicensePanel::Mode::Pick);
    window.licensePanel()->setPickedLicenses({u"grok-2-community-v1"_s, u"xai-community"_s});
    ExportDialog dialog(window.chartPanel(), &window);
    auto *chart = dialog.findChild<QComboBox *>(u"chart"_s);
    QVERIFY(chart && chart->findData(u"licenses"_s) >= 0);
    dialog.setKind(ChartBuilder::Kind::Licenses);
    QCOMPARE(dialog.kind(), ChartBuilder::Kind::Licenses);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(dialog.exportTo(dir.filePath(u"picked.svg"_s), &error), qPrintable(error));
    const QString svg = readAll(dir.filePath(u"picked.svg"_s));
    QVERIFY(svg.contains(u"2 licenses picked"_s));
    QVERIFY(svg.contains(u"Grok 2"_s) && svg.contains(u"xAI"_s));
    QVERIFY(!svg.contains(u"Llama 2"_s));
    QVERIFY2(svg.contains(u"Filter: none"_s), qPrintable(svg.right(2000)));

    window.licensePanel()->setMode(LicensePanel::Mode::FollowFilter);
    QVERIFY2(dialog.exportTo(dir.filePath(u"filtered.svg"_s), &error), qPrintable(error));
    const QString filtered = readAll(dir.filePath(u"filtered.svg"_s));
    QVERIFY(!filtered.contains(u"Filter: none"_s));
    QVERIFY(filtered.contains(u"Filter: "_s));
}

QTEST_MAIN(TestLicenseComparison)
#include "tst_licensecomparison.moc"
