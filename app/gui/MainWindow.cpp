#include "MainWindow.h"

#include "ChartPanel.h"
#include "Citation.h"
#include "DatasetLoader.h"
#include "EpochImport.h"
#include "DetailPane.h"
#include "ElidedTextDelegate.h"
#include "FilterBar.h"
#include "LanePanel.h"
#include "Language.h"
#include "LevelPalette.h"
#include "LicensePanel.h"
#include "ProblemsView.h"
#include "ReleaseFilterProxy.h"
#include "ReleaseListProxy.h"
#include "ReleaseModel.h"
#include "Theme.h"
#include "TimelineView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QPainter>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

// Holds the filter bar. A window narrower than the bar (a 1024-pixel screen, a long
// translation) scrolls the bar sideways instead of growing past the screen; the area is as
// tall as the bar, plus the scroll bar when it shows.
class FilterBarArea : public QScrollArea
{
public:
    explicit FilterBarArea(QWidget *bar, QWidget *parent)
        : QScrollArea(parent)
    {
        setFrameShape(QFrame::NoFrame);
        setWidgetResizable(true);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setWidget(bar);
        setBackgroundRole(QPalette::Window);
        viewport()->setBackgroundRole(QPalette::Window);
        horizontalScrollBar()->installEventFilter(this);
    }

    QSize sizeHint() const override { return {widget()->sizeHint().width(), barHeight()}; }
    QSize minimumSizeHint() const override { return {fontMetrics().averageCharWidth() * 20, barHeight()}; }

protected:
    // The scroll area shows and hides its scroll bar itself, also when the bar's content changes
    // width without a resize (a dataset with other organizations): follow it, whatever the cause.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == horizontalScrollBar() && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
            updateGeometry();
        return QScrollArea::eventFilter(watched, event);
    }

private:
    int barHeight() const
    {
        return widget()->sizeHint().height()
            + (horizontalScrollBar()->isVisibleTo(this) ? horizontalScrollBar()->sizeHint().height() : 0);
    }
};

