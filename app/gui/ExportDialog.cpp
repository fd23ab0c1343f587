#include "ExportDialog.h"

#include "ChartFigure.h"
#include "ChartPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

const QString settingsGroup = QStringLiteral("export");

} // namespace

ExportDialog::ExportDialog(ChartPanel *panel, QWidget *parent)
    : QDialog(parent)
    , m_panel(panel)
    , m_chart(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_sizeMode(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_captionBox(new QCheckBox(tr("Print a &caption under the chart"), this))
    , m_caption(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Export Chart"));
    for (ChartBuilder::Kind kind : ChartBuilder::kinds()) {
        if (kind != ChartBuilder::Kind::Timeline || m_panel->makeFigure(kind))
            m_chart->addItem(ChartBuilder::title(kind), ChartBuilder::name(kind));
    }
    m_chart->setObjectName(QStringLiteral("chart"));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing (vector, text kept as text)"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document (one page)"), QStringLiteral("pdf"));
    m_format->setObjectName(QStringLiteral("format"));
    m_sizeMode->addItem(tr("Pixels"), QStringLiteral("pixels"));
    m_sizeMode->addItem(tr("A4, landscape"), QStringLiteral("a4"));
    m_sizeMode->addItem(tr("US Letter, landscape"), QStringLiteral("letter"));
    m_sizeMode->addItem(tr("A5, landscape"), QStringLiteral("a5"));
    m_sizeMode->setObjectName(QStringLiteral("sizeMode"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, 20000);
        box->setSuffix(tr(" px"));
        box->setAccelerated(true);
    }
    m_width->setObjectName(QStringLiteral("width"));
    m_height->setObjectName(QStringLiteral("height"));
    m_width->setAccessibleName(tr("Width in pixels"));
    m_height->setAccessibleName(tr("Height in pixels"));
    for (int scale : {1, 2, 3})
        m_scale->addItem(tr("%1×").arg(scale), scale);
    m_scale->setObjectName(QStringLiteral("scale"));
    m_scale->setToolTip(tr("Pixels per layout pixel in a PNG, for high-resolution screens and print"));
    for (const QString &id : ChartStyle::themeIds())
        m_theme->addItem(ChartStyle::themeName(*ChartStyle::themeFromId(id)), id);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setClearButtonEnabled(true);
    m_captionBox->setObjectName(QStringLiteral("captionEnabled"));
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setReadOnly(true);
    m_caption->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_caption->setAccessibleName(tr("Caption"));

    auto *form = new QFormLayout;
    form->addRow(tr("C&hart:"), m_chart);
    form->addRow(tr("&Format:"), m_format);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_sizeMode);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    auto *sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_sizeMode);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(tr("Sc&ale:"), m_scale);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("T&itle:"), m_title);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_captionBox);
    layout->addWidget(m_caption);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *copy = buttons->addButton(tr("C&opy to Clipboard"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copy"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);

    readSettings();
    const int current = m_chart->findData(ChartBuilder::name(m_panel->kind()));
    m_chart->setCurrentIndex(std::max(0, current));
    for (QComboBox *box : {m_chart, m_format, m_sizeMode})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    connect(m_chart, &QComboBox::currentIndexChanged, this, &ExportDialog::updateCaption);
    connect(m_captionBox, &QCheckBox::toggled, m_caption, &QWidget::setEnabled);
    updateControls();
    updateCaption();
}

ChartBuilder::Kind ExportDialog::kind() const
{
    return ChartBuilder::fromName(m_chart->currentData().toString()).value_or(ChartBuilder::Kind::OpennessOverTime);
}

void ExportDialog::setKind(ChartBuilder::Kind kind)
{
    const int index = m_chart->findData(ChartBuilder::name(kind));
    if (index >= 0)
        m_chart->setCurrentIndex(index);
}

ChartExporter::Format ExportDialog::format() const
{
    return ChartExporter::formatForPath(QStringLiteral("x.") + m_format->currentData().toString())
        .value_or(ChartExporter::Format::Png);
}

bool ExportDialog::captionEnabled() const
{
    return m_captionBox->isChecked();
}

ChartExporter::Options ExportDialog::options() const
{
    ChartExporter::Options options;
    const QString mode = m_sizeMode->currentData().toString();
    if (mode == u"a4")
        options.paper = QPageSize::A4;
    else if (mode == u"letter")
        options.paper = QPageSize::Letter;
    else if (mode == u"a5")
        options.paper = QPageSize::A5;
    options.pixelSize = QSize(m_width->value(), m_height->value());
    options.scale = format() == ChartExporter::Format::Png ? m_scale->currentData().toInt() : 1;
    options.theme = ChartStyle::themeFromId(m_theme->currentData().toString()).value_or(ChartStyle::Theme::Light);
    options.title = m_title->text().trimmed();
    if (const DatasetPtr current = m_panel->dataset())
        options.source = ChartExporter::source(*current);
    return options;
}

bool ExportDialog::exportTo(const QString &path, QString *errorMessage)
{
    std::unique_ptr<ChartFigure> figure = m_panel->makeFigure(kind());
    if (!figure) {
        if (errorMessage)
            *errorMessage = tr("There is no dataset to chart.");
        return false;
    }
    ChartExporter::Options options = this->options();
    if (captionEnabled())
        options.caption = m_panel->caption(*figure);
    return ChartExporter::write(*figure, path, options, errorMessage);
}

void ExportDialog::copyToClipboard()
{
    std::unique_ptr<ChartFigure> figure = m_panel->makeFigure(kind());
    if (!figure)
        return;
    ChartExporter::Options options = this->options();
    if (captionEnabled())
        options.caption = m_panel->caption(*figure);
    QApplication::clipboard()->setImage(ChartExporter::image(*figure, options));
    writeSettings();
    m_status->setText(tr("Copied the chart to the clipboard as an image."));
}

void ExportDialog::accept()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const QString directory = settings.value(QStringLiteral("directory"),
                                             QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                                  .toString();
    const QString suffix = ChartExporter::suffix(format());
    const int filterIndex = static_cast<int>(format());
    QString selectedFilter = ChartExporter::nameFilters().at(filterIndex);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                                QDir(directory).filePath(ChartBuilder::name(kind()) + u'.' + suffix),
                                                ChartExporter::nameFilters().at(filterIndex), &selectedFilter);
    if (path.isEmpty())
        return;
    if (!ChartExporter::formatForPath(path))
        path += u'.' + suffix; // a name typed without its extension takes the chosen format's
    else if (ChartExporter::formatForPath(path) != format())
        m_format->setCurrentIndex(static_cast<int>(*ChartExporter::formatForPath(path)));
    settings.setValue(QStringLiteral("directory"), QFileInfo(path).absolutePath());
    settings.endGroup();
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export Chart"), error);
        return;
    }
    writeSettings();
    QDialog::accept();
}

