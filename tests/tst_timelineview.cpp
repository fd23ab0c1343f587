#include "Dataset.h"
#include "LevelPalette.h"
#include "ReleaseModel.h"
#include "TimelineView.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QToolButton>
#include <QHelpEvent>
#include <QImage>
#include <QItemSelectionModel>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

Organization organization(const QString &id, const QString &name, QList<CorporateStage> stages = {})
{
    Organization o;
    o.id = id;
    o.name = name;
    o.stages = std::move(stages);
    return o;
}

CorporateStage stage(const QString &name, QDate start, QDate end)
{
    CorporateStage s;
    s.name = name;
    s.start = start;
    s.end = end;
    return s;
}

Model model(const QString &id, const QString &organizationId, const QString &name)
{
    Model m;
    m.id = id;
    m.organizationId = organizationId;
    m.name = name;
    return m;
}

Release release(const QString &id, const QString &modelId, QDate date, OpennessLevel level,
                const QString &licenseId = {})
{
    Release r;
    r.id = id;
    r.modelId = modelId;
    r.date = date;
    r.kind = QStringLiteral("launch");
    r.title = QStringLiteral("Release of %1").arg(modelId);
    r.level = level;
    r.licenseId = licenseId;
    return r;
}

Release weights(Release r)
{
    r.kind = QStringLiteral("weights");
    return r;
}

// Four labs, nine releases over three years, every level at least once. In chronological order
// (the model's row order): llama-1, llama-2, mistral-7b, grok-1-api, olmo, grok-1-weights,
// llama-3, grok-2, grok-2-weights.
DatasetPtr sampleDataset()
{
    License apache;
    apache.id = QStringLiteral("apache-2.0");
    apache.name = QStringLiteral("Apache License 2.0");
    apache.spdx = QStringLiteral("Apache-2.0");
    License grokLicense;
    grokLicense.id = QStringLiteral("grok-2-license");
    grokLicense.name = QStringLiteral("Grok 2 Community License");

    QList<Organization> organizations{
        organization(QStringLiteral("xai"), QStringLiteral("xAI"),
                     {stage(QStringLiteral("Latecomer challenger"), QDate(2023, 3, 9), QDate(2024, 12, 31)),
                      stage(QStringLiteral("Part of SpaceX"), QDate(2025, 1, 1), QDate())}),
        organization(QStringLiteral("meta"), QStringLiteral("Meta")),
        organization(QStringLiteral("mistral"), QStringLiteral("Mistral AI")),
        organization(QStringLiteral("ai2"), QStringLiteral("Allen Institute for AI")),
    };
    QList<Model> models{
        model(QStringLiteral("grok-1"), QStringLiteral("xai"), QStringLiteral("Grok-1")),
        model(QStringLiteral("grok-2"), QStringLiteral("xai"), QStringLiteral("Grok <2>")), // markup stays text
        model(QStringLiteral("llama-1"), QStringLiteral("meta"), QStringLiteral("LLaMA")),
        model(QStringLiteral("llama-2"), QStringLiteral("meta"), QStringLiteral("Llama 2")),
        model(QStringLiteral("llama-3"), QStringLiteral("meta"), QStringLiteral("Llama 3")),
        model(QStringLiteral("mistral-7b"), QStringLiteral("mistral"), QStringLiteral("Mistral 7B")),
        model(QStringLiteral("olmo"), QStringLiteral("ai2"), QStringLiteral("OLMo")),
    };
    QList<Release> releases{
        release(QStringLiteral("grok-2-weights"), QStringLiteral("grok-2"), QDate(2025, 8, 23),
                OpennessLevel::WeightsRestricted, QStringLiteral("grok-2-license")),
        release(QStringLiteral("grok-1-api"), QStringLiteral("grok-1"), QDate(2023, 11, 4), OpennessLevel::Hosted),
        weights(release(QStringLiteral("grok-1-weights"), QStringLiteral("grok-1"), QDate(2024, 3, 17),
                OpennessLevel::OpenWeights, QStringLiteral("apache-2.0"))),
        release(QStringLiteral("grok-2"), QStringLiteral("grok-2"), QDate(2024, 8, 13), OpennessLevel::Closed),
        release(QStringLiteral("llama-1"), QStringLiteral("llama-1"), QDate(2023, 2, 24),
                OpennessLevel::WeightsNonCommercial),
        release(QStringLiteral("llama-2"), QStringLiteral("llama-2"), QDate(2023, 7, 18),
                OpennessLevel::WeightsRestricted),
        release(QStringLiteral("llama-3"), QStringLiteral("llama-3"), QDate(2024, 4, 18),
                OpennessLevel::WeightsRestricted),
        release(QStringLiteral("mistral-7b"), QStringLiteral("mistral-7b"), QDate(2023, 9, 27),
                OpennessLevel::OpenWeights, QStringLiteral("apache-2.0")),
        release(QStringLiteral("olmo"), QStringLiteral("olmo"), QDate(2024, 2, 1), OpennessLevel::OpenSourceAi,
                QStringLiteral("apache-2.0")),
    };
    return std::make_shared<const Dataset>(Dataset::Info{QStringLiteral("Sample"), {}, QDate(2025, 9, 1)},
                                           organizations, QList<License>{apache, grokLicense}, models, releases);
}

// 2,000 releases of 7 labs spread over eight years, for the benchmark.
DatasetPtr largeDataset()
{
    QList<Organization> organizations;
    QList<Model> models;
    QList<Release> releases;
    QRandomGenerator random(42);
    for (int o = 0; o < 7; ++o) {
        const QString orgId = QStringLiteral("org%1").arg(o);
        organizations.append(organization(orgId, QStringLiteral("Laboratory %1").arg(o),
                                          {stage(QStringLiteral("Start-up"), QDate(2018, 1, 1), QDate(2021, 6, 30)),
                                           stage(QStringLiteral("Scale-up"), QDate(2021, 7, 1), QDate())}));
        for (int k = 0; k < 40; ++k)
            models.append(model(QStringLiteral("m%1-%2").arg(o).arg(k), orgId, QStringLiteral("Model %1-%2").arg(o).arg(k)));
    }
    for (int i = 0; i < 2000; ++i) {
        const Model &m = models.at(random.bounded(models.size()));
        releases.append(release(QStringLiteral("r%1").arg(i), m.id,
                                QDate(2018, 1, 1).addDays(random.bounded(8 * 365)),
                                static_cast<OpennessLevel>(random.bounded(Openness::levelCount))));
    }
    return std::make_shared<const Dataset>(Dataset::Info{}, organizations, QList<License>{}, models, releases);
}

int countPixels(const QImage &image, QRgb colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += (line[x] & 0xffffff) == (colour & 0xffffff) ? 1 : 0;
    }
    return count;
}