const QString recentFilesKey = u"open/recentFiles"_s;
const QString lastDatasetKey = u"open/lastDataset"_s;
const QString openDirectoryKey = u"open/directory"_s;
const QString importDirectoryKey = u"import/directory"_s;
const QString importSaveDirectoryKey = u"import/saveDirectory"_s;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ReleaseModel(this))
    , m_proxy(new ReleaseFilterProxy(this))
    , m_selection(new QItemSelectionModel(m_proxy, this))
    , m_listProxy(new ReleaseListProxy(this))
    , m_listSelection(new QItemSelectionModel(m_listProxy, this))
    , m_filterBar(new FilterBar(m_proxy, this))
    , m_timeline(new TimelineView(this))
    , m_lanePanel(new LanePanel(m_timeline, this))
    , m_timelineSplitter(new QSplitter(Qt::Horizontal, this))
    , m_tabs(new QTabWidget(this))
    , m_listStack(new QStackedWidget(this))
    , m_list(new QTableView(this))
    , m_emptyState(new QWidget(this))
    , m_emptyMessage(new QLabel(this))
    , m_chart(new ChartPanel(m_proxy, this))
    , m_licenses(new LicensePanel(m_proxy, this))
    , m_detail(new DetailPane(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_leftSplitter(new QSplitter(Qt::Vertical, this))
    , m_problems(new ProblemsView(this))
    , m_problemsDock(new QDockWidget(tr("Problems"), this))
    , m_statusLabel(new QLabel(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/" OPENNESS_TIMELINE_APP_ID ".svg")));
    setAcceptDrops(true);
    m_proxy->setReleaseModel(m_model);

    m_timeline->setModel(m_proxy);
    m_timeline->setSelectionModel(m_selection);
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setToolTip(QString());
    m_timeline->setContextMenuPolicy(Qt::CustomContextMenu);
    // Hook for the timeline's context menu: the same menu as the list's, for the marker under
    // the pointer (positions are in viewport coordinates, as for every QAbstractScrollArea).
    connect(m_timeline, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (const int lane = m_timeline->laneHeaderAt(pos); lane >= 0) {
            QMenu *menu = m_timeline->createLaneMenu(lane, this);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_timeline->viewport()->mapToGlobal(pos));
            return;
        }
        showReleaseMenu(m_timeline, m_timeline->indexAt(pos), pos);
    });

    m_listProxy->setSourceModel(m_proxy);
    m_list->setModel(m_listProxy);
    m_list->setSelectionModel(m_listSelection);
    m_list->setItemDelegate(new ElidedTextDelegate(m_list));
    m_list->setSortingEnabled(true);
    // Chronological until the user clicks a header (the filter proxy's order).
    m_list->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_listProxy->sort(-1);
    m_list->horizontalHeader()->setSortIndicatorClearable(true);
    // Tab leaves the list for the next pane instead of walking its cells (and the selection).
    m_list->setTabKeyNavigation(false);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        showReleaseMenu(m_list, m_list->indexAt(pos), pos);
    });
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &MainWindow::syncListFromShared);
    connect(m_listSelection, &QItemSelectionModel::selectionChanged, this, &MainWindow::syncSharedFromList);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setSectionResizeMode(ReleaseModel::LicenseColumn, QHeaderView::Interactive);
    m_list->setWordWrap(false);
    m_list->setAccessibleName(tr("Release events"));

    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    m_emptyMessage->setTextFormat(Qt::PlainText);
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    auto *resetButton = new QPushButton(tr("&Reset Filter"), m_emptyState);
    connect(resetButton, &QPushButton::clicked, m_filterBar, &FilterBar::resetFilter);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyMessage);
    emptyLayout->addWidget(resetButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_emptyState);

    m_tabs->addTab(m_listStack, tr("&Events"));
    m_tabs->addTab(m_chart, tr("Ch&art"));
    m_tabs->addTab(m_licenses, tr("&Licenses"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_licenses), tr("The license terms of the filtered release events side by side"));
    m_tabs->setDocumentMode(true);

    // The lane list beside the timeline, narrow: it is a list of names and counts.
    m_timelineSplitter->addWidget(m_lanePanel);
    m_timelineSplitter->addWidget(m_timeline);
    m_timelineSplitter->setStretchFactor(0, 0);
    m_timelineSplitter->setStretchFactor(1, 1);
    m_timelineSplitter->setChildrenCollapsible(false);
    m_lanePanel->hide();
    m_leftSplitter->addWidget(m_timelineSplitter);
    m_leftSplitter->addWidget(m_tabs);
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 2);
    m_leftSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_detail);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);

    auto *filterToolBar = addToolBar(tr("Filter"));
    filterToolBar->setObjectName(QStringLiteral("filterToolBar"));
    filterToolBar->setMovable(false);
    filterToolBar->addWidget(new FilterBarArea(m_filterBar, filterToolBar));

    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();

    statusBar()->addWidget(m_statusLabel, 1);

    // One render per change of selection: selectionChanged alone (currentChanged follows it
    // for the same click and would render the same release again).
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &MainWindow::showCurrentRelease);
    connect(m_proxy, &ReleaseFilterProxy::filterChanged, this, &MainWindow::updateStatus);
    connect(m_proxy, &ReleaseFilterProxy::filterChanged, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_filterBar, &FilterBar::escapedWithEmptyText, this, &MainWindow::clearSelection);
    m_filterBar->textField()->installEventFilter(this);
    m_tabs->tabBar()->setFocusPolicy(Qt::NoFocus); // Alt+1 / Alt+2 switch tabs
    // A filter change is one layoutChanged: a current release filtered out becomes invalid
    // without a currentChanged signal, so the detail pane looks again.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::showCurrentRelease);
    connect(m_detail, &DetailPane::releaseLinkActivated, this, [this](const QString &id) {
        if (!selectRelease(id)) {
            // The linked event is filtered out: show it anyway by clearing the filter.
            m_filterBar->resetFilter();
            selectRelease(id);
        }
    });
    connect(m_chart, &ChartPanel::releaseClicked, this, [this](const QString &id) { selectRelease(id); });
    // The timeline chart is the timeline's own painter: the time range on screen, every lane.
    m_chart->setTimelinePainter([this](QPainter &painter, const QRectF &rect, const ChartStyle &style) {
        painter.save();
        painter.translate(rect.topLeft());
        m_timeline->renderTimeline(painter, rect.size(), TimelineView::ExportRange::Visible, style.palette());
        painter.restore();
    });
    connect(m_timeline, &QAbstractItemView::activated, this, [this] { m_detail->setFocus(Qt::OtherFocusReason); });
    // The licenses table exports through the chart export dialog, as the table on the tab.
    m_chart->setLicensesFigure([this] { return m_licenses->makeFigure(); });
    connect(m_licenses, &LicensePanel::exportImageRequested, this,
            [this] { m_chart->exportChartWithDialog(ChartBuilder::Kind::Licenses); });

    createActions();
    readSettings();
    updateStatus();
    updateTabOrder();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Dataset…"),
                                        this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a dataset file (JSON)"));
    m_recentMenu = fileMenu->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    rebuildRecentMenu();
    fileMenu->addAction(tr("Open &Bundled Dataset"), this, &MainWindow::openBundled);
    QMenu *importMenu = fileMenu->addMenu(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import"));
    QAction *importEpochAction = importMenu->addAction(tr("&Epoch AI CSV…"), this, &MainWindow::importEpochWithDialog);
    importEpochAction->setStatusTip(tr("Convert Epoch AI's Notable AI Models CSV into a dataset, save it and open it"));
    fileMenu->addSeparator();
    QAction *copy = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Citation"), this,
                                        [this] { copyCitation(selectedReleaseId(), false); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setStatusTip(tr("Copy the selected release as a citation, with its sources"));
    fileMenu->addAction(tr("Copy Citation as &Markdown"), this, [this] { copyCitation(selectedReleaseId(), true); });
    fileMenu->addSeparator();
    QAction *exportChart = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Chart…"),
                                               m_chart, &ChartPanel::exportWithDialog);
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QMenu *exportLicenses = fileMenu->addMenu(tr("Export &Licenses Table"));
    exportLicenses->addAction(tr("As &Image (PNG, SVG, PDF)…"), this,
                              [this] { m_chart->exportChartWithDialog(ChartBuilder::Kind::Licenses); });
    exportLicenses->addAction(tr("As &Markdown or CSV…"), m_licenses, &LicensePanel::exportTextWithDialog);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *find = viewMenu->addAction(tr("&Filter by Text"), m_filterBar, &FilterBar::focusTextField);
    find->setShortcut(QKeySequence::Find);
    QAction *reset = viewMenu->addAction(tr("&Reset Filter"), m_filterBar, &FilterBar::resetFilter);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    viewMenu->addSeparator();
    viewMenu->addActions(m_timeline->viewActions());
    QAction *legend = m_timeline->legendAction();
    legend->setChecked(QSettings().value(QStringLiteral("timeline/legend"), true).toBool());
    connect(legend, &QAction::toggled, this, [](bool on) { QSettings().setValue(QStringLiteral("timeline/legend"), on); });
    QMenu *lanesMenu = viewMenu->addMenu(tr("&Lanes"));
    m_showLanePanel = lanesMenu->addAction(tr("Show &Lane List"));
    m_showLanePanel->setCheckable(true);
    m_showLanePanel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_showLanePanel->setStatusTip(tr("A searchable list of the lanes beside the timeline"));
    connect(m_showLanePanel, &QAction::toggled, this, [this](bool on) {
        m_lanePanel->setVisible(on);
        QSettings().setValue(QStringLiteral("timeline/laneList"), on);
        if (on) {
            if (m_timelineSplitter->sizes().value(0) < m_lanePanel->minimumSizeHint().width()) {
                const int panel = m_lanePanel->sizeHint().width();
                m_timelineSplitter->setSizes({panel, std::max(1, m_timelineSplitter->width() - panel)});
            }
            m_lanePanel->searchField()->setFocus(Qt::ShortcutFocusReason);
        }
    });
    lanesMenu->addSeparator();
    lanesMenu->addActions(m_timeline->laneOrderActions());
    viewMenu->addSeparator();
    QAction *showList = viewMenu->addAction(tr("Show &Events"), this, [this] { m_tabs->setCurrentWidget(m_listStack); });
    showList->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *showChart = viewMenu->addAction(tr("Show &Chart"), this, [this] { m_tabs->setCurrentWidget(m_chart); });
    showChart->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    QAction *showLicenses = viewMenu->addAction(tr("Show Licen&ses"), this, [this] { m_tabs->setCurrentWidget(m_licenses); });
    showLicenses->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    viewMenu->addAction(m_problemsDock->toggleViewAction());
    viewMenu->addSeparator();
    createThemeAndLanguageMenus(viewMenu);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&Openness Levels"), this, &MainWindow::showLevels);
    QAction *about = helpMenu->addAction(tr("&About Openness Timeline"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // Every shortcut of the menus works wherever the focus is in the window (see eventFilter()
    // for the text field, which would otherwise keep Ctrl+E and the like for itself).
    for (QAction *action : findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty())
            action->setShortcutContext(Qt::WindowShortcut);
    }
}

void MainWindow::createThemeAndLanguageMenus(QMenu *viewMenu)
{
    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(themeMenu);
    for (Theme::Mode mode : Theme::modes()) {
        QAction *action = themeMenu->addAction(Theme::name(mode));
        action->setCheckable(true);
        action->setChecked(mode == Theme::current());
        action->setData(Theme::id(mode));
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [mode] {
            Theme::apply(mode);
            Theme::save(mode);
        });
    }

    QMenu *languageMenu = viewMenu->addMenu(tr("Lan&guage"));
    auto *languages = new QActionGroup(languageMenu);
    const QString saved = Language::saved();
    QAction *system = languageMenu->addAction(tr("&System Language"));
    system->setData(QString());
    languageMenu->addSeparator();
    QList<QAction *> actions{system};
    for (const QString &code : Language::available()) {
        QAction *action = languageMenu->addAction(Language::nativeName(code));
        action->setData(code);
        actions.append(action);
    }
    for (QAction *action : std::as_const(actions)) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == saved);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, action] {
            const QString code = action->data().toString();
            Language::save(code);
            // Every widget builds its text once; a new language takes a new start.
            statusBar()->showMessage(tr("The language changes the next time Openness Timeline starts."));
        });
    }
}