void ExportDialog::readSettings()
{
    // The defaults are the command line's: PNG, 1600x900 pixels, 1x, light, caption on.
    QSettings settings;
    settings.beginGroup(settingsGroup);
    auto select = [](QComboBox *box, const QVariant &value) { box->setCurrentIndex(std::max(0, box->findData(value))); };
    select(m_format, settings.value(QStringLiteral("format"), QStringLiteral("png")));
    select(m_sizeMode, settings.value(QStringLiteral("sizeMode"), QStringLiteral("pixels")));
    m_width->setValue(settings.value(QStringLiteral("width"), 1600).toInt());
    m_height->setValue(settings.value(QStringLiteral("height"), 900).toInt());
    select(m_scale, settings.value(QStringLiteral("scale"), 1).toInt());
    select(m_theme, settings.value(QStringLiteral("theme"), QStringLiteral("light")));
    m_captionBox->setChecked(settings.value(QStringLiteral("caption"), true).toBool());
    m_caption->setEnabled(m_captionBox->isChecked());
}

void ExportDialog::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("format"), m_format->currentData());
    settings.setValue(QStringLiteral("sizeMode"), m_sizeMode->currentData());
    settings.setValue(QStringLiteral("width"), m_width->value());
    settings.setValue(QStringLiteral("height"), m_height->value());
    settings.setValue(QStringLiteral("scale"), m_scale->currentData());
    settings.setValue(QStringLiteral("theme"), m_theme->currentData());
    settings.setValue(QStringLiteral("caption"), m_captionBox->isChecked());
}

void ExportDialog::updateControls()
{
    const bool pixels = m_sizeMode->currentData().toString() == u"pixels";
    m_width->setEnabled(pixels);
    m_height->setEnabled(pixels);
    m_scale->setEnabled(format() == ChartExporter::Format::Png);
    std::unique_ptr<ChartFigure> figure = m_panel->makeFigure(kind());
    m_title->setPlaceholderText(figure ? figure->title() : QString());
}

void ExportDialog::updateCaption()
{
    std::unique_ptr<ChartFigure> figure = m_panel->makeFigure(kind());
    m_caption->setPlainText(figure ? m_panel->caption(*figure) : QString());
}