void sendWheel(QWidget *target, QPointF pos, QPoint angleDelta, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent event(pos, target->mapToGlobal(pos), QPoint(), angleDelta, Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

// A dataset, its model, a selection shared with an event list, and the view, shown.
struct Fixture {
    explicit Fixture(DatasetPtr data = sampleDataset(), QSize size = QSize(1000, 420))
        : dataset(std::move(data))
    {
        model.setDataset(dataset);
        view.setModel(&model);
        view.setSelectionModel(&selection);
        table.setModel(&model);
        table.setSelectionModel(&selection);
        view.resize(size);
        view.show();
    }
    QModelIndex indexOf(const QString &releaseId) const { return model.index(dataset->releaseIndex(releaseId), 0); }
    int selectedRow() const
    {
        const QModelIndexList rows = selection.selectedRows();
        return rows.size() == 1 ? rows.first().row() : -1;
    }

    DatasetPtr dataset;
    ReleaseModel model;
    QItemSelectionModel selection{&model};
    QTableView table;
    TimelineView view;
};

} // namespace

class tst_TimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsOneMarkerPerReleaseAndOneLanePerOrganization();
    void markersAreInsideTheTimeAreaAfterFitAndDoNotOverlap();
    void fitGivesTheEventsMostOfANarrowView();
    void clickOnMarkerSelectsReleaseInBothViews();
    void clickOnEmptySpaceClearsSelection();
    void leftAndRightFollowTheModelOrderAndStopAtTheEnds();
    void homeEndAndEscape();
    void upAndDownGoToTheNearestReleaseInTheNeighbouringLane();
    void enterAndDoubleClickActivate();
    void selectionFromTheListScrollsTheMarkerIntoView();
    void filteringALevelOffRemovesItsMarkers();
    void filteringAnOrganizationOffRemovesItsLane();
    void ctrlWheelZoomsKeepingTheDateUnderTheCursor();
    void plainWheelPansAndDragPans();
    void keyboardZoomAndFit();
    void tooltipDescribesTheReleaseAsPlainText();
    void renderPaintsTheMarkersInLevelColours();
    void renderWorksWithADarkPalette();
    void unconfirmedReleaseIsDrawnPaler();
    void clustersAppearWhenCrowdedAndClickingOneZoomsToItsEvents();
    void selectingAnEventInsideAClusterZoomsUntilItIsShown();
    void shiftDragZoomsToTheDraggedRangeAndBackReturns();
    void shiftWheelScrollsLanesAndTouchpadDeltasPan();
    void viewActionsZoomFitAndGoBack();
    void hidingTheLegendGivesItsRoomToTheLanesButNotToExports();
    void aShortViewGetsTheLegendInShortWords();
    void tabLeavesTheViewWithoutChangingTheSelection();
    void matchesOutsideTheViewAreCountedOnAButton();
    void eachVisibleEventIsAnAccessibleItemWithAName();
    void movingTheCurrentEventMovesTheAccessibleFocus();
    void exportsAsPngSvgWithTextAndPdf();
    void laneCountsAreWrittenAsTheLanguageWritesThem();
    void textKeepsItsSizeOnAHighResolutionTarget();
    void clickingALaneHeaderCollapsesItAndItsEventsStayHitTestable();
    void pinningAndSortingReorderTheLanes();
    void othersGroupsSmallLanesAndUpDownReachThemOnceExpanded();
    void benchmarkLayoutAndPaint2000Releases();
    void benchmarkZoomStepOnScreen2000Releases();
};

void tst_TimelineView::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QObject::connect|QItemSelectionModel")));
}

void tst_TimelineView::showsOneMarkerPerReleaseAndOneLanePerOrganization()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QCOMPARE(f.view.markerCount(), 9);
    QCOMPARE(f.view.laneCount(), 4);
    // Releases of one organization share a lane (same band of y), others do not.
    const QRectF grok1 = f.view.markerRect(f.indexOf(QStringLiteral("grok-1-api")));
    const QRectF grok2 = f.view.markerRect(f.indexOf(QStringLiteral("grok-2")));
    const QRectF llama = f.view.markerRect(f.indexOf(QStringLiteral("llama-2")));
    QCOMPARE(grok1.center().y(), grok2.center().y());
    QVERIFY(qAbs(llama.center().y() - grok1.center().y()) > grok1.height());
    // Time goes left to right.
    QVERIFY(grok1.center().x() < grok2.center().x());
}

void tst_TimelineView::markersAreInsideTheTimeAreaAfterFitAndDoNotOverlap()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QRectF area = f.view.timeArea();
    QList<QRectF> rects;
    for (int row = 0; row < f.model.rowCount(); ++row) {
        const QRectF rect = f.view.markerRect(f.model.index(row, 0));
        QVERIFY2(area.contains(rect), qPrintable(QString::number(row)));
        for (const QRectF &other : std::as_const(rects))
            QVERIFY(!rect.intersects(other));
        rects.append(rect);
    }
}

// Fit leaves room on the right for the last label, but in a narrow view not so much that the
// events are squeezed into a corner of it.
void tst_TimelineView::fitGivesTheEventsMostOfANarrowView()
{
    const DatasetPtr sample = sampleDataset();
    QList<Model> models = sample->models();
    for (Model &model : models) {
        if (model.id == u"grok-2") // the model of the last event, whose name is its label
            model.name = u"Grok 2 under the Grok 2 Community License"_s;
    }
    Fixture f(std::make_shared<const Dataset>(sample->info(), sample->organizations(), sample->licenses(), models,
                                              sample->releases()),
              QSize(520, 420));
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QRectF area = f.view.timeArea();
    qreal left = area.right();
    qreal right = area.left();
    for (int row = 0; row < f.model.rowCount(); ++row) {
        const QRectF rect = f.view.markerRect(f.model.index(row, 0));
        QVERIFY2(area.contains(rect), qPrintable(QString::number(row)));
        left = std::min(left, rect.left());
        right = std::max(right, rect.right());
    }
    QVERIFY2(right - left >= 0.6 * area.width(),
             qPrintable(QStringLiteral("events span %1 of %2 px").arg(right - left).arg(area.width())));
}

void tst_TimelineView::clickOnMarkerSelectsReleaseInBothViews()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    for (int row = 0; row < f.model.rowCount(); ++row) {
        const QModelIndex index = f.model.index(row, 0);
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, f.view.markerRect(index).center().toPoint());
        QCOMPARE(f.selectedRow(), row);
        QCOMPARE(f.selection.currentIndex().row(), row);
        QCOMPARE(f.view.indexAt((f.view.markerRect(index).center()).toPoint()), index);
        // The list shares the selection model: its whole row is selected.
        QVERIFY(f.table.selectionModel()->isRowSelected(row, {}));
    }
}

