#include "ChartBuilder.h"
#include "ChartExporter.h"
#include "ChartFigure.h"
#include "ChartPanel.h"
#include "ChartStyle.h"
#include "ExportDialog.h"
#include "LevelPalette.h"
#include "MainWindow.h"
#include "OpennessSeries.h"
#include "ReleaseFilter.h"
#include "ReleaseFilterProxy.h"
#include "ReleaseModel.h"
#include "TestDataset.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// Charts and their export: what each chart counts, exact ticks at any size, a caption that
// states the filter, and complete files in every format (or no file at all).
class TestChartExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void overTimeFollowsMostOpenLevelSoFar();
    void perModelLinesFollowEachModel();
    void announcementsAreNotReleases();
    void byYearCountsReleasesOnly();
    void weightsDelaysInMonths();
    void oldChartNameStillAccepted();
    void hoverOnBarShowsItsCounts();
    void aShortChartOnScreenLeavesItsSubtitleToATooltip();

    void tickLabelsEqualValuesAtTheirPositions_data();
    void tickLabelsEqualValuesAtTheirPositions();
    void legendEntriesDoNotOverlap_data();
    void legendEntriesDoNotOverlap();

    void captionStatesFilterRangeCountAndDate();
    void switchedOffLevelLeavesNoColour_data();
    void switchedOffLevelLeavesNoColour();
    void organizationKeepsItsColourWhateverTheFilter();

    void writesEveryChartInEveryFormat_data();
    void writesEveryChartInEveryFormat();
    void timelineExportsTheView_data();
    void timelineExportsTheView();
    void pngScaleMultipliesPixels();
    void pdfIsOnePageOfTheChartsAspect();
    void failedExportLeavesNoFile();
    void failedExportKeepsExistingFile();

    void dialogChoicesReachTheFile();
    void dialogRemembersChoices();

private:
    static QList<int> all(const Dataset &dataset);
    static QList<int> where(const Dataset &dataset, const std::function<bool(const Release &)> &accept);
    static bool containsColour(const QImage &image, QColor color);
};

QList<int> TestChartExport::all(const Dataset &dataset)
{
    return where(dataset, [](const Release &) { return true; });
}

QList<int> TestChartExport::where(const Dataset &dataset, const std::function<bool(const Release &)> &accept)
{
    QList<int> indexes;
    for (int i = 0; i < dataset.releases().size(); ++i) {
        if (accept(dataset.releases().at(i)))
            indexes.append(i);
    }
    return indexes;
}

bool TestChartExport::containsColour(const QImage &image, QColor color)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb wanted = color.rgb();
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (line[x] == wanted)
                return true;
        }
    }
    return false;
}

void TestChartExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Openness Timeline Tests"_s);
    QCoreApplication::setApplicationName(u"tst_chartexport"_s);
    QSettings().clear();
}

void TestChartExport::overTimeFollowsMostOpenLevelSoFar()
{
    const DatasetPtr dataset = TestDataset::make();
    const QList<OpennessSeries::OrganizationSeries> series = OpennessSeries::byOrganization(*dataset, all(*dataset));
    QCOMPARE(series.size(), 2);
    // Lab One: hosted, then open weights; its later, less open releases do not lower the line,
    // but each has its marker at its own level.
    const OpennessSeries::OrganizationSeries &lab = series.at(0);
    QCOMPARE(lab.organizationId, u"lab"_s);
    QCOMPARE(lab.steps.size(), 2);
    QCOMPARE(lab.steps.at(0).date, QDate(2023, 11, 3));
    QCOMPARE(lab.steps.at(0).level, OpennessLevel::Hosted);
    QCOMPARE(lab.steps.at(1).date, QDate(2024, 3, 17));
    QCOMPARE(lab.steps.at(1).level, OpennessLevel::OpenWeights);
    QCOMPARE(lab.markers.size(), 4);
    QCOMPARE(lab.markers.last().level, OpennessLevel::WeightsRestricted);
    // Other Lab: its open-source announcement is not a release.
    const OpennessSeries::OrganizationSeries &other = series.at(1);
    QCOMPARE(other.steps.size(), 1);
    QCOMPARE(other.steps.at(0).level, OpennessLevel::WeightsNonCommercial);
    QCOMPARE(other.organizationIndex, 1);
}

