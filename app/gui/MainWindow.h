#ifndef MAINWINDOW_H
#define MAINWINDOW_H

#include "ChartBuilder.h"
#include "Dataset.h"
#include "ReleaseFilter.h"

#include <QMainWindow>

class ChartPanel;
class DetailPane;
class FilterBar;
class ProblemsView;
class QDockWidget;
class QItemSelectionModel;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class ReleaseFilterProxy;
class ReleaseModel;
class TimelineView;

// The window: filter bar on top, the timeline above a tab of the event list and the chart, the
// detail pane on the right. All views share one model, one filter proxy and one selection model,
// so selecting or filtering in one shows in all. Every way of opening a file (File > Open,
// drag and drop, the command line) goes through openFile(), which keeps the open dataset when
// the new file has problems and lists them in the Problems dock.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);
    void openBundled();
    void setDataset(DatasetPtr dataset, const QString &sourceName);
    const DatasetPtr &dataset() const;

    void setFilter(const ReleaseFilter &filter);
    bool selectRelease(const QString &releaseId); // false when unknown or filtered out
    QString selectedReleaseId() const;
    void setChartKind(ChartBuilder::Kind kind);

    TimelineView *timelineView() const { return m_timeline; }
    DetailPane *detailPane() const { return m_detail; }
    FilterBar *filterBar() const { return m_filterBar; }
    ChartPanel *chartPanel() const { return m_chart; }
    QTableView *eventList() const { return m_list; }
    ProblemsView *problemsView() const { return m_problems; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    ReleaseFilterProxy *proxy() const { return m_proxy; }
    QItemSelectionModel *selectionModel() const { return m_selection; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void showCurrentRelease();
    void updateStatus();
    void openWithDialog();
    void showAbout();
    void showLevels();
    void readSettings();
    void writeSettings() const;

    ReleaseModel *m_model;
    ReleaseFilterProxy *m_proxy;
    QItemSelectionModel *m_selection;
    FilterBar *m_filterBar;
    TimelineView *m_timeline;
    QTabWidget *m_tabs;
    QTableView *m_list;
    ChartPanel *m_chart;
    DetailPane *m_detail;
    QSplitter *m_mainSplitter;
    QSplitter *m_leftSplitter;
    ProblemsView *m_problems;
    QDockWidget *m_problemsDock;
    QLabel *m_statusLabel;
    QString m_sourceName;
};

#endif // MAINWINDOW_H