bool MainWindow::openFile(const QString &path)
{
    const DatasetLoader::Result result = DatasetLoader::fromFile(path);
    if (!result.ok()) {
        m_problems->setProblems(QFileInfo(path).fileName(), result.problems, result.text);
        m_problemsDock->show();
        m_problemsDock->raise();
        // Until the next open, the status bar says both: which file failed, and (the permanent
        // label) which dataset is still shown.
        statusBar()->showMessage(tr("%1 has %n problem(s); kept the dataset that was open.", nullptr,
                                    int(result.problems.size())).arg(QFileInfo(path).fileName()));
        return false;
    }
    m_problems->clear();
    m_problemsDock->hide();
    m_datasetPath = QFileInfo(path).absoluteFilePath();
    setDataset(result.dataset, QFileInfo(path).fileName());
    addRecentFile(m_datasetPath);
    return true;
}

void MainWindow::openBundled()
{
    const DatasetLoader::Result result = DatasetLoader::bundled();
    if (!result.ok()) {
        // Only a broken build can get here; say so rather than show an empty window silently.
        m_problems->setProblems(DatasetLoader::bundledPath(), result.problems, {});
        m_problemsDock->show();
        return;
    }
    m_problems->clear();
    m_problemsDock->hide();
    m_datasetPath.clear();
    setDataset(result.dataset, tr("bundled dataset"));
}

