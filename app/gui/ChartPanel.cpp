#include "ChartPanel.h"

#include "ChartCanvas.h"
#include "ChartFigure.h"
#include "ExportDialog.h"
#include "ReleaseFilterProxy.h"
#include "ReleaseModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <numeric>

ChartPanel::ChartPanel(ReleaseFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_kindBox(new QComboBox(this))
    , m_sharesBox(new QCheckBox(tr("As &shares (100%)"), this))
    , m_perModelBox(new QCheckBox(tr("One line per &model"), this))
    , m_canvas(new ChartCanvas(this))
    , m_rebuildTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Chart:"), this);
    label->setBuddy(m_kindBox);
    top->addWidget(label);
    for (ChartBuilder::Kind kind : ChartBuilder::kinds()) {
        if (kind != ChartBuilder::Kind::Timeline && kind != ChartBuilder::Kind::Licenses)
            m_kindBox->addItem(ChartBuilder::title(kind), ChartBuilder::name(kind));
    }
    top->addWidget(m_kindBox);
    m_sharesBox->setToolTip(tr("Show each year's release events as shares of that year instead of counts"));
    m_perModelBox->setToolTip(tr("Follow each model's level through its changes instead of each organization's most "
                                 "open release"));
    top->addWidget(m_sharesBox);
    top->addWidget(m_perModelBox);
    top->addStretch(1);
    auto *exportButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("E&xport…"), this);
    exportButton->setToolTip(tr("Save this chart as a PNG, SVG or PDF file, or copy it"));
    top->addWidget(exportButton);
    layout->addLayout(top);
    layout->addWidget(m_canvas, 1);

    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (const auto kind = ChartBuilder::fromName(m_kindBox->itemData(index).toString()))
            setKind(*kind);
    });
    connect(m_sharesBox, &QCheckBox::toggled, this, [this](bool on) {
        ChartBuilder::Options options = m_options;
        options.shares = on;
        setOptions(options);
    });
    connect(m_perModelBox, &QCheckBox::toggled, this, [this](bool on) {
        ChartBuilder::Options options = m_options;
        options.perModel = on;
        setOptions(options);
    });
    connect(exportButton, &QPushButton::clicked, this, &ChartPanel::exportWithDialog);
    connect(m_canvas, &ChartCanvas::releaseClicked, this, [this](int index) {
        const DatasetPtr current = dataset();
        if (current && index >= 0 && index < current->releases().size())
            Q_EMIT releaseClicked(current->releases().at(index).id);
    });

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

ChartPanel::~ChartPanel()
{
    m_canvas->setFigure(nullptr);
}

void ChartPanel::setKind(ChartBuilder::Kind kind)
{
    if (m_kind == kind || kind == ChartBuilder::Kind::Timeline || kind == ChartBuilder::Kind::Licenses)
        return;
    m_kind = kind;
    m_kindBox->setCurrentIndex(m_kindBox->findData(ChartBuilder::name(kind)));
    rebuild();
}

void ChartPanel::setOptions(const ChartBuilder::Options &options)
{
    m_options = options;
    const QSignalBlocker sharesBlocker(m_sharesBox);
    const QSignalBlocker modelBlocker(m_perModelBox);
    m_sharesBox->setChecked(options.shares);
    m_perModelBox->setChecked(options.perModel);
    rebuild();
}

DatasetPtr ChartPanel::dataset() const
{
    return m_proxy->releaseModel() ? m_proxy->releaseModel()->dataset() : nullptr;
}

QList<int> ChartPanel::visibleReleases() const
{
    QList<int> indexes;
    indexes.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        indexes.append(m_proxy->index(row, 0).data(ReleaseModel::ReleaseIndexRole).toInt());
    return indexes;
}

std::unique_ptr<ChartFigure> ChartPanel::makeFigure(ChartBuilder::Kind kind) const
{
    const DatasetPtr current = dataset();
    if (!current)
        return nullptr;
    if (kind == ChartBuilder::Kind::Licenses && m_licensesFigure)
        return m_licensesFigure();
    const QList<int> indexes = visibleReleases();
    if (kind != ChartBuilder::Kind::Timeline)
        return ChartBuilder::build(kind, current, indexes, m_options);
    if (!m_timelinePainter)
        return nullptr;
    return ChartBuilder::timelineFigure(m_timelinePainter, *current, indexes);
}

QString ChartPanel::caption(const ChartFigure &figure) const
{
    const DatasetPtr current = dataset();
    if (!current)
        return {};
    if (!figure.followsFilter()) {
        QList<int> all(current->releases().size());
        std::iota(all.begin(), all.end(), 0);
        return ChartExporter::caption(*current, ReleaseFilter(), all, figure);
    }
    return ChartExporter::caption(*current, m_proxy->filter(), visibleReleases(), figure);
}

void ChartPanel::exportWithDialog()
{
    ExportDialog dialog(this, this);
    dialog.exec();
}

void ChartPanel::exportChartWithDialog(ChartBuilder::Kind kind)
{
    ExportDialog dialog(this, this);
    dialog.setKind(kind);
    dialog.exec();
}

void ChartPanel::rebuild()
{
    m_rebuildTimer->stop();
    m_sharesBox->setVisible(m_kind == ChartBuilder::Kind::ReleasesByLevel);
    m_perModelBox->setVisible(m_kind == ChartBuilder::Kind::OpennessOverTime);
    std::unique_ptr<ChartFigure> figure = makeFigure(m_kind);
    m_canvas->setFigure(figure.get());
    m_figure = std::move(figure);
}

void ChartPanel::scheduleRebuild()
{
    m_rebuildTimer->start();
}