void TestChartExport::perModelLinesFollowEachModel()
{
    const DatasetPtr dataset = TestDataset::make();
    const QList<OpennessSeries::ModelSeries> models = OpennessSeries::byModel(*dataset, all(*dataset));
    QCOMPARE(models.size(), 3);
    // Beta: hosted at launch, then weights under a restricted license (the Grok 2 shape).
    const auto beta = std::find_if(models.cbegin(), models.cend(), [](const auto &m) { return m.modelId == u"beta"; });
    QVERIFY(beta != models.cend());
    QCOMPARE(beta->steps.size(), 2);
    QCOMPARE(beta->steps.at(0).level, OpennessLevel::Hosted);
    QCOMPARE(beta->steps.at(1).level, OpennessLevel::WeightsRestricted);
    QCOMPARE(beta->steps.at(1).date, QDate(2025, 8, 23));
}

void TestChartExport::announcementsAreNotReleases()
{
    const DatasetPtr dataset = TestDataset::make();
    for (ChartBuilder::Kind kind : {ChartBuilder::Kind::OpennessOverTime, ChartBuilder::Kind::ReleasesByLevel}) {
        std::unique_ptr<ChartFigure> figure = ChartBuilder::build(kind, dataset, all(*dataset));
        QVERIFY(figure);
        QCOMPARE(figure->eventsShown(), 5);
        QCOMPARE(figure->shownCount(ChartBuilder::levelSeriesName(OpennessLevel::OpenSourceAi)), 0);
        QCOMPARE(figure->shownCount(ChartBuilder::levelSeriesName(OpennessLevel::Hosted)), 2);
        QCOMPARE(figure->lastDate(), QDate(2025, 8, 23));
        // And it says so.
        QVERIFY2(figure->subtitle().contains(u"launch"_s, Qt::CaseInsensitive), qPrintable(figure->subtitle()));
    }
}

void TestChartExport::byYearCountsReleasesOnly()
{
    const DatasetPtr dataset = TestDataset::make();
    const QList<OpennessSeries::YearCounts> years = OpennessSeries::byYear(*dataset, all(*dataset));
    QCOMPARE(years.size(), 3); // 2023, 2024, 2025
    QCOMPARE(years.at(0).year, 2023);
    QCOMPARE(years.at(0).total(), 1);
    QCOMPARE(years.at(1).total(), 3);
    QCOMPARE(years.at(2).total(), 1); // the 2025 announcement is not counted
    QCOMPARE(years.at(2).counts[size_t(OpennessLevel::WeightsRestricted)], 1);
    QCOMPARE(years.at(2).counts[size_t(OpennessLevel::OpenSourceAi)], 0);
}

void TestChartExport::weightsDelaysInMonths()
{
    const DatasetPtr dataset = TestDataset::make();
    const QDate asOf = dataset->info().updated;
    OpennessSeries::WeightsDelays data = OpennessSeries::weightsDelays(*dataset, all(*dataset), asOf);
    // Gamma has no launch event: it is not in the chart.
    QCOMPARE(data.delays.size(), 2);
    QCOMPARE(data.delays.at(0).modelId, u"alpha"_s);
    QVERIFY(data.delays.at(0).published());
    QVERIFY(qAbs(data.delays.at(0).months - 4.4) < 0.1); // 3 November 2023 to 17 March 2024
    QCOMPARE(data.delays.at(1).modelId, u"beta"_s);
    QVERIFY(qAbs(data.delays.at(1).months - 12.3) < 0.1); // 13 August 2024 to 23 August 2025

    // Without its weights event, beta is still closed: an open-ended bar up to the as-of date.
    const QList<int> noBetaWeights = where(*dataset, [](const Release &r) { return r.id != u"beta-weights"; });
    data = OpennessSeries::weightsDelays(*dataset, noBetaWeights, asOf);
    QCOMPARE(data.delays.size(), 2);
    QVERIFY(!data.delays.at(1).published());
    QVERIFY(qAbs(data.delays.at(1).months - OpennessSeries::monthsBetween(QDate(2024, 8, 13), asOf)) < 1e-9);
}

void TestChartExport::oldChartNameStillAccepted()
{
    QCOMPARE(ChartBuilder::fromName(u"levels-by-year"), ChartBuilder::Kind::ReleasesByLevel);
    for (ChartBuilder::Kind kind : ChartBuilder::kinds())
        QCOMPARE(ChartBuilder::fromName(ChartBuilder::name(kind)), kind);
    QCOMPARE(ChartBuilder::kinds().size(), 5);
}