void tst_TimelineView::clickOnEmptySpaceClearsSelection()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QModelIndex index = f.indexOf(QStringLiteral("olmo"));
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, f.view.markerRect(index).center().toPoint());
    QCOMPARE(f.selectedRow(), index.row());

    // Below the marker's row, at the bottom of the lanes' area, nothing is drawn but the band.
    const QRectF area = f.view.timeArea();
    const QPoint empty(qRound(area.left() + 3), qRound(area.bottom() - 3));
    QVERIFY(!f.view.indexAt(empty).isValid());
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, empty);
    QVERIFY(!f.selection.hasSelection());
}

void tst_TimelineView::leftAndRightFollowTheModelOrderAndStopAtTheEnds()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const int rows = f.model.rowCount();
    QTest::keyClick(&f.view, Qt::Key_Right); // nothing selected: the first release
    QCOMPARE(f.selectedRow(), 0);
    for (int row = 1; row < rows; ++row) {
        QTest::keyClick(&f.view, Qt::Key_Right);
        QCOMPARE(f.selectedRow(), row);
    }
    QTest::keyClick(&f.view, Qt::Key_Right);
    QCOMPARE(f.selectedRow(), rows - 1);
    for (int row = rows - 2; row >= 0; --row) {
        QTest::keyClick(&f.view, Qt::Key_Left);
        QCOMPARE(f.selectedRow(), row);
    }
    QTest::keyClick(&f.view, Qt::Key_Left);
    QCOMPARE(f.selectedRow(), 0);
    // The order is the model's (chronological), across lanes.
    QCOMPARE(f.model.index(0, 0).data(ReleaseModel::IdRole).toString(), QStringLiteral("llama-1"));
}

void tst_TimelineView::homeEndAndEscape()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QTest::keyClick(&f.view, Qt::Key_End);
    QCOMPARE(f.selectedRow(), f.model.rowCount() - 1);
    QTest::keyClick(&f.view, Qt::Key_Home);
    QCOMPARE(f.selectedRow(), 0);
    QTest::keyClick(&f.view, Qt::Key_Escape);
    QVERIFY(!f.selection.hasSelection());
}

void tst_TimelineView::upAndDownGoToTheNearestReleaseInTheNeighbouringLane()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    // Lanes in the dataset's order: xAI, Meta, Mistral AI, AI2.
    f.selection.setCurrentIndex(f.indexOf(QStringLiteral("grok-1-weights")), // 2024-03-17
                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(&f.view, Qt::Key_Down);
    QCOMPARE(f.selectedRow(), f.indexOf(QStringLiteral("llama-3")).row()); // 2024-04-18 is nearest
    QTest::keyClick(&f.view, Qt::Key_Down);
    QCOMPARE(f.selectedRow(), f.indexOf(QStringLiteral("mistral-7b")).row());
    QTest::keyClick(&f.view, Qt::Key_Down);
    QCOMPARE(f.selectedRow(), f.indexOf(QStringLiteral("olmo")).row());
    QTest::keyClick(&f.view, Qt::Key_Down); // the last lane: stays
    QCOMPARE(f.selectedRow(), f.indexOf(QStringLiteral("olmo")).row());
    QTest::keyClick(&f.view, Qt::Key_Up);
    QTest::keyClick(&f.view, Qt::Key_Up); // from Mistral 7B (2023-09-27): Llama 2 (2023-07-18)
    QCOMPARE(f.selectedRow(), f.indexOf(QStringLiteral("llama-2")).row());
    QTest::keyClick(&f.view, Qt::Key_Up); // Grok-1 API (2023-11-04) is nearer than Grok-1 weights
    QCOMPARE(f.selectedRow(), f.indexOf(QStringLiteral("grok-1-api")).row());
}

void tst_TimelineView::enterAndDoubleClickActivate()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QSignalSpy spy(&f.view, &QAbstractItemView::activated);
    QTest::keyClick(&f.view, Qt::Key_Return);
    QCOMPARE(spy.count(), 0); // nothing selected

    const QModelIndex mistral = f.indexOf(QStringLiteral("mistral-7b"));
    QTest::mouseDClick(f.view.viewport(), Qt::LeftButton, {}, f.view.markerRect(mistral).center().toPoint());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<QModelIndex>(), mistral);
    QCOMPARE(f.selectedRow(), mistral.row());

    QTest::keyClick(&f.view, Qt::Key_Right);
    QTest::keyClick(&f.view, Qt::Key_Enter);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<QModelIndex>().row(), mistral.row() + 1);
}

void tst_TimelineView::selectionFromTheListScrollsTheMarkerIntoView()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    // Zoom in on the start so the last release is far off to the right.
    for (int i = 0; i < 12; ++i)
        f.view.zoomIn();
    const QModelIndex last = f.indexOf(QStringLiteral("grok-2-weights"));
    QVERIFY(!f.view.timeArea().contains(f.view.markerRect(last)));
    // Selected in the list (a different view): the timeline scrolls to it.
    f.table.setCurrentIndex(last.siblingAtColumn(ReleaseModel::TitleColumn));
    QVERIFY(f.view.timeArea().contains(f.view.markerRect(last)));
    QCOMPARE(f.view.indexAt((f.view.markerRect(last).center()).toPoint()), last);
}

void tst_TimelineView::filteringALevelOffRemovesItsMarkers()
{
    Fixture f;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&f.model);
    f.view.setModel(&proxy);
    QItemSelectionModel selection(&proxy);
    f.view.setSelectionModel(&selection);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QCOMPARE(f.view.markerCount(), 9);

    const QModelIndex llama2 = proxy.mapFromSource(f.indexOf(QStringLiteral("llama-2")));
    const QPointF oldPlace = f.view.markerRect(llama2).center();
    QCOMPARE(f.view.indexAt((oldPlace).toPoint()), llama2);

    // "Weights available, restricted" (rank 3) off: Llama 2, Llama 3 and Grok 2's weights go.
    proxy.setFilterRole(ReleaseModel::LevelRole);
    proxy.setFilterRegularExpression(QStringLiteral("^(?!3$)"));
    QCOMPARE(proxy.rowCount(), 6);
    QCOMPARE(f.view.markerCount(), 6);
    const QModelIndex there = f.view.indexAt(oldPlace.toPoint());
    QVERIFY2(!there.isValid(), qPrintable(there.data(ReleaseModel::IdRole).toString()));
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, 0);
        QVERIFY(index.data(ReleaseModel::LevelRole).toInt() != 3);
        QCOMPARE(f.view.indexAt((f.view.markerRect(index).center()).toPoint()), index);
    }
    // Back on: the markers return.
    proxy.setFilterRegularExpression(QString());
    QCOMPARE(f.view.markerCount(), 9);
}

void tst_TimelineView::filteringAnOrganizationOffRemovesItsLane()
{
    Fixture f;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&f.model);
    f.view.setModel(&proxy);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QCOMPARE(f.view.laneCount(), 4);
    proxy.setFilterRole(ReleaseModel::OrganizationIdRole);
    proxy.setFilterRegularExpression(QStringLiteral("^(?!mistral$)"));
    QCOMPARE(f.view.laneCount(), 3);
    QCOMPARE(f.view.markerCount(), 8);
}

