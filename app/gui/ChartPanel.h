#ifndef CHARTPANEL_H
#define CHARTPANEL_H

#include "ChartBuilder.h"
#include "ChartExporter.h"
#include "ChartFigure.h"

#include <QWidget>

#include <memory>

class ChartCanvas;
class QCheckBox;
class QComboBox;
class QTimer;
class ReleaseFilterProxy;

// The chart tab: a chart of the releases the filter proxy lets through, rebuilt whenever the
// filter or the dataset changes, with a choice of chart and an Export action that opens the
// export dialog. Clicking a release's marker asks the window to select that release.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(ReleaseFilterProxy *proxy, QWidget *parent = nullptr);
    ~ChartPanel() override;

    ChartBuilder::Kind kind() const { return m_kind; }
    void setKind(ChartBuilder::Kind kind); // the timeline is above the tab: not shown here
    ChartBuilder::Options options() const { return m_options; }
    void setOptions(const ChartBuilder::Options &options);
    ChartFigure *figure() const { return m_figure.get(); }
    ChartCanvas *canvas() const { return m_canvas; }

    DatasetPtr dataset() const;
    // Dataset indexes of the releases the chart shows, in proxy order.
    QList<int> visibleReleases() const;
    // How the timeline chart is drawn: the window's timeline view, through its painter.
    void setTimelinePainter(const PainterFigure::Painter &painter) { m_timelinePainter = painter; }
    // How the licenses table is drawn: the Licenses tab's table, with the licenses it shows.
    using FigureFactory = std::function<std::unique_ptr<ChartFigure>()>;
    void setLicensesFigure(const FigureFactory &factory) { m_licensesFigure = factory; }
    // A new figure of any chart for the current filter, for export.
    std::unique_ptr<ChartFigure> makeFigure(ChartBuilder::Kind kind) const;
    // The caption of an export of figure: filter, range and count shown, the data, its sources.
    QString caption(const ChartFigure &figure) const;

public Q_SLOTS:
    void exportWithDialog();
    // The export dialog with that chart chosen.
    void exportChartWithDialog(ChartBuilder::Kind kind);
    void rebuild();

Q_SIGNALS:
    void releaseClicked(const QString &releaseId);

private:
    void scheduleRebuild();

    ReleaseFilterProxy *m_proxy;
    ChartBuilder::Kind m_kind = ChartBuilder::Kind::OpennessOverTime;
    ChartBuilder::Options m_options;
    QComboBox *m_kindBox;
    QCheckBox *m_sharesBox;
    QCheckBox *m_perModelBox;
    ChartCanvas *m_canvas;
    QTimer *m_rebuildTimer;
    std::unique_ptr<ChartFigure> m_figure;
    PainterFigure::Painter m_timelinePainter;
    FigureFactory m_licensesFigure;
};

#endif // CHARTPANEL_H