void TestChartExport::hoverOnBarShowsItsCounts()
{
    const DatasetPtr dataset = TestDataset::make();
    std::unique_ptr<ChartFigure> figure = ChartBuilder::build(ChartBuilder::Kind::ReleasesByLevel, dataset, all(*dataset));
    ChartExporter::image(*figure, {});
    const QRectF plot = dynamic_cast<QtChartFigure *>(figure.get())->plotArea();
    // The 2024 bar (the second of three), near its foot: three releases, one of them hosted.
    const QPointF foot(plot.left() + plot.width() * 1.5 / 3, plot.bottom() - 2);
    const QString tip = figure->toolTipAt(foot);
    QVERIFY2(tip.contains(u"2024: 3 release events"_s), qPrintable(tip));
    QVERIFY2(tip.contains(Openness::name(OpennessLevel::Hosted) + u": 1 (33%)"_s), qPrintable(tip));
    QVERIFY(figure->toolTipAt(plot.topLeft() - QPointF(20, 20)).isEmpty());
}

// In a window's chart tab a few hundred pixels high, the subtitle goes to a tooltip over the
// title and its lines go to the plot; an image of the same size keeps it, and so does a tall tab.
void TestChartExport::aShortChartOnScreenLeavesItsSubtitleToATooltip()
{
    const DatasetPtr dataset = TestDataset::make();
    std::unique_ptr<ChartFigure> figure = ChartBuilder::build(ChartBuilder::Kind::OpennessOverTime, dataset, all(*dataset));
    QVERIFY(!figure->subtitle().isEmpty());
    const ChartStyle style = ChartStyle::fromPalette(QPalette(), QFont());
    auto paint = [&](QSize size, ChartFigure::Target target) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        figure->paint(painter, QRectF(QPointF(0, 0), size), style, QString(), target);
        return figure->bodyRect().height();
    };
    const QSize shortTab(640, 240);
    const qreal exported = paint(shortTab, ChartFigure::Target::Export);
    QVERIFY(!figure->subtitleHidden());
    const qreal onScreen = paint(shortTab, ChartFigure::Target::Screen);
    QVERIFY(figure->subtitleHidden());
    QVERIFY2(onScreen >= exported + style.font.pixelSize(), qPrintable(u"%1 px, %2 px"_s.arg(onScreen).arg(exported)));
    const QPointF title(320, figure->bodyRect().top() / 3);
    QCOMPARE(figure->hiddenTextAt(title), figure->subtitle());
    QVERIFY(figure->hiddenTextAt(figure->bodyRect().center()).isEmpty());

    paint(QSize(640, 600), ChartFigure::Target::Screen);
    QVERIFY(!figure->subtitleHidden());
    QVERIFY(figure->hiddenTextAt(title).isEmpty());
}

void TestChartExport::tickLabelsEqualValuesAtTheirPositions_data()
{
    QTest::addColumn<int>("chart");
    QTest::addColumn<bool>("shares");
    QTest::addColumn<QSize>("size");
    for (const QSize &size : {QSize(1600, 900), QSize(480, 320), QSize(4000, 900), QSize(1200, 2400)}) {
        const QString label = u"%1x%2"_s.arg(size.width()).arg(size.height());
        QTest::addRow("over time %s", qPrintable(label)) << int(ChartBuilder::Kind::OpennessOverTime) << false << size;
        QTest::addRow("counts %s", qPrintable(label)) << int(ChartBuilder::Kind::ReleasesByLevel) << false << size;
        QTest::addRow("shares %s", qPrintable(label)) << int(ChartBuilder::Kind::ReleasesByLevel) << true << size;
        QTest::addRow("delays %s", qPrintable(label)) << int(ChartBuilder::Kind::TimeToWeights) << false << size;
    }
}

