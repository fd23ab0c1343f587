#include "ChartPanel.h"

#include "ChartExporter.h"
#include "ReleaseFilterProxy.h"
#include "ReleaseModel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

ChartPanel::ChartPanel(ReleaseFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_kindBox(new QComboBox(this))
    , m_view(new QChartView(this))
    , m_rebuildTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Chart:"), this);
    label->setBuddy(m_kindBox);
    top->addWidget(label);
    for (ChartBuilder::Kind kind : ChartBuilder::kinds())
        m_kindBox->addItem(ChartBuilder::title(kind), ChartBuilder::name(kind));
    top->addWidget(m_kindBox);
    top->addStretch(1);
    auto *exportButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"), this);
    exportButton->setToolTip(tr("Save this chart as a PNG, SVG or PDF file"));
    top->addWidget(exportButton);
    layout->addLayout(top);
    m_view->setRenderHint(QPainter::Antialiasing);
    // Below this the axis labels elide to dots: the splitter stops shrinking the chart there.
    m_view->setMinimumHeight(fontMetrics().height() * 18);
    layout->addWidget(m_view, 1);

    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (const auto kind = ChartBuilder::fromName(m_kindBox->itemData(index).toString()))
            setKind(*kind);
    });
    connect(exportButton, &QPushButton::clicked, this, &ChartPanel::exportWithDialog);

    // Several proxy signals arrive for one filter change: rebuild once, after they settle.
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &ChartPanel::rebuild);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ChartPanel::scheduleRebuild);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ChartPanel::scheduleRebuild);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ChartPanel::scheduleRebuild);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ChartPanel::scheduleRebuild);
    rebuild();
}

void ChartPanel::setKind(ChartBuilder::Kind kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    m_kindBox->setCurrentIndex(m_kindBox->findData(ChartBuilder::name(kind)));
    rebuild();
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

QList<int> ChartPanel::visibleReleases() const
{
    QList<int> indexes;
    indexes.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        indexes.append(m_proxy->index(row, 0).data(ReleaseModel::ReleaseIndexRole).toInt());
    return indexes;
}

QString ChartPanel::caption() const
{
    const DatasetPtr dataset = m_proxy->releaseModel() ? m_proxy->releaseModel()->dataset() : nullptr;
    return dataset ? ChartExporter::caption(*dataset, m_proxy->filter()) : QString();
}

bool ChartPanel::exportTo(const QString &path, QSize pixelSize, QString *errorMessage) const
{
    const DatasetPtr dataset = m_proxy->releaseModel() ? m_proxy->releaseModel()->dataset() : nullptr;
    if (!dataset) {
        if (errorMessage)
            *errorMessage = tr("There is no dataset to chart.");
        return false;
    }
    // A fresh chart at the export size, so the one on screen keeps its layout.
    std::unique_ptr<QChart> chart(ChartBuilder::build(m_kind, *dataset, visibleReleases(), ChartExporter::exportPalette()));
    ChartExporter::Options options;
    options.pixelSize = pixelSize;
    options.caption = caption();
    return ChartExporter::write(chart.get(), path, options, errorMessage);
}

void ChartPanel::exportWithDialog()
{
    QSettings settings;
    const QString lastDir = settings.value(QStringLiteral("export/directory"),
                                           QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    QString selectedFilter = ChartExporter::nameFilters().constFirst();
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                                QDir(lastDir).filePath(ChartBuilder::name(m_kind) + QStringLiteral(".png")),
                                                ChartExporter::nameFilters().join(QStringLiteral(";;")), &selectedFilter);
    if (path.isEmpty())
        return;
    if (!ChartExporter::formatForPath(path)) {
        // The user typed a name without a known extension: take the one of the chosen filter.
        const int filterIndex = static_cast<int>(ChartExporter::nameFilters().indexOf(selectedFilter));
        static const QStringList suffixes = {QStringLiteral(".png"), QStringLiteral(".svg"), QStringLiteral(".pdf")};
        path += suffixes.value(std::max(0, filterIndex));
    }
    settings.setValue(QStringLiteral("export/directory"), QFileInfo(path).absolutePath());
    QString error;
    if (!exportTo(path, QSize(1600, 900), &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

void ChartPanel::rebuild()
{
    m_rebuildTimer->stop();
    const DatasetPtr dataset = m_proxy->releaseModel() ? m_proxy->releaseModel()->dataset() : nullptr;
    QChart *old = m_view->chart();
    const QList<int> indexes = visibleReleases();
    QChart *chart = dataset ? ChartBuilder::build(m_kind, *dataset, indexes, palette()) : new QChart;
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    connectClicks(chart, indexes);
    m_view->setChart(chart); // takes ownership; the previous chart is ours to delete
    delete old;
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        scheduleRebuild();
    QWidget::changeEvent(event);
}

void ChartPanel::scheduleRebuild()
{
    m_rebuildTimer->start();
}

void ChartPanel::connectClicks(QChart *chart, const QList<int> &indexes)
{
    const DatasetPtr dataset = m_proxy->releaseModel() ? m_proxy->releaseModel()->dataset() : nullptr;
    if (!dataset)
        return;
    for (QAbstractSeries *series : chart->series()) {
        auto *scatter = qobject_cast<QScatterSeries *>(series);
        if (!scatter)
            continue;
        // A click reports the point's value: find the visible release of that level closest to
        // that date (markers of one level and date coincide only for simultaneous releases).
        connect(scatter, &QScatterSeries::clicked, this, [this, dataset, indexes, scatter](const QPointF &point) {
            const QString levelId = scatter->objectName().section(u':', 1);
            QString best;
            double bestDistance = std::numeric_limits<double>::max();
            for (int index : indexes) {
                const Release &release = dataset->releases().at(index);
                if (Openness::id(release.level) != levelId)
                    continue;
                const double distance = std::abs(ChartBuilder::xValue(release.date) - point.x());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = release.id;
                }
            }
            if (!best.isEmpty())
                Q_EMIT releaseClicked(best);
        });
    }
}
