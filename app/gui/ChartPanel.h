#ifndef CHARTPANEL_H
#define CHARTPANEL_H

#include "ChartBuilder.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QTimer;
class ReleaseFilterProxy;

// The chart tab: a chart of the releases the filter proxy lets through, rebuilt whenever the
// filter or the dataset changes, with a choice of chart and an Export action. Clicking a
// release's marker asks the window to select that release.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(ReleaseFilterProxy *proxy, QWidget *parent = nullptr);

    ChartBuilder::Kind kind() const { return m_kind; }
    void setKind(ChartBuilder::Kind kind);
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    // Dataset indexes of the releases the chart shows, in proxy order.
    QList<int> visibleReleases() const;
    // The line under an exported chart: active filters and the data's title and date.
    QString caption() const;

    bool exportTo(const QString &path, QSize pixelSize, QString *errorMessage) const;

public Q_SLOTS:
    void exportWithDialog();
    void rebuild();

Q_SIGNALS:
    void releaseClicked(const QString &releaseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRebuild();
    void connectClicks(QChart *chart, const QList<int> &indexes);

    ReleaseFilterProxy *m_proxy;
    ChartBuilder::Kind m_kind = ChartBuilder::Kind::OpennessOverTime;
    QComboBox *m_kindBox;
    QChartView *m_view;
    QTimer *m_rebuildTimer;
};

#endif // CHARTPANEL_H