void TestChartExport::tickLabelsEqualValuesAtTheirPositions()
{
    QFETCH(int, chart);
    QFETCH(bool, shares);
    QFETCH(QSize, size);
    // A dataset with more events than the small one, so counts reach two digits.
    const DatasetPtr dataset = TestDataset::make();
    QList<int> indexes;
    for (int i = 0; i < 7; ++i)
        indexes.append(all(*dataset));
    ChartBuilder::Options chartOptions;
    chartOptions.shares = shares;
    std::unique_ptr<ChartFigure> figure = ChartBuilder::build(ChartBuilder::Kind(chart), dataset, indexes, chartOptions);
    ChartExporter::Options options;
    options.pixelSize = size;
    options.caption = u"Caption"_s;
    const QImage image = ChartExporter::image(*figure, options);
    QCOMPARE(image.size(), size);

    auto *qtFigure = dynamic_cast<QtChartFigure *>(figure.get());
    QVERIFY(qtFigure);
    const QRectF plot = qtFigure->chart()->plotArea();
    int checked = 0;
    for (QAbstractAxis *abstractAxis : qtFigure->chart()->axes()) {
        auto *axis = qobject_cast<QCategoryAxis *>(abstractAxis);
        if (!axis || !axis->labelsVisible())
            continue;
        const bool horizontal = axis->orientation() == Qt::Horizontal;
        const QFontMetricsF metrics(axis->labelsFont());
        double previous = std::numeric_limits<double>::lowest();
        int shown = 0;
        for (const QString &label : axis->categoriesLabels()) {
            const double value = axis->endValue(label);
            if (value < axis->min() - 1e-9 || value > axis->max() + 1e-9)
                continue;
            ++shown;
            // The label is the value at its position: a number, a percentage or a year.
            QString number = label;
            number.remove(u'%');
            bool ok = false;
            const double labelled = number.toDouble(&ok);
            QVERIFY2(ok, qPrintable(label));
            if (chart == int(ChartBuilder::Kind::ReleasesByLevel) && horizontal) {
                // Bars sit at 0, 1, 2...: the label is the year of the bar at that position.
                QCOMPARE(labelled, 2023 + value);
            } else {
                QCOMPARE(labelled, value);
            }
            if (horizontal && chart != int(ChartBuilder::Kind::ReleasesByLevel))
                QCOMPARE(value, std::round(value)); // whole years, whole months
            // Apart enough not to touch: the distance between neighbours exceeds a label.
            if (previous != std::numeric_limits<double>::lowest()) {
                const double pixels = (value - previous) / (axis->max() - axis->min()) * (horizontal ? plot.width() : plot.height());
                const double needed = horizontal ? metrics.horizontalAdvance(label) : metrics.height();
                QVERIFY2(pixels > needed, qPrintable(u"%1 px between labels, %2 needed"_s.arg(pixels).arg(needed)));
            }
            previous = value;
        }
        QVERIFY2(shown >= 2 || !horizontal, qPrintable(u"%1 labels"_s.arg(shown)));
        ++checked;
    }
    QVERIFY(checked >= 1);
    // Nothing was laid out outside the image.
    QVERIFY(figure->bodyRect().bottom() <= ChartExporter::logicalSize(size).height());
}

void TestChartExport::legendEntriesDoNotOverlap_data()
{
    QTest::addColumn<int>("chart");
    QTest::addColumn<QSize>("size");
    for (const QSize &size : {QSize(480, 320), QSize(1600, 900), QSize(4000, 900)}) {
        const QString label = u"%1x%2"_s.arg(size.width()).arg(size.height());
        for (ChartBuilder::Kind kind : {ChartBuilder::Kind::OpennessOverTime, ChartBuilder::Kind::ReleasesByLevel,
                                        ChartBuilder::Kind::TimeToWeights})
            QTest::addRow("%s %s", qPrintable(ChartBuilder::name(kind)), qPrintable(label)) << int(kind) << size;
    }
}

void TestChartExport::legendEntriesDoNotOverlap()
{
    QFETCH(int, chart);
    QFETCH(QSize, size);
    const DatasetPtr dataset = TestDataset::make();
    std::unique_ptr<ChartFigure> figure = ChartBuilder::build(ChartBuilder::Kind(chart), dataset, all(*dataset));
    ChartExporter::Options options;
    options.pixelSize = size;
    options.caption = ChartExporter::caption(*dataset, ReleaseFilter(), all(*dataset), *figure);
    ChartExporter::image(*figure, options);
    const QList<QRectF> rects = figure->legendRects();
    QCOMPARE(rects.size(), figure->legend().size());
    const QRectF page(QPointF(0, 0), ChartExporter::logicalSize(size));
    for (qsizetype i = 0; i < rects.size(); ++i) {
        QVERIFY(page.contains(rects.at(i)));
        QVERIFY(!rects.at(i).intersects(figure->bodyRect()));
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects.at(i).intersects(rects.at(j)), qPrintable(u"legend entries %1 and %2"_s.arg(i).arg(j)));
    }
}