void tst_TimelineView::ctrlWheelZoomsKeepingTheDateUnderTheCursor()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QRectF area = f.view.timeArea();
    const QPointF cursor(area.left() + area.width() * 0.3, area.center().y());
    const double spanBefore = f.view.timeScale().spanDays();
    const double dayUnderCursor = f.view.timeScale().dayAt(cursor.x() - area.left());

    // Half a notch (a high-resolution wheel) does nothing yet; the second half zooms one step.
    sendWheel(f.view.viewport(), cursor, QPoint(0, 60), Qt::ControlModifier);
    QCOMPARE(f.view.timeScale().spanDays(), spanBefore);
    sendWheel(f.view.viewport(), cursor, QPoint(0, 60), Qt::ControlModifier);
    const double spanAfter = f.view.timeScale().spanDays();
    QVERIFY(spanAfter < spanBefore * 0.9);
    QVERIFY(qAbs(area.left() + f.view.timeScale().x(dayUnderCursor) - cursor.x()) < 1.0);

    // And back out.
    sendWheel(f.view.viewport(), cursor, QPoint(0, -120), Qt::ControlModifier);
    QVERIFY(qAbs(f.view.timeScale().spanDays() - spanBefore) < 1e-6 * spanBefore);
    QVERIFY(qAbs(area.left() + f.view.timeScale().x(dayUnderCursor) - cursor.x()) < 1.0);
}

void tst_TimelineView::plainWheelPansAndDragPans()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QRectF area = f.view.timeArea();
    const double span = f.view.timeScale().spanDays();
    const double start = f.view.timeScale().startDay();
    sendWheel(f.view.viewport(), area.center(), QPoint(0, -120), Qt::NoModifier); // down: later
    QVERIFY(f.view.timeScale().startDay() > start);
    QCOMPARE(f.view.timeScale().spanDays(), span); // panning does not zoom

    // Dragging empty space 100 px to the right shows earlier dates by 100 px.
    const double before = f.view.timeScale().startDay();
    const QPoint from(qRound(area.left() + 5), qRound(area.bottom() - 3));
    QVERIFY(!f.view.indexAt(from).isValid());
    QTest::mousePress(f.view.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(f.view.viewport(), from + QPoint(50, 0));
    QTest::mouseMove(f.view.viewport(), from + QPoint(100, 0));
    QTest::mouseRelease(f.view.viewport(), Qt::LeftButton, {}, from + QPoint(100, 0));
    QVERIFY(qAbs((before - f.view.timeScale().startDay()) / f.view.timeScale().daysPerPixel() - 100) < 0.5);
}

void tst_TimelineView::keyboardZoomAndFit()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const double fitted = f.view.timeScale().spanDays();
    QTest::keyClick(&f.view, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(f.view.timeScale().spanDays() < fitted);
    QTest::keyClick(&f.view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&f.view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(f.view.timeScale().spanDays() > fitted);
    QTest::keyClick(&f.view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(f.view.timeScale().spanDays(), fitted);
}

void tst_TimelineView::tooltipDescribesTheReleaseAsPlainText()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QModelIndex index = f.indexOf(QStringLiteral("grok-2-weights"));
    const QPoint pos = f.view.markerRect(index).center().toPoint();
    QHelpEvent event(QEvent::ToolTip, pos, f.view.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(f.view.viewport(), &event);
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(QStringLiteral("Grok &lt;2&gt;")), qPrintable(text)); // escaped, not markup
    QVERIFY(text.contains(QStringLiteral("2025")));
    QVERIFY(text.contains(Openness::name(OpennessLevel::WeightsRestricted)));
    QVERIFY(text.contains(QStringLiteral("Grok 2 Community License")));
    QToolTip::hideText();
}

void tst_TimelineView::renderPaintsTheMarkersInLevelColours()
{
    Fixture f;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&f.model);
    f.view.setModel(&proxy);

    auto renderImage = [&f] {
        QImage image(1400, 600, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        f.view.renderTimeline(painter, QSizeF(1400, 600), TimelineView::ExportRange::All);
        return image;
    };
    const QImage all = renderImage();
    QVERIFY(countPixels(all, f.view.palette().color(QPalette::Base).rgb()) > 1000); // painted, not blank
    QMap<OpennessLevel, int> counts;
    for (OpennessLevel level : Openness::allLevels()) {
        counts[level] = countPixels(all, LevelPalette::color(level).rgb());
        QVERIFY2(counts[level] > 0, qPrintable(Openness::id(level)));
    }
    // With "Closed" filtered off, its colour remains only in the legend: fewer pixels, not none.
    proxy.setFilterRole(ReleaseModel::LevelRole);
    proxy.setFilterRegularExpression(QStringLiteral("^(?!0$)"));
    const QImage filtered = renderImage();
    const int closed = countPixels(filtered, LevelPalette::color(OpennessLevel::Closed).rgb());
    QVERIFY(closed > 0);
    QVERIFY2(closed < counts[OpennessLevel::Closed], qPrintable(QStringLiteral("%1 vs %2").arg(closed).arg(counts[OpennessLevel::Closed])));
    QCOMPARE(countPixels(filtered, LevelPalette::color(OpennessLevel::OpenSourceAi).rgb()),
             counts[OpennessLevel::OpenSourceAi]);
}

void tst_TimelineView::renderWorksWithADarkPalette()
{
    Fixture f;
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    f.view.setPalette(dark);

    QImage image(1200, 500, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        f.view.renderTimeline(painter, QSizeF(1200, 500), TimelineView::ExportRange::All);
    }
    // Mostly dark, with light text on it, and the level colours.
    int darkPixels = 0;
    int lightPixels = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int lightness = QColor(image.pixel(x, y)).lightness();
            darkPixels += lightness < 80 ? 1 : 0;
            lightPixels += lightness > 200 ? 1 : 0;
        }
    }
    QVERIFY2(darkPixels > image.width() * image.height() / 2, qPrintable(QString::number(darkPixels)));
    QVERIFY(lightPixels > 500); // the text
    QVERIFY(countPixels(image, QColor(0xff, 0xff, 0xff).rgb()) < 100); // no white boxes left behind
    for (OpennessLevel level : Openness::allLevels())
        QVERIFY(countPixels(image, LevelPalette::color(level).rgb()) > 0);
}


