#include "ChartBuilder.h"
#include "ChartExporter.h"
#include "LevelPalette.h"
#include "OpennessSeries.h"
#include "TestDataset.h"

#include <QChart>
#include <QFile>
#include <QImage>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

// Charts and their export: the points follow the visible releases, and each format gives a
// complete file of the right type, or no file at all.
class TestChartExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overTimeChartHasOnePointPerVisibleRelease();
    void hiddenLevelHasNoPoints();
    void byYearCountsReleases();
    void writesEachFormat_data();
    void writesEachFormat();
    void pngHasRequestedSize();
    void failedExportLeavesNoFile();
    void failedExportKeepsExistingFile();

private:
    static QList<int> all(const Dataset &dataset);
    static int pointsOfLevel(QChart *chart, OpennessLevel level);
};

QList<int> TestChartExport::all(const Dataset &dataset)
{
    QList<int> indexes;
    for (int i = 0; i < dataset.releases().size(); ++i)
        indexes.append(i);
    return indexes;
}

int TestChartExport::pointsOfLevel(QChart *chart, OpennessLevel level)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->objectName() == ChartBuilder::levelSeriesName(level))
            return int(qobject_cast<QScatterSeries *>(series)->count());
    }
    return -1;
}

void TestChartExport::overTimeChartHasOnePointPerVisibleRelease()
{
    const DatasetPtr dataset = TestDataset::make();
    std::unique_ptr<QChart> chart(ChartBuilder::build(ChartBuilder::Kind::OpennessOverTime, *dataset, all(*dataset),
                                                      ChartExporter::exportPalette()));
    int points = 0;
    for (OpennessLevel level : Openness::allLevels())
        points += pointsOfLevel(chart.get(), level);
    QCOMPARE(points, 6);
    QCOMPARE(pointsOfLevel(chart.get(), OpennessLevel::Hosted), 2);
}

void TestChartExport::hiddenLevelHasNoPoints()
{
    const DatasetPtr dataset = TestDataset::make();
    QList<int> visible;
    for (int i = 0; i < dataset->releases().size(); ++i) {
        if (dataset->releases().at(i).level != OpennessLevel::Hosted)
            visible.append(i);
    }
    std::unique_ptr<QChart> chart(ChartBuilder::build(ChartBuilder::Kind::OpennessOverTime, *dataset, visible,
                                                      ChartExporter::exportPalette()));
    QCOMPARE(pointsOfLevel(chart.get(), OpennessLevel::Hosted), 0);
    QCOMPARE(pointsOfLevel(chart.get(), OpennessLevel::OpenWeights), 1);
}

void TestChartExport::byYearCountsReleases()
{
    const DatasetPtr dataset = TestDataset::make();
    const QList<OpennessSeries::YearCounts> years = OpennessSeries::byYear(*dataset, all(*dataset));
    QCOMPARE(years.size(), 3); // 2023, 2024, 2025
    QCOMPARE(years.at(0).year, 2023);
    QCOMPARE(years.at(0).total(), 1);
    QCOMPARE(years.at(1).total(), 3);
    QCOMPARE(years.at(2).counts[size_t(OpennessLevel::OpenSourceAi)], 1);
}

void TestChartExport::writesEachFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("magic");
    QTest::addColumn<int>("chart");
    QTest::newRow("png") << QStringLiteral("chart.png") << QByteArray("\x89PNG\r\n\x1a\n") << 0;
    QTest::newRow("svg") << QStringLiteral("chart.svg") << QByteArray("<?xml") << 0;
    QTest::newRow("pdf") << QStringLiteral("chart.pdf") << QByteArray("%PDF-") << 0;
    QTest::newRow("png by year") << QStringLiteral("years.PNG") << QByteArray("\x89PNG\r\n\x1a\n") << 1;
}

void TestChartExport::writesEachFormat()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, magic);
    QFETCH(int, chart);
    const DatasetPtr dataset = TestDataset::make();
    const auto kind = ChartBuilder::kinds().at(chart);
    std::unique_ptr<QChart> built(ChartBuilder::build(kind, *dataset, all(*dataset), ChartExporter::exportPalette()));
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QString error;
    QVERIFY2(ChartExporter::write(built.get(), path, {QSize(1600, 900), QStringLiteral("Data: test")}, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(content.startsWith(magic), content.left(16).constData());
    QVERIFY2(content.size() > 10 * 1024, qPrintable(QString::number(content.size())));
    if (fileName.endsWith(u".svg")) {
        QXmlStreamReader svg(content);
        QVERIFY(svg.readNextStartElement());
        QCOMPARE(svg.name().toString(), QStringLiteral("svg"));
        while (!svg.atEnd())
            svg.readNext();
        QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
        // The chart's text is real text in the drawing, not pixels.
        QVERIFY(content.contains(ChartBuilder::title(kind).toUtf8()));
    }
    if (fileName.endsWith(u".pdf"))
        QVERIFY(content.trimmed().endsWith("%%EOF"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), qsizetype(1)); // no temporary left behind
}

void TestChartExport::pngHasRequestedSize()
{
    const DatasetPtr dataset = TestDataset::make();
    std::unique_ptr<QChart> chart(ChartBuilder::build(ChartBuilder::Kind::OpennessOverTime, *dataset, all(*dataset),
                                                      ChartExporter::exportPalette()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.png"));
    QVERIFY(ChartExporter::write(chart.get(), path, {QSize(800, 500), {}}, nullptr));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(800, 500));
    // Not blank: the level colours are there.
    bool foundLevelColour = false;
    const QColor openWeights = LevelPalette::color(OpennessLevel::OpenWeights);
    for (int y = 0; y < image.height() && !foundLevelColour; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).rgb() == openWeights.rgb()) {
                foundLevelColour = true;
                break;
            }
        }
    }
    QVERIFY(foundLevelColour);
}

void TestChartExport::failedExportLeavesNoFile()
{
    const DatasetPtr dataset = TestDataset::make();
    std::unique_ptr<QChart> chart(ChartBuilder::build(ChartBuilder::Kind::OpennessOverTime, *dataset, all(*dataset),
                                                      ChartExporter::exportPalette()));
    QTemporaryDir dir;
    const QString missingDir = dir.filePath(QStringLiteral("no/such/dir/chart.png"));
    QString error;
    QVERIFY(!ChartExporter::write(chart.get(), missingDir, {}, &error));
    QVERIFY2(error.contains(missingDir), qPrintable(error));
    QVERIFY(!QFile::exists(missingDir));

    const QString unknown = dir.filePath(QStringLiteral("chart.gif"));
    QVERIFY(!ChartExporter::write(chart.get(), unknown, {}, &error));
    QVERIFY(error.contains(QStringLiteral(".png")));
    QVERIFY(!QFile::exists(unknown));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), qsizetype(0));
}

void TestChartExport::failedExportKeepsExistingFile()
{
    const DatasetPtr dataset = TestDataset::make();
    std::unique_ptr<QChart> chart(ChartBuilder::build(ChartBuilder::Kind::OpennessOverTime, *dataset, all(*dataset),
                                                      ChartExporter::exportPalette()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.png"));
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous content");
    }
    QString error;
    QVERIFY(!ChartExporter::write(chart.get(), path, {QSize(5, 5), {}}, &error));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("previous content"));
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