void TestChartExport::captionStatesFilterRangeCountAndDate()
{
    const DatasetPtr dataset = TestDataset::make();
    ReleaseFilter filter;
    filter.setLevels({OpennessLevel::Hosted, OpennessLevel::OpenWeights});
    filter.setOrganizations({u"lab"_s});
    filter.setKinds({u"launch"_s, u"weights"_s});
    filter.setText(u"event"_s);
    const QList<int> visible = where(*dataset, [&](const Release &r) { return filter.accepts(*dataset, r); });
    QCOMPARE(visible.size(), 3);
    std::unique_ptr<ChartFigure> figure = ChartBuilder::build(ChartBuilder::Kind::OpennessOverTime, dataset, visible);
    const QString caption = ChartExporter::caption(*dataset, filter, visible, *figure);
    for (const QString &part : {Openness::name(OpennessLevel::Hosted), Openness::name(OpennessLevel::OpenWeights),
                                u"Lab One"_s, u"launches"_s, u"weights releases"_s, u"\u201cevent\u201d"_s,
                                u"3 events shown"_s, u"2023-11-03 to 2024-08-13"_s, u"Test data"_s, u"2026-11-28"_s,
                                u"example.org"_s}) {
        QVERIFY2(caption.contains(part), qPrintable(u"\"%1\" not in: %2"_s.arg(part, caption)));
    }
    QVERIFY(!caption.contains(u"Other Lab"_s));
    QVERIFY(!caption.contains(Openness::name(OpennessLevel::Closed)));

    // Without a filter it says so, and still gives the range, count and date.
    const QString plain = ChartExporter::caption(*dataset, ReleaseFilter(), all(*dataset),
                                                 *ChartBuilder::build(ChartBuilder::Kind::OpennessOverTime, dataset, all(*dataset)));
    QVERIFY2(plain.contains(u"Filter: none"_s), qPrintable(plain));
    QVERIFY2(plain.contains(u"5 events shown, 2023-11-03 to 2025-08-23"_s), qPrintable(plain));

    // Counts are grouped as the language writes them.
    QList<Release> many;
    for (int i = 0; i < 1500; ++i) {
        Release copy = dataset->releases().at(1);
        copy.id = u"copy-%1"_s.arg(i);
        many.append(copy);
    }
    const auto large = std::make_shared<const Dataset>(dataset->info(), dataset->organizations(), dataset->licenses(),
                                                       dataset->models(), many);
    const QString grouped = ChartExporter::caption(*large, ReleaseFilter(), all(*large),
                                                   *ChartBuilder::build(ChartBuilder::Kind::OpennessOverTime, large, all(*large)));
    QVERIFY2(grouped.contains(u"1,500 events shown"_s), qPrintable(grouped));
}

void TestChartExport::switchedOffLevelLeavesNoColour_data()
{
    QTest::addColumn<int>("chart");
    QTest::addColumn<int>("level");
    for (ChartBuilder::Kind kind : {ChartBuilder::Kind::OpennessOverTime, ChartBuilder::Kind::ReleasesByLevel}) {
        for (OpennessLevel level : {OpennessLevel::Hosted, OpennessLevel::WeightsNonCommercial, OpennessLevel::OpenWeights})
            QTest::addRow("%s without %s", qPrintable(ChartBuilder::name(kind)), qPrintable(Openness::id(level)))
                << int(kind) << int(level);
    }
}

void TestChartExport::switchedOffLevelLeavesNoColour()
{
    QFETCH(int, chart);
    QFETCH(int, level);
    const DatasetPtr dataset = TestDataset::make();
    const QColor color = LevelPalette::color(OpennessLevel(level));
    ChartExporter::Options options;
    options.pixelSize = QSize(1200, 700);

    ReleaseFilter filter;
    const QList<int> everything = all(*dataset);
    std::unique_ptr<ChartFigure> on = ChartBuilder::build(ChartBuilder::Kind(chart), dataset, everything);
    options.caption = ChartExporter::caption(*dataset, filter, everything, *on);
    // The colour is there while the level is shown (the test can fail)...
    QVERIFY(containsColour(ChartExporter::image(*on, options), color));

    // ... and gone when it is switched off: no marker, no bar, no legend swatch, no axis key.
    filter.setLevelEnabled(OpennessLevel(level), false);
    const QList<int> visible = where(*dataset, [&](const Release &r) { return filter.accepts(*dataset, r); });
    std::unique_ptr<ChartFigure> off = ChartBuilder::build(ChartBuilder::Kind(chart), dataset, visible);
    options.caption = ChartExporter::caption(*dataset, filter, visible, *off);
    QVERIFY(!containsColour(ChartExporter::image(*off, options), color));
}