void tst_TimelineView::clustersAppearWhenCrowdedAndClickingOneZoomsToItsEvents()
{
    Fixture f(largeDataset(), QSize(900, 500));
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    // 2,000 events over eight years in 900 px: most of them are in clusters.
    QVERIFY(f.view.clusterCount() > 0);
    QVERIFY(f.view.markerCount() < 2000);
    const TimelineLayout &layout = f.view.timelineLayout();
    int lane = -1;
    for (int l = 0; l < layout.laneCount() && lane < 0; ++l) {
        if (!layout.lanes()[static_cast<size_t>(l)].clusters.empty())
            lane = l;
    }
    QVERIFY(lane >= 0);
    const TimelineLayout::Cluster cluster = layout.lanes()[static_cast<size_t>(lane)].clusters.front();
    const QRectF area = f.view.timeArea();
    const QRectF glyph = layout.clusterRect(lane, cluster, f.view.timeScale()).translated(area.left(), area.top());
    const double spanBefore = f.view.timeScale().spanDays();
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, glyph.center().toPoint());
    // The view now shows the cluster's days: far less time, with its events spread out.
    QVERIFY(f.view.timeScale().spanDays() < spanBefore / 4);
    QVERIFY(f.view.timeScale().startDay() <= cluster.firstDay);
    QVERIFY(f.view.timeScale().dayAt(f.view.timeScale().width()) >= cluster.lastDay);
    // Zoomed in far enough, no cluster is left.
    for (int i = 0; i < 30 && f.view.clusterCount() > 0; ++i)
        f.view.zoomIn();
    QCOMPARE(f.view.clusterCount(), 0);
}

void tst_TimelineView::selectingAnEventInsideAClusterZoomsUntilItIsShown()
{
    Fixture f(largeDataset(), QSize(900, 500));
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    int clustered = -1;
    for (int row = 0; row < f.model.rowCount() && clustered < 0; ++row) {
        if (f.view.markerRect(f.model.index(row, 0)).isEmpty() && !f.view.clusterRect(f.model.index(row, 0)).isEmpty())
            clustered = row;
    }
    QVERIFY(clustered >= 0);
    f.table.setCurrentIndex(f.model.index(clustered, 1));
    const QRectF marker = f.view.markerRect(f.model.index(clustered, 0));
    QVERIFY(!marker.isEmpty());
    QVERIFY(f.view.timeArea().contains(marker));
    QCOMPARE(f.view.indexAt(marker.center().toPoint()).row(), clustered);
}

void tst_TimelineView::shiftDragZoomsToTheDraggedRangeAndBackReturns()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QRectF area = f.view.timeArea();
    const TimeScale before = f.view.timeScale();
    const QPoint from(qRound(area.left() + area.width() * 0.25), qRound(area.bottom() - 3));
    const QPoint to(qRound(area.left() + area.width() * 0.5), qRound(area.bottom() - 3));
    const double fromDay = before.dayAt(from.x() - area.left());
    const double toDay = before.dayAt(to.x() - area.left());
    QTest::mousePress(f.view.viewport(), Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(f.view.viewport(), from + QPoint(40, 0));
    QTest::mouseMove(f.view.viewport(), to);
    QTest::mouseRelease(f.view.viewport(), Qt::LeftButton, Qt::ShiftModifier, to);
    const TimeScale &after = f.view.timeScale();
    QVERIFY(after.spanDays() < before.spanDays() / 2);
    QVERIFY(after.startDay() <= fromDay + 1);
    QVERIFY(after.dayAt(after.width()) >= toDay - 1);

    QVERIFY(f.view.backAction()->isEnabled());
    f.view.backAction()->trigger();
    QCOMPARE(f.view.timeScale().spanDays(), before.spanDays());
    QCOMPARE(f.view.timeScale().startDay(), before.startDay());
}

void tst_TimelineView::shiftWheelScrollsLanesAndTouchpadDeltasPan()
{
    Fixture f(largeDataset(), QSize(900, 260)); // seven lanes do not fit: the lanes scroll
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QScrollBar *bar = f.view.verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    const QPointF pos = f.view.timeArea().center();
    sendWheel(f.view.viewport(), pos, QPoint(0, -120), Qt::ShiftModifier);
    QVERIFY(bar->value() > 0);
    const int scrolled = bar->value();

    // A touchpad: 30 px of horizontal motion pan time by exactly 30 px; vertical motion scrolls.
    const double start = f.view.timeScale().startDay();
    QWheelEvent touch(pos, f.view.viewport()->mapToGlobal(pos), QPoint(-30, 10), QPoint(-90, 30), Qt::NoButton,
                      Qt::NoModifier, Qt::ScrollUpdate, false);
    QApplication::sendEvent(f.view.viewport(), &touch);
    QVERIFY(qAbs((f.view.timeScale().startDay() - start) / f.view.timeScale().daysPerPixel() - 30) < 0.5);
    QCOMPARE(bar->value(), scrolled - 10);
}

void tst_TimelineView::hidingTheLegendGivesItsRoomToTheLanesButNotToExports()
{
    Fixture f(sampleDataset(), QSize(700, 300));
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    auto exported = [&f] {
        QImage image(900, 500, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        f.view.renderTimeline(painter, QSizeF(900, 500), TimelineView::ExportRange::All);
        return image;
    };
    QAction *legend = f.view.legendAction();
    QVERIFY(legend->isCheckable());
    QVERIFY(legend->isChecked());
    QVERIFY(f.view.viewActions().contains(legend));
    const QRectF withLegend = f.view.timeArea();
    const QImage exportWithLegend = exported();
    const QImage screenWithLegend = f.view.viewport()->grab().toImage();

    legend->setChecked(false);
    const QRectF without = f.view.timeArea();
    QCOMPARE(without.top(), withLegend.top());
    // The whole strip goes to the lanes: at least two lines of legend at this width.
    QVERIFY2(without.height() >= withLegend.height() + 2 * f.view.metrics().layout.rowHeight,
             qPrintable(u"%1 -> %2"_s.arg(withLegend.height()).arg(without.height())));
    QCOMPARE(without.bottom(), qreal(f.view.viewport()->height()));
    QVERIFY(f.view.viewport()->grab().toImage() != screenWithLegend);
    QCOMPARE(exported(), exportWithLegend); // an image must explain itself

    legend->setChecked(true);
    QCOMPARE(f.view.timeArea(), withLegend);
}

// At 1024x700 the timeline gets about 270 pixels, of which the legend's sentences took five lines.
void tst_TimelineView::aShortViewGetsTheLegendInShortWords()
{
    Fixture f(sampleDataset(), QSize(660, 270));
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const qreal width = f.view.viewport()->width();
    const qreal full = TimelinePainter::legendHeight(f.view.metrics(), width, false);
    const qreal compact = TimelinePainter::legendHeight(f.view.metrics(), width, true);
    const qreal rowHeight = f.view.metrics().layout.rowHeight;
    QVERIFY2(compact <= full - 2 * rowHeight, qPrintable(u"%1 -> %2"_s.arg(full).arg(compact)));
    auto legendStrip = [&f] { return f.view.viewport()->height() - f.view.timeArea().bottom(); };
    QCOMPARE(legendStrip(), compact);

    // A taller view has room for the sentences.
    f.view.resize(660, 700);
    QTRY_COMPARE(legendStrip(), full);
}

void tst_TimelineView::viewActionsZoomFitAndGoBack()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const double fitted = f.view.timeScale().spanDays();
    f.view.zoomInAction()->trigger();
    f.view.zoomInAction()->trigger();
    QVERIFY(f.view.timeScale().spanDays() < fitted);
    f.view.fitAllAction()->trigger();
    QCOMPARE(f.view.timeScale().spanDays(), fitted);
    f.view.backAction()->trigger(); // back to the zoomed view
    QVERIFY(f.view.timeScale().spanDays() < fitted);
    // Each shortcut belongs to exactly one action of the view.
    QList<QKeySequence> keys;
    for (QAction *action : f.view.viewActions()) {
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY2(!keys.contains(key), qPrintable(key.toString()));
            keys << key;
        }
    }
    QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_0)));
}

