#include "MainWindow.h"

#include "ChartPanel.h"
#include "DatasetLoader.h"
#include "DetailPane.h"
#include "FilterBar.h"
#include "LevelPalette.h"
#include "ProblemsView.h"
#include "ReleaseFilterProxy.h"
#include "ReleaseModel.h"
#include "TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ReleaseModel(this))
    , m_proxy(new ReleaseFilterProxy(this))
    , m_selection(new QItemSelectionModel(m_proxy, this))
    , m_filterBar(new FilterBar(m_proxy, this))
    , m_timeline(new TimelineView(this))
    , m_tabs(new QTabWidget(this))
    , m_list(new QTableView(this))
    , m_chart(new ChartPanel(m_proxy, this))
    , m_detail(new DetailPane(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_leftSplitter(new QSplitter(Qt::Vertical, this))
    , m_problems(new ProblemsView(this))
    , m_problemsDock(new QDockWidget(tr("Problems"), this))
    , m_statusLabel(new QLabel(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/openness-timeline.svg")));
    setAcceptDrops(true);
    m_proxy->setReleaseModel(m_model);

    m_timeline->setModel(m_proxy);
    m_timeline->setSelectionModel(m_selection);
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setToolTip(QString());

    m_list->setModel(m_proxy);
    m_list->setSelectionModel(m_selection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setSectionResizeMode(ReleaseModel::TitleColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(ReleaseModel::LicenseColumn, QHeaderView::Interactive);
    m_list->setWordWrap(false);
    m_list->setAccessibleName(tr("Release events"));

    m_tabs->addTab(m_list, tr("&Events"));
    m_tabs->addTab(m_chart, tr("C&hart"));
    m_tabs->setDocumentMode(true);

    m_leftSplitter->addWidget(m_timeline);
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
    filterToolBar->addWidget(m_filterBar);

    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();

    statusBar()->addWidget(m_statusLabel, 1);

    connect(m_selection, &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentRelease);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &MainWindow::showCurrentRelease);
    connect(m_proxy, &ReleaseFilterProxy::filterChanged, this, &MainWindow::updateStatus);
    connect(m_detail, &DetailPane::releaseLinkActivated, this, [this](const QString &id) {
        if (!selectRelease(id)) {
            // The linked event is filtered out: show it anyway by clearing the filter.
            m_filterBar->resetFilter();
            selectRelease(id);
        }
    });
    connect(m_chart, &ChartPanel::releaseClicked, this, [this](const QString &id) { selectRelease(id); });
    // The timeline chart is the timeline's own painter: the time range on screen, every lane.
    m_chart->setTimelinePainter([this](QPainter &painter, const QRectF &rect, const ChartStyle &) {
        painter.save();
        painter.translate(rect.topLeft());
        m_timeline->renderTimeline(painter, rect.size(), TimelineView::ExportRange::Visible);
        painter.restore();
    });
    connect(m_timeline, &QAbstractItemView::activated, this, [this] { m_detail->setFocus(Qt::OtherFocusReason); });

    createActions();
    readSettings();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Dataset…"),
                                        this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a dataset file (JSON)"));
    fileMenu->addAction(tr("Open &Bundled Dataset"), this, &MainWindow::openBundled);
    fileMenu->addSeparator();
    QAction *exportChart = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Chart…"),
                                               m_chart, &ChartPanel::exportWithDialog);
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
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
    viewMenu->addSeparator();
    QAction *showList = viewMenu->addAction(tr("Show &Events"), this, [this] { m_tabs->setCurrentWidget(m_list); });
    showList->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *showChart = viewMenu->addAction(tr("Show &Chart"), this, [this] { m_tabs->setCurrentWidget(m_chart); });
    showChart->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    viewMenu->addAction(m_problemsDock->toggleViewAction());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&Openness Levels"), this, &MainWindow::showLevels);
    QAction *about = helpMenu->addAction(tr("&About Openness Timeline"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::openFile(const QString &path)
{
    const DatasetLoader::Result result = DatasetLoader::fromFile(path);
    if (!result.ok()) {
        QByteArray text;
        QFile file(path);
        if (file.size() <= DatasetLoader::maxFileSize && file.open(QIODevice::ReadOnly))
            text = file.readAll();
        m_problems->setProblems(QFileInfo(path).fileName(), result.problems, text);
        m_problemsDock->show();
        m_problemsDock->raise();
        statusBar()->showMessage(tr("%1 has %n problem(s); kept the dataset that was open.", nullptr,
                                    int(result.problems.size())).arg(QFileInfo(path).fileName()));
        return false;
    }
    m_problems->clear();
    m_problemsDock->hide();
    setDataset(result.dataset, QFileInfo(path).fileName());
    QSettings().setValue(QStringLiteral("open/directory"), QFileInfo(path).absolutePath());
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
    setDataset(result.dataset, tr("bundled dataset"));
}

void MainWindow::setDataset(DatasetPtr dataset, const QString &sourceName)
{
    const QString previous = selectedReleaseId();
    m_sourceName = sourceName;
    m_detail->setDataset(dataset);
    m_model->setDataset(dataset);
    m_filterBar->setOrganizations(dataset ? dataset->organizations() : QList<Organization>());
    m_list->resizeColumnsToContents();
    setWindowFilePath(sourceName);
    setWindowTitle(dataset ? tr("%1 — Openness Timeline").arg(sourceName) : tr("Openness Timeline"));
    m_timeline->fitAll();
    if (previous.isEmpty() || !selectRelease(previous))
        showCurrentRelease();
    updateStatus();
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
    m_list->scrollTo(index);
    return true;
}

QString MainWindow::selectedReleaseId() const
{
    const QModelIndex current = m_selection->currentIndex();
    if (!current.isValid() || !m_selection->isRowSelected(current.row(), current.parent()))
        return {};
    return current.siblingAtColumn(0).data(ReleaseModel::IdRole).toString();
}

void MainWindow::setChartKind(ChartBuilder::Kind kind)
{
    m_chart->setKind(kind);
}

void MainWindow::showCurrentRelease()
{
    const QString id = selectedReleaseId();
    const DatasetPtr &current = dataset();
    m_detail->showRelease(id.isEmpty() || !current ? -1 : current->releaseIndex(id));
}

void MainWindow::updateStatus()
{
    const DatasetPtr &current = dataset();
    if (!current) {
        m_statusLabel->setText(tr("No dataset"));
        return;
    }
    m_statusLabel->setText(tr("%1: %2 — data checked %3. Click a marker or use ← → to move between releases.")
                               .arg(m_sourceName, current->info().title, current->info().updated.toString(Qt::ISODate)));
}

void MainWindow::openWithDialog()
{
    const QString directory = QSettings().value(QStringLiteral("open/directory")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dataset"), directory,
                                                      tr("Openness Timeline datasets (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
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
    for (OpennessLevel level : Openness::allLevels()) {
        text += QStringLiteral("<li><span style=\"color:%1\">■</span> <b>%2</b> (<code>%3</code>): %4</li>")
                    .arg(LevelPalette::color(level).name(), Openness::name(level).toHtmlEscaped(), Openness::id(level),
                         Openness::meaning(level).toHtmlEscaped());
    }
    text += QStringLiteral("</ol>");
    QMessageBox box(QMessageBox::Information, tr("Openness Levels"), text, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
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
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    if (!m_leftSplitter->restoreState(settings.value(QStringLiteral("window/leftSplitter")).toByteArray()))
        m_leftSplitter->setSizes({height() * 11 / 20, height() * 9 / 20});
    m_problemsDock->hide();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/leftSplitter"), m_leftSplitter->saveState());
}