void MainWindow::openLastOrBundled()
{
    const QString last = QSettings().value(lastDatasetKey).toString();
    if (last.isEmpty()) {
        openBundled();
        return;
    }
    if (!QFileInfo::exists(last)) {
        openBundled();
        statusBar()->showMessage(tr("%1 is no longer there; opened the bundled dataset.").arg(last));
        return;
    }
    if (!openFile(last)) {
        openBundled();
        statusBar()->showMessage(tr("%1 could not be opened (see Problems); opened the bundled dataset.")
                                     .arg(QFileInfo(last).fileName()));
        m_problemsDock->show();
    }
}

void MainWindow::setDataset(DatasetPtr dataset, const QString &sourceName)
{
    const QString previous = selectedReleaseId();
    if (this->dataset())
        saveLaneOptions(); // of the dataset being replaced (m_datasetPath may be new already)
    m_sourceName = sourceName;
    m_detail->setDataset(dataset);
    m_model->setDataset(dataset);
    m_filterBar->setOrganizations(dataset ? dataset->organizations() : QList<Organization>());
    m_list->resizeColumnsToContents();
    // Long names (a model's full name, a license's) are elided with a tooltip rather than
    // squeezing the event's title, the column that says what happened: it keeps room for a
    // few words even when the list is narrow (the list scrolls sideways then), and the last
    // column takes what is left on a wide screen.
    const int widest = m_list->fontMetrics().averageCharWidth() * 24;
    for (int column = 0; column < ReleaseModel::ColumnCount; ++column) {
        if (column != ReleaseModel::TitleColumn && m_list->columnWidth(column) > widest)
            m_list->setColumnWidth(column, widest);
    }
    m_list->setColumnWidth(ReleaseModel::TitleColumn,
                           std::clamp(m_list->columnWidth(ReleaseModel::TitleColumn), widest, widest * 2));
    restoreLaneOptions();
    // The lane list is for datasets with many organizations, unless the reader chose.
    const QVariant laneList = QSettings().value(QStringLiteral("timeline/laneList"));
    {
        const QSignalBlocker blocker(m_showLanePanel);
        const bool many = dataset && dataset->organizations().size() > m_timeline->laneOptions().groupAbove;
        m_showLanePanel->setChecked(laneList.isValid() ? laneList.toBool() : many);
    }
    m_lanePanel->setVisible(m_showLanePanel->isChecked());
    setWindowFilePath(sourceName);
    setWindowTitle(dataset ? tr("%1 — Openness Timeline").arg(sourceName) : tr("Openness Timeline"));
    m_timeline->fitAll();
    if (previous.isEmpty() || !selectRelease(previous))
        showCurrentRelease();
    // A message about an earlier failed open is no longer true of what is shown.
    statusBar()->clearMessage();
    updateStatus();
    updateEmptyState();
    updateTabOrder();
}

const DatasetPtr &MainWindow::dataset() const
{
    return m_model->dataset();
}

void MainWindow::setFilter(const ReleaseFilter &filter)
{
    m_proxy->setFilter(filter);
}

bool MainWindow::selectRelease(const QString &releaseId)
{
    const QModelIndex index = m_proxy->indexOfRelease(releaseId);
    if (!index.isValid())
        return false;
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(m_listProxy->mapFromSource(index));
    return true;
}

QString MainWindow::selectedReleaseId() const
{
    // The selection, not the current index: selectionChanged() comes before currentChanged().
    const QModelIndexList rows = m_selection->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(ReleaseModel::IdRole).toString();
}

void MainWindow::setChartKind(ChartBuilder::Kind kind)
{
    if (kind == ChartBuilder::Kind::Licenses) {
        m_tabs->setCurrentWidget(m_licenses);
        return;
    }
    m_chart->setKind(kind);
}