void tst_TimelineView::tabLeavesTheViewWithoutChangingTheSelection()
{
    QWidget window;
    auto *before = new QTableView(&window);
    Fixture f;
    f.view.setParent(&window);
    auto *after = new QTableView(&window);
    before->move(0, 0);
    f.view.move(0, 50);
    after->move(0, 500);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    before->setFocus();
    QTest::keyClick(before, Qt::Key_Tab);
    QVERIFY(f.view.hasFocus());
    // Focus arriving by Tab makes nothing current or selected.
    QVERIFY(!f.selection.currentIndex().isValid());
    QVERIFY(!f.selection.hasSelection());
    QTest::keyClick(&f.view, Qt::Key_Tab);
    QVERIFY(!f.view.hasFocus());
    QVERIFY(!f.selection.hasSelection());
}

void tst_TimelineView::matchesOutsideTheViewAreCountedOnAButton()
{
    Fixture f;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&f.model);
    f.view.setModel(&proxy);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    auto *hint = f.view.viewport()->findChild<QToolButton *>();
    QVERIFY(hint);
    QVERIFY(!hint->isVisible());
    // Zoom in on the first months (2023): the 2024–25 events are outside.
    f.view.zoomToRange(static_cast<double>(QDate(2023, 1, 1).toJulianDay()), static_cast<double>(QDate(2023, 6, 1).toJulianDay()));
    QTRY_VERIFY(hint->isVisible());
    const int outside = f.view.eventsOutsideView();
    QVERIFY(outside > 0);
    QVERIFY2(hint->text().contains(u' ' + QString::number(outside) + u' '), qPrintable(hint->text()));
    // A filter keeps the user's zoom; the button fits the matches.
    proxy.setFilterRole(ReleaseModel::OrganizationIdRole);
    proxy.setFilterRegularExpression(QStringLiteral("^xai$"));
    QTRY_VERIFY(hint->isVisible());
    QTest::mouseClick(hint, Qt::LeftButton);
    QCOMPARE(f.view.eventsOutsideView(), 0);
    QTRY_VERIFY(!hint->isVisible());
}

void tst_TimelineView::eachVisibleEventIsAnAccessibleItemWithAName()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&f.view);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::List);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Timeline"));
    QCOMPARE(iface->childCount(), 4 + 9); // a header per lane, then its events
    QStringList names;
    QStringList headers;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *child = iface->child(i);
        QVERIFY(child);
        QVERIFY(child->role() == QAccessible::ListItem || child->role() == QAccessible::RowHeader);
        QCOMPARE(iface->indexOfChild(child), i);
        QCOMPARE(child->parent(), iface);
        (child->role() == QAccessible::RowHeader ? headers : names) << child->text(QAccessible::Name);
    }
    QCOMPARE(names.size(), 9);
    QCOMPARE(headers.first(), QStringLiteral("xAI lane, 4 events"));
    const QString grok1 = QStringLiteral("Grok-1 weights, %1, Open weights, Apache License 2.0")
                              .arg(QLocale().toString(QDate(2024, 3, 17), QStringLiteral("d MMMM yyyy")));
    QVERIFY2(names.contains(grok1), qPrintable(names.join(u'\n')));
    QVERIFY(std::none_of(names.begin(), names.end(), [](const QString &n) { return n.isEmpty(); }));
}

// Qt delivers accessibility events only when a platform bridge is active, which the offscreen
// platform has not; what a screen reader asks after a focus event is checked instead: which
// item has the focus, and that it says so in its state.
void tst_TimelineView::movingTheCurrentEventMovesTheAccessibleFocus()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.view.setFocus();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&f.view);
    QVERIFY(iface);
    QCOMPARE(iface->focusChild(), nullptr);
    QTest::keyClick(&f.view, Qt::Key_Home);
    QAccessibleInterface *first = iface->focusChild();
    QVERIFY(first);
    QVERIFY2(first->text(QAccessible::Name).startsWith(QStringLiteral("LLaMA launch, ")), qPrintable(first->text(QAccessible::Name)));
    QVERIFY(first->state().focused);
    QVERIFY(first->state().selected);
    QTest::keyClick(&f.view, Qt::Key_Right);
    QAccessibleInterface *second = iface->focusChild();
    QVERIFY(second && second != first);
    QVERIFY(second->text(QAccessible::Name).startsWith(QStringLiteral("Llama 2 launch, ")));
    QVERIFY(second->state().focused);
    QVERIFY(!first->state().focused);
}

// A lane's event count in its header: "1,200" in English, "1.200" in German.
void tst_TimelineView::laneCountsAreWrittenAsTheLanguageWritesThem()
{
    const DatasetPtr sample = sampleDataset();
    QList<Release> releases;
    for (int i = 0; i < 1200; ++i) {
        Release copy = sample->releases().at(sample->releaseIndex(u"olmo"_s));
        copy.id = u"olmo-%1"_s.arg(i);
        releases.append(copy);
    }
    const auto dataset = std::make_shared<const Dataset>(sample->info(), sample->organizations(), sample->licenses(),
                                                         sample->models(), releases);
    const QLocale previous;
    for (const auto &[language, count] : {std::pair{QLocale::English, QByteArray(">1,200<")},
                                          std::pair{QLocale::German, QByteArray(">1.200<")}}) {
        QLocale::setDefault(QLocale(language));
        Fixture f(dataset);
        const QSizeF size(1200, f.view.exportHeight(1200, TimelineView::ExportRange::All));
        QBuffer svg;
        svg.open(QIODevice::WriteOnly);
        {
            QSvgGenerator generator;
            generator.setOutputDevice(&svg);
            generator.setSize(size.toSize());
            generator.setViewBox(QRectF(QPointF(0, 0), size));
            QPainter painter(&generator);
            f.view.renderTimeline(painter, size, TimelineView::ExportRange::All);
        }
        QLocale::setDefault(previous);
        QVERIFY2(svg.data().contains(count), count.constData());
    }
}