void TestChartExport::organizationKeepsItsColourWhateverTheFilter()
{
    const DatasetPtr dataset = TestDataset::make();
    std::unique_ptr<ChartFigure> both = ChartBuilder::build(ChartBuilder::Kind::OpennessOverTime, dataset, all(*dataset));
    const QList<int> otherOnly = where(*dataset, [&](const Release &r) { return r.modelId == u"gamma"; });
    std::unique_ptr<ChartFigure> one = ChartBuilder::build(ChartBuilder::Kind::OpennessOverTime, dataset, otherOnly);
    auto legendIndexOf = [](const ChartFigure &figure, const QString &name) {
        for (const LegendEntry &entry : figure.legend()) {
            if (entry.text == name)
                return entry.organizationIndex;
        }
        return -2;
    };
    QCOMPARE(legendIndexOf(*both, u"Other Lab"_s), 1);
    QCOMPARE(legendIndexOf(*one, u"Other Lab"_s), 1);
    const ChartStyle style = ChartStyle::forTheme(ChartStyle::Theme::Light);
    QVERIFY(style.organizationColor(0) != style.organizationColor(1));
    // Pixels: Other Lab's colour is in the image when only Other Lab is shown, and not when only
    // Lab One is.
    ChartExporter::Options options;
    QVERIFY(containsColour(ChartExporter::image(*one, options), style.organizationColor(1)));
    const QList<int> labOnly = where(*dataset, [&](const Release &r) { return r.modelId != u"gamma"; });
    std::unique_ptr<ChartFigure> lab = ChartBuilder::build(ChartBuilder::Kind::OpennessOverTime, dataset, labOnly);
    QVERIFY(!containsColour(ChartExporter::image(*lab, options), style.organizationColor(1)));
}

void TestChartExport::writesEveryChartInEveryFormat_data()
{
    QTest::addColumn<int>("chart");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("theme");
    for (ChartBuilder::Kind kind : {ChartBuilder::Kind::OpennessOverTime, ChartBuilder::Kind::ReleasesByLevel,
                                    ChartBuilder::Kind::TimeToWeights}) {
        for (const QString &suffix : {u"png"_s, u"svg"_s, u"pdf"_s}) {
            for (const QString &theme : ChartStyle::themeIds())
                QTest::addRow("%s %s %s", qPrintable(ChartBuilder::name(kind)), qPrintable(suffix), qPrintable(theme))
                    << int(kind) << suffix << int(*ChartStyle::themeFromId(theme));
        }
    }
}

void TestChartExport::writesEveryChartInEveryFormat()
{
    QFETCH(int, chart);
    QFETCH(QString, suffix);
    QFETCH(int, theme);
    const DatasetPtr dataset = TestDataset::make();
    std::unique_ptr<ChartFigure> figure = ChartBuilder::build(ChartBuilder::Kind(chart), dataset, all(*dataset));
    ChartExporter::Options options;
    options.theme = ChartStyle::Theme(theme);
    options.caption = ChartExporter::caption(*dataset, ReleaseFilter(), all(*dataset), *figure);
    options.source = ChartExporter::source(*dataset);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chart."_s + suffix);
    QString error;
    QVERIFY2(ChartExporter::write(*figure, path, options, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), qsizetype(1)); // no temporary left

    if (suffix == u"png") {
        QVERIFY(content.startsWith("\x89PNG\r\n\x1a\n"));
        QImageReader reader(path);
        QCOMPARE(reader.size(), QSize(1600, 900));
        QCOMPARE(reader.text(u"Title"_s), figure->title());
        QCOMPARE(reader.text(u"Source"_s), u"Test data, as of 2026-11-28"_s);
        QVERIFY(figure->eventsShown() > 0);
        QVERIFY(reader.text(u"Description"_s).contains(u"%1 events shown"_s.arg(figure->eventsShown())));
        const QImage image = reader.read();
        QCOMPARE(image.pixelColor(2, 2), ChartStyle::forTheme(ChartStyle::Theme(theme)).background);
    } else if (suffix == u"svg") {
        QVERIFY(content.startsWith("<?xml"));
        QXmlStreamReader svg(content);
        QStringList texts;
        int paths = 0;
        while (!svg.atEnd()) {
            if (svg.readNext() == QXmlStreamReader::StartElement) {
                if (svg.name() == u"text")
                    texts.append(svg.readElementText(QXmlStreamReader::IncludeChildElements));
                else if (svg.name() == u"path" || svg.name() == u"polyline" || svg.name() == u"rect")
                    ++paths;
            }
        }
        QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
        // Text as text (the title, searchable), shapes as vector paths, and a portable font.
        QVERIFY2(texts.join(u' ').contains(figure->title().section(u' ', 0, 1)), qPrintable(texts.join(u'|')));
        QVERIFY(paths > 10);
        QVERIFY(!content.contains("<image"));
        QVERIFY(content.contains("sans-serif"));
    } else {
        QVERIFY(content.startsWith("%PDF-"));
        QVERIFY(content.trimmed().endsWith("%%EOF"));
        QCOMPARE(content.count("/Type /Page\n") + content.count("/Type /Page "), qsizetype(1));
    }
}