void MainWindow::showCurrentRelease()
{
    const QString id = selectedReleaseId();
    const DatasetPtr &current = dataset();
    m_detail->showRelease(id.isEmpty() || !current ? -1 : current->releaseIndex(id));
}

void MainWindow::clearSelection()
{
    m_selection->clear();
}

void MainWindow::syncListFromShared(const QItemSelection &selected, const QItemSelection &deselected)
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    m_listSelection->select(m_listProxy->mapSelectionFromSource(deselected),
                            QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    m_listSelection->select(m_listProxy->mapSelectionFromSource(selected),
                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QModelIndex current = m_listProxy->mapFromSource(m_selection->currentIndex());
    if (!selected.isEmpty()) {
        const QModelIndex first = m_listProxy->mapFromSource(selected.indexes().first());
        m_listSelection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    } else if (current.isValid()) {
        m_listSelection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    }
    m_syncingSelection = false;
}

void MainWindow::syncSharedFromList(const QItemSelection &selected, const QItemSelection &deselected)
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    // One change of the shared selection per change of the list's (so one render of the pane).
    const QItemSelection sourceSelected = m_listProxy->mapSelectionToSource(selected);
    if (!sourceSelected.isEmpty()) {
        m_selection->setCurrentIndex(sourceSelected.indexes().first(),
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_selection->select(m_listProxy->mapSelectionToSource(deselected),
                            QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    }
    m_syncingSelection = false;
}

void MainWindow::updateStatus()
{
    const DatasetPtr &current = dataset();
    if (!current) {
        m_statusLabel->setText(tr("No dataset"));
        return;
    }
    m_statusLabel->setText(tr("%1: %2 — data checked %3.")
                               .arg(m_sourceName, current->info().title, current->info().updated.toString(Qt::ISODate)));
    m_statusLabel->setToolTip(m_datasetPath.isEmpty() ? tr("The dataset compiled into the application")
                                                      : m_datasetPath.toHtmlEscaped());
}

void MainWindow::updateEmptyState()
{
    const int total = m_model->rowCount();
    const bool empty = total > 0 && m_proxy->rowCount() == 0;
    m_listStack->setCurrentWidget(empty ? m_emptyState : static_cast<QWidget *>(m_list));
    if (!empty)
        return;
    // Say which filters hide everything, so the reader knows what to switch back on.
    const ReleaseFilter &filter = m_proxy->filter();
    QStringList reasons;
    QStringList levelsOff;
    for (OpennessLevel level : Openness::allLevels()) {
        if (!filter.isLevelEnabled(level))
            levelsOff.append(Openness::name(level));
    }
    if (levelsOff.size() == Openness::levelCount)
        reasons.append(tr("every openness level is switched off"));
    else if (!levelsOff.isEmpty())
        reasons.append(tr("openness levels switched off: %1").arg(QLocale().createSeparatedList(levelsOff)));
    if (filter.hasOrganizationFilter() && dataset()) {
        QStringList shown;
        for (const Organization &organization : dataset()->organizations()) {
            if (filter.isOrganizationEnabled(organization.id))
                shown.append(organization.name);
        }
        reasons.append(shown.isEmpty() ? tr("every organization is switched off")
                                       : tr("only these organizations: %1").arg(QLocale().createSeparatedList(shown)));
    }
    if (!filter.text().isEmpty())
        reasons.append(tr("the text \u201C%1\u201D").arg(filter.text()));
    m_emptyMessage->setText(tr("No release event matches the filter (%1 in the dataset).\nHidden by: %2.")
                                .arg(total)
                                .arg(reasons.isEmpty() ? tr("the filter") : reasons.join(u"; "_s)));
}

void MainWindow::updateTabOrder()
{
    // Filter bar, lane list (when shown), timeline, list, detail pane, and round again.
    QList<QWidget *> chain = m_filterBar->focusChain();
    chain << m_lanePanel->searchField() << m_lanePanel->orderBox() << m_lanePanel->listView() << m_lanePanel->pinButton()
          << m_lanePanel->collapseButton() << m_lanePanel->topCountBox();
    chain << m_timeline << m_list << m_detail->browser();
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain.at(i), chain.at(i + 1));
    setTabOrder(m_detail->browser(), chain.first());
}

void MainWindow::openWithDialog()
{
    QSettings settings;
    QString directory = settings.value(openDirectoryKey).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dataset"), directory,
                                                      tr("Openness Timeline datasets (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // Remembered whether or not the file opens: the next Open starts where the user looked.
    settings.setValue(openDirectoryKey, QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::importEpochWithDialog()
{
    QSettings settings;
    QString directory = settings.value(importDirectoryKey).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString csvPath = QFileDialog::getOpenFileName(this, tr("Import Epoch AI CSV"), directory,
                                                         tr("CSV files (*.csv);;All files (*)"));
    if (csvPath.isEmpty())
        return;
    settings.setValue(importDirectoryKey, QFileInfo(csvPath).absolutePath());
    QString saveDirectory = settings.value(importSaveDirectoryKey).toString();
    if (saveDirectory.isEmpty() || !QFileInfo(saveDirectory).isDir())
        saveDirectory = QFileInfo(csvPath).absolutePath();
    const QString suggested = QDir(saveDirectory).filePath(QFileInfo(csvPath).completeBaseName() + u".json"_s);
    const QString jsonPath = QFileDialog::getSaveFileName(this, tr("Save Imported Dataset"), suggested,
                                                          tr("Openness Timeline datasets (*.json)"));
    if (jsonPath.isEmpty())
        return;
    settings.setValue(importSaveDirectoryKey, QFileInfo(jsonPath).absolutePath());
    importEpoch(csvPath, jsonPath);
}

bool MainWindow::importEpoch(const QString &csvPath, const QString &jsonPath)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const EpochImport::Result result = EpochImport::convertFile(csvPath);
    QGuiApplication::restoreOverrideCursor();
    QStringList problems;
    for (const Problem &problem : result.problems)
        problems.append(EpochImport::format(problem));
    const QString name = QFileInfo(csvPath).fileName();
    if (!result.ok()) {
        showImportReport(tr("Nothing Imported"), tr("Nothing could be imported from %1.").arg(name), problems, true);
        return false;
    }
    QString error;
    if (!EpochImport::write(result.json, jsonPath, &error)) {
        showImportReport(tr("Import Not Saved"), error, problems, true);
        return false;
    }
    if (!openFile(jsonPath))
        return false;
    const QString summary = tr("Imported %n model(s) from %1", nullptr, result.imported).arg(name);
    const int unknown = result.levelCounts[static_cast<size_t>(Openness::rank(OpennessLevel::Unknown))];
    statusBar()->showMessage(summary + u"; "_s + tr("%n at level unknown", nullptr, unknown) + u"; "_s
                             + tr("%n row(s) skipped", nullptr, result.skipped));
    if (!problems.isEmpty()) {
        showImportReport(tr("Import Report"),
                         summary + u". "_s + tr("%n row(s) could not be imported and were skipped.", nullptr, result.skipped),
                         problems, false);
    }
    return true;
}

QWidget *MainWindow::importReport() const
{
    return m_importReport;
}

// A report that does not block: the imported dataset is already open behind it. The problems are
// plain text in the details, one FILE:LINE: message a line.
void MainWindow::showImportReport(const QString &title, const QString &text, const QStringList &problems, bool failed)
{
    if (m_importReport)
        m_importReport->close();
    auto *box = new QMessageBox(failed ? QMessageBox::Warning : QMessageBox::Information, title, text, QMessageBox::Close, this);
    box->setTextFormat(Qt::PlainText);
    box->setObjectName(u"importReport"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!problems.isEmpty()) {
        box->setInformativeText(tr("Rows that could not be imported: see the details."));
        box->setDetailedText(problems.join(u'\n'));
    }
    m_importReport = box;
    box->open();
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(recentFilesKey).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentFilesKey, files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        // "&1 name" for the first nine, so the keyboard reaches them; the folder in the tooltip.
        QString name = QFileInfo(path).fileName();
        name.replace(u'&', u"&&"_s);
        const QString text = i < 9 ? u"&%1 %2"_s.arg(i + 1).arg(name) : name;
        QAction *action = m_recentMenu->addAction(text, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                QStringList remaining = recentFiles();
                remaining.removeAll(path);
                QSettings().setValue(recentFilesKey, remaining);
                rebuildRecentMenu();
                statusBar()->showMessage(tr("%1 is no longer there; removed it from the recent files.").arg(path));
                return;
            }
            openFile(path);
        });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Recent Files"), this, [this] {
        QSettings().remove(recentFilesKey);
        rebuildRecentMenu();
    });
    clear->setEnabled(!files.isEmpty());
    m_recentMenu->setToolTipsVisible(true);
}