void tst_TimelineView::exportsAsPngSvgWithTextAndPdf()
{
    Fixture f;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QSizeF size(1200, f.view.exportHeight(1200, TimelineView::ExportRange::All));
    QVERIFY(size.height() > 100);

    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        f.view.renderTimeline(painter, size, TimelineView::ExportRange::All);
    }
    const QString png = dir.filePath(QStringLiteral("t.png"));
    QVERIFY(image.save(png));
    QCOMPARE(QImage(png).size(), size.toSize());
    QVERIFY(countPixels(QImage(png), LevelPalette::color(OpennessLevel::OpenWeights).rgb()) > 0);

    const QString svg = dir.filePath(QStringLiteral("t.svg"));
    {
        QSvgGenerator generator;
        generator.setFileName(svg);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        QPainter painter(&generator);
        f.view.renderTimeline(painter, size, TimelineView::ExportRange::All);
    }
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg"));
    // Names are text in the SVG (searchable), not outlines.
    QVERIFY(svgText.contains(">Mistral 7B<") || svgText.contains(">Mistral 7B <"));
    QVERIFY(svgText.contains(">xAI<"));

    const QString pdf = dir.filePath(QStringLiteral("t.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setPageSize(QPageSize(size, QPageSize::Point));
        writer.setPageMargins(QMarginsF());
        writer.setResolution(72);
        QPainter painter(&writer);
        f.view.renderTimeline(painter, size, TimelineView::ExportRange::All);
    }
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QVERIFY(pdfFile.size() > 2000);
}

// A PDF writer has 1200 dots per inch: the drawing must not grow with the target's resolution
// (point-sized text would be 12 times too large there).
void tst_TimelineView::textKeepsItsSizeOnAHighResolutionTarget()
{
    Fixture f;
    auto darkPixels = [&f](int dotsPerMeter) {
        QImage image(1200, 500, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            f.view.renderTimeline(painter, QSizeF(1200, 500), TimelineView::ExportRange::All);
        }
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += QColor(image.pixel(x, y)).lightness() < 60 ? 1 : 0;
        }
        return count;
    };
    const int screen = darkPixels(3780);  // 96 dpi
    const int print = darkPixels(47244);  // 1200 dpi
    QVERIFY(screen > 500);
    QVERIFY2(print < screen * 3 / 2 && print > screen * 2 / 3, qPrintable(QStringLiteral("%1 vs %2").arg(print).arg(screen)));
}

void tst_TimelineView::clickingALaneHeaderCollapsesItAndItsEventsStayHitTestable()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const qreal expandedHeight = f.view.timelineLayout().lanes()[0].height;
    const QRectF header = f.view.laneHeaderRect(0);
    QVERIFY(!header.isEmpty());
    QCOMPARE(f.view.laneHeaderAt(header.center().toPoint()), 0);
    QSignalSpy changed(&f.view, &TimelineView::lanesChanged);
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, header.center().toPoint());
    QVERIFY(changed.count() >= 1);
    QVERIFY(f.view.laneOptions().collapsed.contains(QStringLiteral("xai")));
    const TimelineLayout::Lane &lane = f.view.timelineLayout().lanes()[0];
    QVERIFY(lane.collapsed);
    QCOMPARE(lane.rowCount, 1);
    QVERIFY(lane.height < expandedHeight);
    QCOMPARE(f.view.laneDescription(0), QStringLiteral("xAI lane, 4 events, collapsed"));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&f.view);
    QCOMPARE(iface->child(0)->role(), QAccessible::RowHeader);
    QCOMPARE(iface->child(0)->text(QAccessible::Name), QStringLiteral("xAI lane, 4 events, collapsed"));
    QVERIFY(iface->child(0)->state().collapsed);
    // Its events are still there, each a marker or in a cluster, and a click selects one.
    for (const QString &id : {QStringLiteral("grok-1-api"), QStringLiteral("grok-1-weights"), QStringLiteral("grok-2"),
                              QStringLiteral("grok-2-weights")})
        QVERIFY(!f.view.visualRect(f.indexOf(id)).isEmpty());
    const QRectF marker = f.view.markerRect(f.indexOf(QStringLiteral("grok-1-weights")));
    QVERIFY(!marker.isEmpty());
    QCOMPARE(f.view.indexAt(marker.center().toPoint()), f.indexOf(QStringLiteral("grok-1-weights")));
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, marker.center().toPoint());
    QCOMPARE(f.selectedRow(), f.indexOf(QStringLiteral("grok-1-weights")).row());
    // A second click on the header expands it again.
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, f.view.laneHeaderRect(0).center().toPoint());
    QVERIFY(!f.view.timelineLayout().lanes()[0].collapsed);
    QCOMPARE(f.view.timelineLayout().lanes()[0].height, expandedHeight);
}

void tst_TimelineView::pinningAndSortingReorderTheLanes()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    auto laneNames = [&f] {
        QStringList names;
        for (const TimelineContent::ShownLane &lane : f.view.content().shownLanes())
            names << lane.name;
        return names;
    };
    QCOMPARE(laneNames(), (QStringList{u"xAI"_s, u"Meta"_s, u"Mistral AI"_s, u"Allen Institute for AI"_s}));
    f.view.setLaneOrder(LaneArrangement::Order::Name);
    QCOMPARE(laneNames(), (QStringList{u"Allen Institute for AI"_s, u"Meta"_s, u"Mistral AI"_s, u"xAI"_s}));
    f.view.setLaneOrder(LaneArrangement::Order::EventCount); // 4, 3, 1, 1 (ties by dataset order)
    QCOMPARE(laneNames(), (QStringList{u"xAI"_s, u"Meta"_s, u"Mistral AI"_s, u"Allen Institute for AI"_s}));
    f.view.setLaneOrder(LaneArrangement::Order::FirstRelease); // LLaMA 2023-02-24 first
    QCOMPARE(laneNames(), (QStringList{u"Meta"_s, u"Mistral AI"_s, u"xAI"_s, u"Allen Institute for AI"_s}));
    f.view.setOrganizationPinned(u"ai2"_s, true);
    QCOMPARE(laneNames().first(), u"Allen Institute for AI"_s);
    QVERIFY(f.view.laneDescription(0).endsWith(u", pinned"_s));
    // The markers follow their lanes: OLMo is in the top lane now.
    const QRectF olmo = f.view.markerRect(f.indexOf(u"olmo"_s));
    QCOMPARE(f.view.timelineLayout().laneAt(olmo.center().y() - f.view.timeArea().top()), 0);
    // The order is in the View menu's actions too.
    const QList<QAction *> orders = f.view.laneOrderActions();
    QCOMPARE(orders.size(), 4);
    orders.at(1)->trigger(); // by name
    QCOMPARE(f.view.laneOptions().order, LaneArrangement::Order::Name);
    QCOMPARE(laneNames(), (QStringList{u"Allen Institute for AI"_s, u"Meta"_s, u"Mistral AI"_s, u"xAI"_s}));
}