void TestChartExport::timelineExportsTheView_data()
{
    QTest::addColumn<QString>("suffix");
    for (const QString &suffix : {u"png"_s, u"svg"_s, u"pdf"_s})
        QTest::newRow(qPrintable(suffix)) << suffix;
}

void TestChartExport::timelineExportsTheView()
{
    QFETCH(QString, suffix);
    MainWindow window;
    window.openBundled();
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    std::unique_ptr<ChartFigure> figure = window.chartPanel()->makeFigure(ChartBuilder::Kind::Timeline);
    QVERIFY(figure);
    QCOMPARE(figure->eventsShown(), int(window.dataset()->releases().size())); // every event, not only releases
    ChartExporter::Options options;
    options.caption = window.chartPanel()->caption(*figure);
    QVERIFY(options.caption.contains(u"%1 events shown"_s.arg(window.dataset()->releases().size())));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"timeline."_s + suffix);
    QString error;
    QVERIFY2(ChartExporter::write(*figure, path, options, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 1000);
    if (suffix == u"png") {
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1600, 900));
        QVERIFY(containsColour(image, LevelPalette::color(OpennessLevel::OpenWeights))); // the view's markers
    }
    // The dialog offers it too.
    ExportDialog dialog(window.chartPanel());
    QVERIFY(dialog.findChild<QComboBox *>(u"chart"_s)->findData(u"timeline"_s) >= 0);
}

void TestChartExport::pngScaleMultipliesPixels()
{
    const DatasetPtr dataset = TestDataset::make();
    std::unique_ptr<ChartFigure> figure = ChartBuilder::build(ChartBuilder::Kind::ReleasesByLevel, dataset, all(*dataset));
    ChartExporter::Options options;
    options.pixelSize = QSize(800, 450);
    QTemporaryDir dir;
    for (int scale : {1, 2, 3}) {
        options.scale = scale;
        const QString path = dir.filePath(u"scale%1.png"_s.arg(scale));
        QVERIFY(ChartExporter::write(*figure, path, options, nullptr));
        QCOMPARE(QImage(path).size(), QSize(800 * scale, 450 * scale));
    }
    options.scale = 4;
    QString error;
    QVERIFY(!ChartExporter::write(*figure, dir.filePath(u"scale4.png"_s), options, &error));
    QVERIFY(!QFile::exists(dir.filePath(u"scale4.png"_s)));
}

void TestChartExport::pdfIsOnePageOfTheChartsAspect()
{
    const DatasetPtr dataset = TestDataset::make();
    std::unique_ptr<ChartFigure> figure = ChartBuilder::build(ChartBuilder::Kind::OpennessOverTime, dataset, all(*dataset));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chart.pdf"_s);
    ChartExporter::Options options;
    options.pixelSize = QSize(1600, 900);
    options.caption = ChartExporter::caption(*dataset, ReleaseFilter(), all(*dataset), *figure);
    QVERIFY(ChartExporter::write(*figure, path, options, nullptr));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    const QRegularExpression mediaBox(u"/MediaBox \\[\\s*0 0 ([\\d.]+) ([\\d.]+)\\s*\\]"_s);
    const QRegularExpressionMatch match = mediaBox.match(QString::fromLatin1(content));
    QVERIFY2(match.hasMatch(), "no MediaBox");
    const double width = match.captured(1).toDouble();
    const double height = match.captured(2).toDouble();
    QVERIFY2(qAbs(width / height - 16.0 / 9.0) < 0.01, qPrintable(u"%1 x %2"_s.arg(width).arg(height)));
}

void TestChartExport::failedExportLeavesNoFile()
{
    const DatasetPtr dataset = TestDataset::make();
    std::unique_ptr<ChartFigure> figure = ChartBuilder::build(ChartBuilder::Kind::OpennessOverTime, dataset, all(*dataset));
    QTemporaryDir dir;
    const QString missingDir = dir.filePath(u"no/such/dir/chart.png"_s);
    QString error;
    QVERIFY(!ChartExporter::write(*figure, missingDir, {}, &error));
    QVERIFY2(error.contains(missingDir), qPrintable(error));
    QVERIFY2(error.contains(u"no such file or directory"_s, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(!QFile::exists(missingDir));

    const QString unknown = dir.filePath(u"chart.gif"_s);
    QVERIFY(!ChartExporter::write(*figure, unknown, {}, &error));
    QVERIFY(error.contains(u".png"_s));
    QVERIFY(!QFile::exists(unknown));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), qsizetype(0));
}