QMenu *MainWindow::createReleaseMenu(const QString &releaseId, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const DatasetPtr &current = dataset();
    const int index = current ? current->releaseIndex(releaseId) : -1;
    if (index < 0)
        return menu;
    const Release &release = current->releases().at(index);
    menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Citation"), this,
                    [this, releaseId] { copyCitation(releaseId, false); });
    menu->addAction(tr("Copy Citation as &Markdown"), this, [this, releaseId] { copyCitation(releaseId, true); });
    menu->addSeparator();
    QAction *source = menu->addAction(QIcon::fromTheme(QStringLiteral("internet-web-browser")),
                                      tr("Open &Primary Source"), this, [this, releaseId] { openPrimarySource(releaseId); });
    const QString url = Citation::primarySourceUrl(release);
    source->setEnabled(!url.isEmpty());
    source->setToolTip(url);
    const Model *model = current->modelOf(release);
    menu->addAction(tr("Show &History of %1").arg(model ? model->name : release.modelId), this,
                    [this, releaseId] { showModelHistory(releaseId); });
    const Organization *organization = current->organizationOf(release);
    QAction *filter = menu->addAction(tr("&Filter to %1").arg(organization ? organization->name : QString()), this,
                                      [this, releaseId] { filterToOrganizationOf(releaseId); });
    filter->setEnabled(organization != nullptr);
    menu->setToolTipsVisible(true);
    return menu;
}

