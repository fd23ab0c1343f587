#ifndef MAINWINDOW_H
#define MAINWINDOW_H

#include "ChartBuilder.h"
#include "Dataset.h"
#include "ReleaseFilter.h"

#include <QMainWindow>
#include <QPointer>

class ChartPanel;
class DetailPane;
class FilterBar;
class LanePanel;
class LicensePanel;
class ProblemsView;
class QActionGroup;
class QDockWidget;
class QItemSelection;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class ReleaseFilterProxy;
class ReleaseListProxy;
class ReleaseModel;
class TimelineView;

// The window: filter bar on top, the timeline above a tab of the event list, the chart and the
// licenses side by side, the detail pane on the right. All views share one model, one filter proxy and one selection model,
// so selecting or filtering in one shows in all. The list sorts through its own proxy on top of
// the filter proxy (the timeline needs chronological rows), with a selection model of its own
// that mirrors the shared one row for row. Every way of opening a file (File > Open, Open
// Recent, drag and drop, the command line) goes through openFile(), which keeps the open dataset
// when the new file has problems and lists them in the Problems dock.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);
    // File > Import > Epoch AI CSV without the dialogs: converts csvPath, writes the dataset to
    // jsonPath and opens it. Rows that could not be imported are listed in a report box (as
    // FILE:LINE: message), which also says when nothing could be imported or written.
    bool importEpoch(const QString &csvPath, const QString &jsonPath);
    // The report box of the last import, if it is still open.
    QWidget *importReport() const;
    void openBundled();
    // At start with no file given: the dataset open when the app last closed, or the bundled one
    // (with a message in the status bar when the last one is gone or broken).
    void openLastOrBundled();
    void setDataset(DatasetPtr dataset, const QString &sourceName);
    const DatasetPtr &dataset() const;
    // The open file, empty for the bundled dataset.
    QString datasetPath() const { return m_datasetPath; }

    void setFilter(const ReleaseFilter &filter);
    bool selectRelease(const QString &releaseId); // false when unknown or filtered out
    QString selectedReleaseId() const;
    void setChartKind(ChartBuilder::Kind kind);

    // The recent files, most recent first (at most maxRecentFiles).
    QStringList recentFiles() const;
    static constexpr int maxRecentFiles = 10;

    // The actions of the context menu of release releaseId, in the order shown.
    QMenu *createReleaseMenu(const QString &releaseId, QWidget *parent);
    void copyCitation(const QString &releaseId, bool markdown) const;

    TimelineView *timelineView() const { return m_timeline; }
    DetailPane *detailPane() const { return m_detail; }
    FilterBar *filterBar() const { return m_filterBar; }
    LanePanel *lanePanel() const { return m_lanePanel; }
    QAction *showLanePanelAction() const { return m_showLanePanel; }
    ChartPanel *chartPanel() const { return m_chart; }
    LicensePanel *licensePanel() const { return m_licenses; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *eventList() const { return m_list; }
    QWidget *emptyListState() const { return m_emptyState; }
    QLabel *emptyListMessage() const { return m_emptyMessage; }
    ProblemsView *problemsView() const { return m_problems; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    ReleaseFilterProxy *proxy() const { return m_proxy; }
    ReleaseListProxy *listProxy() const { return m_listProxy; }
    QItemSelectionModel *selectionModel() const { return m_selection; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QMenu *recentMenu() const { return m_recentMenu; }

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createThemeAndLanguageMenus(QMenu *viewMenu);
    void showCurrentRelease();
    void updateStatus();
    void updateEmptyState();
    void updateTabOrder();
    void openWithDialog();
    void importEpochWithDialog();
    void showImportReport(const QString &title, const QString &text, const QStringList &problems, bool failed);
    void showAbout();
    void showLevels();
    void readSettings();
    void writeSettings() const;
    // The lane options (order, pinned, collapsed, Others) are remembered per dataset.
    QString laneSettingsKey() const;
    void saveLaneOptions() const;
    void restoreLaneOptions();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void showReleaseMenu(QWidget *view, const QModelIndex &index, const QPoint &viewportPos);
    void showModelHistory(const QString &releaseId);
    void filterToOrganizationOf(const QString &releaseId);
    void openPrimarySource(const QString &releaseId);
    void syncListFromShared(const QItemSelection &selected, const QItemSelection &deselected);
    void syncSharedFromList(const QItemSelection &selected, const QItemSelection &deselected);
    void clearSelection();

    ReleaseModel *m_model;
    ReleaseFilterProxy *m_proxy;
    QItemSelectionModel *m_selection;
    ReleaseListProxy *m_listProxy;
    QItemSelectionModel *m_listSelection;
    FilterBar *m_filterBar;
    TimelineView *m_timeline;
    LanePanel *m_lanePanel;
    QSplitter *m_timelineSplitter;
    QAction *m_showLanePanel = nullptr;
    QTabWidget *m_tabs;
    QStackedWidget *m_listStack;
    QTableView *m_list;
    QWidget *m_emptyState;
    QLabel *m_emptyMessage;
    ChartPanel *m_chart;
    LicensePanel *m_licenses;
    DetailPane *m_detail;
    QSplitter *m_mainSplitter;
    QSplitter *m_leftSplitter;
    ProblemsView *m_problems;
    QDockWidget *m_problemsDock;
    QLabel *m_statusLabel;
    QMenu *m_recentMenu = nullptr;
    QPointer<QWidget> m_importReport;
    QString m_sourceName;
    QString m_datasetPath;
    QString m_laneSettingsKey; // of the dataset shown
    bool m_syncingSelection = false;
    bool m_shown = false;
};

#endif // MAINWINDOW_H