void TestChartExport::failedExportKeepsExistingFile()
{
    const DatasetPtr dataset = TestDataset::make();
    std::unique_ptr<ChartFigure> figure = ChartBuilder::build(ChartBuilder::Kind::OpennessOverTime, dataset, all(*dataset));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"keep.png"_s);
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous content");
    }
    QString error;
    ChartExporter::Options options;
    options.pixelSize = QSize(5, 5);
    QVERIFY(!ChartExporter::write(*figure, path, options, &error));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("previous content"));
}

void TestChartExport::dialogChoicesReachTheFile()
{
    ReleaseModel model;
    model.setDataset(TestDataset::make());
    ReleaseFilterProxy proxy;
    proxy.setReleaseModel(&model);
    proxy.setLevelEnabled(OpennessLevel::Hosted, false);
    ChartPanel panel(&proxy);
    ExportDialog dialog(&panel);

    dialog.findChild<QComboBox *>(u"chart"_s)->setCurrentIndex(1); // releases by level
    QCOMPARE(dialog.kind(), ChartBuilder::Kind::ReleasesByLevel);
    dialog.findChild<QComboBox *>(u"format"_s)->setCurrentIndex(0);
    dialog.findChild<QSpinBox *>(u"width"_s)->setValue(800);
    dialog.findChild<QSpinBox *>(u"height"_s)->setValue(450);
    auto *scale = dialog.findChild<QComboBox *>(u"scale"_s);
    scale->setCurrentIndex(scale->findData(2));
    auto *theme = dialog.findChild<QComboBox *>(u"theme"_s);
    theme->setCurrentIndex(theme->findData(u"dark"_s));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"title"_s), u"Openness at Lab One"_s);
    auto *caption = dialog.findChild<QCheckBox *>(u"captionEnabled"_s);
    QVERIFY(caption->isChecked()); // on by default

    QTemporaryDir dir;
    const QString path = dir.filePath(u"dialog.png"_s);
    QString error;
    QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
    QImageReader reader(path);
    QCOMPARE(reader.size(), QSize(1600, 900));
    QCOMPARE(reader.text(u"Title"_s), u"Openness at Lab One"_s);
    const QString description = reader.text(u"Description"_s);
    QVERIFY2(description.contains(u"Filter: levels"_s), qPrintable(description));
    QVERIFY(!description.contains(Openness::name(OpennessLevel::Hosted)));
    const QImage image = reader.read();
    QCOMPARE(image.pixelColor(3, 3), ChartStyle::forTheme(ChartStyle::Theme::Dark).background);
    QVERIFY(!containsColour(image, LevelPalette::color(OpennessLevel::Hosted)));

    // Caption off: no caption in the file.
    caption->setChecked(false);
    const QString plain = dir.filePath(u"plain.svg"_s);
    dialog.findChild<QComboBox *>(u"format"_s)->setCurrentIndex(1);
    QCOMPARE(dialog.format(), ChartExporter::Format::Svg);
    QVERIFY2(dialog.exportTo(plain, &error), qPrintable(error));
    QFile svg(plain);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray content = svg.readAll();
    QVERIFY(content.contains("Openness at Lab One"));
    QVERIFY(!content.contains("Filter:"));
}

void TestChartExport::dialogRemembersChoices()
{
    ReleaseModel model;
    model.setDataset(TestDataset::make());
    ReleaseFilterProxy proxy;
    proxy.setReleaseModel(&model);
    ChartPanel panel(&proxy);
    {
        ExportDialog dialog(&panel);
        auto *theme = dialog.findChild<QComboBox *>(u"theme"_s);
        theme->setCurrentIndex(theme->findData(u"print"_s));
        dialog.findChild<QSpinBox *>(u"width"_s)->setValue(1234);
        dialog.findChild<QCheckBox *>(u"captionEnabled"_s)->setChecked(false);
        dialog.copyToClipboard();
    }
    ExportDialog again(&panel);
    QCOMPARE(again.options().theme, ChartStyle::Theme::Print);
    QCOMPARE(again.options().pixelSize, QSize(1234, 900));
    QVERIFY(!again.captionEnabled());
    QSettings().clear();
    ExportDialog fresh(&panel);
    // The defaults are the command line's defaults.
    QCOMPARE(fresh.options().pixelSize, QSize(1600, 900));
    QCOMPARE(fresh.options().scale, 1);
    QCOMPARE(fresh.options().theme, ChartStyle::Theme::Light);
    QCOMPARE(fresh.format(), ChartExporter::Format::Png);
    QVERIFY(fresh.captionEnabled());
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