void MainWindow::showReleaseMenu(QWidget *view, const QModelIndex &index, const QPoint &viewportPos)
{
    if (!index.isValid())
        return;
    const QString id = index.data(ReleaseModel::IdRole).toString();
    // The menu acts on the release under the pointer, which becomes the selection, so what the
    // menu copies is what the detail pane shows.
    selectRelease(id);
    QMenu *menu = createReleaseMenu(id, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto *area = qobject_cast<QAbstractScrollArea *>(view);
    menu->popup((area ? area->viewport() : view)->mapToGlobal(viewportPos));
}

void MainWindow::copyCitation(const QString &releaseId, bool markdown) const
{
    const DatasetPtr &current = dataset();
    const int index = current && !releaseId.isEmpty() ? current->releaseIndex(releaseId) : -1;
    if (index < 0) {
        statusBar()->showMessage(tr("Select a release to copy its citation."), 4000);
        return;
    }
    QMimeData *mime = Citation::mimeData(*current, index);
    if (markdown)
        mime->setText(Citation::markdown(*current, index));
    QGuiApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(markdown ? tr("Copied the citation as Markdown.") : tr("Copied the citation."), 4000);
}

void MainWindow::openPrimarySource(const QString &releaseId)
{
    const DatasetPtr &current = dataset();
    const int index = current ? current->releaseIndex(releaseId) : -1;
    if (index < 0)
        return;
    const QString url = Citation::primarySourceUrl(current->releases().at(index));
    if (!url.isEmpty())
        QDesktopServices::openUrl(QUrl(url, QUrl::TolerantMode));
}

void MainWindow::showModelHistory(const QString &releaseId)
{
    if (!selectRelease(releaseId))
        return;
    m_detail->scrollToHistory();
}

void MainWindow::filterToOrganizationOf(const QString &releaseId)
{
    const DatasetPtr &current = dataset();
    const int index = current ? current->releaseIndex(releaseId) : -1;
    if (index < 0)
        return;
    const Organization *organization = current->organizationOf(current->releases().at(index));
    if (!organization)
        return;
    ReleaseFilter filter = m_proxy->filter();
    filter.setOrganizations({organization->id});
    m_proxy->setFilter(filter);
    selectRelease(releaseId);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterBar->textField() && event->type() == QEvent::ShortcutOverride) {
        // QLineEdit claims some Ctrl keys for editing (Ctrl+E: end of line, Ctrl+K...). The
        // window's own shortcuts win over those, except the standard editing keys (copy, paste,
        // undo, select all...), which stay with the text field.
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        static const QList<QKeySequence::StandardKey> editing = {
            QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::Undo, QKeySequence::Redo,
            QKeySequence::SelectAll, QKeySequence::Delete, QKeySequence::Back, QKeySequence::Forward,
        };
        for (QKeySequence::StandardKey standard : editing) {
            if (key->matches(standard))
                return QMainWindow::eventFilter(watched, event);
        }
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
            for (const QAction *action : findChildren<QAction *>()) {
                if (action->isEnabled() && action->shortcuts().contains(pressed)) {
                    event->ignore();
                    return true; // not the line edit's: the shortcut map gets it
                }
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showAbout()
{
    const DatasetPtr &current = dataset();
    QMessageBox::about(
        this, tr("About Openness Timeline"),
        tr("<h3>Openness Timeline %1</h3>"
           "<p>How open AI model releases really are, over time. \"Open source\" on an AI model often means "
           "less than it says: each release here is placed on a six-step scale from closed to open source AI, "
           "with its license explained term by term and the company's corporate stage at the time.</p>"
           "<p>Dataset: %2 (facts checked %3).</p>")
            .arg(QCoreApplication::applicationVersion(),
                 current ? current->info().title.toHtmlEscaped() : tr("none"),
                 current ? current->info().updated.toString(Qt::ISODate) : QString()));
}

void MainWindow::showLevels()
{
    QString text = tr("<h3>Openness levels</h3><p>From least to most open:</p><ol start=\"0\">");
    for (OpennessLevel level : Openness::orderedLevels()) {
        text += QStringLiteral("<li><span style=\"color:%1\">■</span> <b>%2</b> (<code>%3</code>): %4</li>")
                    .arg(LevelPalette::color(level).name(), Openness::name(level).toHtmlEscaped(), Openness::id(level),
                         Openness::meaning(level).toHtmlEscaped());
    }
    text += QStringLiteral("</ol>");
    // Not a step of the scale, so not a numbered item.
    const OpennessLevel unknown = OpennessLevel::Unknown;
    text += QStringLiteral("<p><span style=\"color:%1\">✚</span> <b>%2</b> (<code>%3</code>): %4</p>")
                .arg(LevelPalette::color(unknown).name(), Openness::name(unknown).toHtmlEscaped(), Openness::id(unknown),
                     Openness::meaning(unknown).toHtmlEscaped());
    QMessageBox box(QMessageBox::Information, tr("Openness Levels"), text, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

QString MainWindow::laneSettingsKey() const
{
    const QByteArray name = m_datasetPath.isEmpty() ? QByteArrayLiteral("bundled") : m_datasetPath.toUtf8();
    return u"lanes/"_s + QString::fromLatin1(QCryptographicHash::hash(name, QCryptographicHash::Sha1).toHex().left(16));
}

void MainWindow::saveLaneOptions() const
{
    const LaneArrangement::Options &options = m_timeline->laneOptions();
    QSettings settings;
    settings.beginGroup(m_laneSettingsKey.isEmpty() ? laneSettingsKey() : m_laneSettingsKey);
    settings.setValue(u"order"_s, static_cast<int>(options.order));
    settings.setValue(u"pinned"_s, QStringList(options.pinned.cbegin(), options.pinned.cend()));
    settings.setValue(u"collapsed"_s, QStringList(options.collapsed.cbegin(), options.collapsed.cend()));
    settings.setValue(u"topCount"_s, options.topCount);
    settings.setValue(u"othersExpanded"_s, options.othersExpanded);
}

void MainWindow::restoreLaneOptions()
{
    m_laneSettingsKey = laneSettingsKey();
    QSettings settings;
    settings.beginGroup(m_laneSettingsKey);
    LaneArrangement::Options options;
    const int order = settings.value(u"order"_s, 0).toInt();
    if (order >= 0 && order <= static_cast<int>(LaneArrangement::Order::FirstRelease))
        options.order = static_cast<LaneArrangement::Order>(order);
    const QStringList pinned = settings.value(u"pinned"_s).toStringList();
    const QStringList collapsed = settings.value(u"collapsed"_s).toStringList();
    options.pinned = QSet<QString>(pinned.cbegin(), pinned.cend());
    options.collapsed = QSet<QString>(collapsed.cbegin(), collapsed.cend());
    options.topCount = std::max(0, settings.value(u"topCount"_s, options.topCount).toInt());
    options.othersExpanded = settings.value(u"othersExpanded"_s, false).toBool();
    m_timeline->setLaneOptions(options);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_shown, true))
        return;
    // A release chosen before the first show (--select, or the one kept from the last session)
    // was scrolled to in a list that had no size yet: once the window has its size, it goes to
    // the middle of the list.
    QTimer::singleShot(0, this, [this] {
        const QModelIndex current = m_selection->currentIndex();
        if (current.isValid() && m_selection->isRowSelected(current.row(), current.parent()))
            m_list->scrollTo(m_listProxy->mapFromSource(current), QAbstractItemView::PositionAtCenter);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // No saved geometry: 1400x900 where the screen has room for it, otherwise as much as
        // the screen's free area holds, centred in that area. The window manager's frame is
        // not known before the first show: the style's title bar and frame stand in for it.
        const QRect available = screen()->availableGeometry();
        const int border = style()->pixelMetric(QStyle::PM_MdiSubWindowFrameWidth);
        const QSize frame(2 * border, style()->pixelMetric(QStyle::PM_TitleBarHeight) + 2 * border);
        resize(QSize(1400, 900).boundedTo(available.size() - frame).expandedTo(minimumSizeHint()));
        move(available.topLeft() + QPoint((available.width() - frame.width() - width()) / 2,
                                          (available.height() - frame.height() - height()) / 2));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // The detail pane gets two fifths of the width by default: enough for the license terms to
    // read as a table on a wide screen. Below 1280 pixels it gets a third, which still reads
    // as a stacked list, so the timeline keeps room for its lanes and legend.
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray())) {
        const int detail = width() >= 1280 ? width() * 2 / 5 : width() / 3;
        m_mainSplitter->setSizes({width() - detail, detail});
    }
    if (!m_leftSplitter->restoreState(settings.value(QStringLiteral("window/leftSplitter")).toByteArray())) {
        const int timeline = height() >= 850 ? height() * 11 / 20 : height() * 3 / 5;
        m_leftSplitter->setSizes({timeline, height() - timeline});
    }
    if (!m_timelineSplitter->restoreState(settings.value(QStringLiteral("window/timelineSplitter")).toByteArray())) {
        const int panel = m_lanePanel->sizeHint().width();
        m_timelineSplitter->setSizes({panel, std::max(1, m_mainSplitter->sizes().value(0) - panel)});
    }
    m_problemsDock->hide();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/leftSplitter"), m_leftSplitter->saveState());
    settings.setValue(QStringLiteral("window/timelineSplitter"), m_timelineSplitter->saveState());
    if (dataset())
        saveLaneOptions();
    settings.setValue(lastDatasetKey, m_datasetPath);
}