void tst_TimelineView::othersGroupsSmallLanesAndUpDownReachThemOnceExpanded()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    LaneArrangement::Options options;
    options.groupAbove = 2; // as a dataset of hundreds would, with four
    options.topCount = 1;
    f.view.setLaneOptions(options);
    const std::vector<TimelineContent::ShownLane> &lanes = f.view.content().shownLanes();
    QCOMPARE(f.view.laneCount(), 2);
    QCOMPARE(lanes[0].name, u"xAI"_s);
    QVERIFY(lanes[1].isOthers());
    QCOMPARE(lanes[1].name, u"Others (3 organizations)"_s);
    QCOMPARE(lanes[1].eventCount, 3 + 1 + 1); // Meta, Mistral AI, AI2
    QCOMPARE(static_cast<int>(f.view.timelineLayout().laneEvents(1).size()), 5);
    // Others' markers keep their levels and are hit-testable.
    const QRectF olmo = f.view.visualRect(f.indexOf(u"olmo"_s));
    QVERIFY(!olmo.isEmpty());
    QCOMPARE(f.view.timelineLayout().laneOf(f.indexOf(u"olmo"_s).row()), 1);
    QCOMPARE(f.view.content().level(f.indexOf(u"olmo"_s).row()), Openness::rank(OpennessLevel::OpenSourceAi));
    // Down from Grok-1's weights (2024-03-17) goes into Others: Llama 3 (2024-04-18) is nearest.
    f.selection.setCurrentIndex(f.indexOf(u"grok-1-weights"_s), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(&f.view, Qt::Key_Down);
    QCOMPARE(f.selectedRow(), f.indexOf(u"llama-3"_s).row());

    // Expanding Others (a click on its header) restores the three lanes under a header.
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, f.view.laneHeaderRect(1).center().toPoint());
    QVERIFY(f.view.laneOptions().othersExpanded);
    QCOMPARE(f.view.laneCount(), 5);
    QVERIFY(f.view.timelineLayout().laneEvents(1).empty());
    QCOMPARE(f.view.laneDescription(1), u"Others (3 organizations) lane, 5 events, expanded"_s);
    QCOMPARE(f.view.content().shownLanes()[2].name, u"Meta"_s);
    // Up and Down skip the header and stop at each organization's lane.
    f.selection.setCurrentIndex(f.indexOf(u"grok-1-weights"_s), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(&f.view, Qt::Key_Down);
    QCOMPARE(f.selectedRow(), f.indexOf(u"llama-3"_s).row());
    QTest::keyClick(&f.view, Qt::Key_Down);
    QCOMPARE(f.selectedRow(), f.indexOf(u"mistral-7b"_s).row());
    QTest::keyClick(&f.view, Qt::Key_Down);
    QCOMPARE(f.selectedRow(), f.indexOf(u"olmo"_s).row());
    QTest::keyClick(&f.view, Qt::Key_Up);
    QTest::keyClick(&f.view, Qt::Key_Up);
    QTest::keyClick(&f.view, Qt::Key_Up);
    QCOMPARE(f.view.timelineLayout().laneOf(f.selectedRow()), 0); // back in xAI's lane
    // Collapsing a grouped lane keeps Up and Down going through it.
    f.view.setOrganizationCollapsed(u"meta"_s, true);
    QTest::keyClick(&f.view, Qt::Key_Down);
    QCOMPARE(f.view.timelineLayout().laneOf(f.selectedRow()), 2);
    QTest::keyClick(&f.view, Qt::Key_Down);
    QCOMPARE(f.selectedRow(), f.indexOf(u"mistral-7b"_s).row());
    // Scrolling to an organization inside a grouped Others expands it.
    f.view.setOthersExpanded(false);
    QCOMPARE(f.view.laneCount(), 2);
    f.view.scrollToOrganization(u"ai2"_s);
    QVERIFY(f.view.laneOptions().othersExpanded);
    QCOMPARE(f.view.content().shownLanes()[static_cast<size_t>(f.view.laneOfOrganization(u"ai2"_s))].name, u"Allen Institute for AI"_s);
}

void tst_TimelineView::benchmarkLayoutAndPaint2000Releases()
{
    Fixture f(largeDataset(), QSize(1600, 900));
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QCOMPARE(f.view.laneCount(), 7);
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    // Each iteration lays out the whole timeline for the target (fit, packing of all seven lanes,
    // label elision) and paints every marker and label.
    QBENCHMARK {
        image.fill(Qt::white);
        QPainter painter(&image);
        f.view.renderTimeline(painter, QSizeF(1600, 900), TimelineView::ExportRange::All);
    }
}

void tst_TimelineView::benchmarkZoomStepOnScreen2000Releases()
{
    Fixture f(largeDataset(), QSize(1600, 900));
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.view.zoomIn();
    // What a Ctrl+wheel notch costs on screen: re-packing every lane for the new zoom and
    // repainting the viewport (culled to what is visible).
    bool in = true;
    QBENCHMARK {
        if (in)
            f.view.zoomIn();
        else
            f.view.zoomOut();
        in = !in;
        const QPixmap frame = f.view.viewport()->grab();
        QVERIFY(!frame.isNull());
    }
}

void tst_TimelineView::unconfirmedReleaseIsDrawnPaler()
{
    const DatasetPtr confirmed = sampleDataset();
    QList<Release> releases = confirmed->releases();
    const int target = confirmed->releaseIndex(QStringLiteral("grok-2"));
    QVERIFY(target >= 0);
    releases[target].unconfirmed = true;
    const auto unconfirmed = std::make_shared<const Dataset>(confirmed->info(), confirmed->organizations(),
                                                             confirmed->licenses(), confirmed->models(), releases);

    auto centreColour = [](const DatasetPtr &data) {
        Fixture f(data);
        if (!QTest::qWaitForWindowExposed(&f.view))
            return QColor();
        const QPointF centre = f.view.markerRect(f.indexOf(QStringLiteral("grok-2"))).center();
        const QImage image = f.view.viewport()->grab().toImage();
        return image.pixelColor(centre.toPoint());
    };
    const QColor levelColour = LevelPalette::color(confirmed->releases().at(target).level);
    const QColor solid = centreColour(confirmed);
    const QColor pale = centreColour(unconfirmed);
    QCOMPARE(solid.rgb(), levelColour.rgb());
    QVERIFY2(pale.rgb() != levelColour.rgb(), qPrintable(pale.name()));
    // Paler: closer to the background than the confirmed marker is.
    QVERIFY(pale.lightness() > solid.lightness());
}

QTEST_MAIN(tst_TimelineView)
#include "tst_timelineview.moc"
