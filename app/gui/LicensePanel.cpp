#include "LicensePanel.h"

#include "LicenseCellDelegate.h"
#include "LicenseComparison.h"
#include "LicenseTableExporter.h"
#include "LicenseTableModel.h"
#include "ReleaseDocument.h"
#include "ReleaseFilterProxy.h"
#include "ReleaseModel.h"

#include <QButtonGroup>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString settingsGroup = u"licenses"_s;

} // namespace

LicensePanel::LicensePanel(ReleaseFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_model(new LicenseTableModel(this))
    , m_followButton(new QRadioButton(tr("Licenses in the fil&ter"), this))
    , m_pickButton(new QRadioButton(tr("Pic&k licenses"), this))
    , m_modeGroup(new QButtonGroup(this))
    , m_message(new QLabel(this))
    , m_exportButton(new QToolButton(this))
    , m_picker(new QListWidget(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_rebuildTimer(new QTimer(this))
{
    m_followButton->setToolTip(tr("Compare the licenses of the release events the filter shows"));
    m_pickButton->setToolTip(tr("Compare %1 to %2 licenses of your choice").arg(minPicked).arg(maxPicked));
    m_followButton->setChecked(true);
    m_modeGroup->addButton(m_followButton);
    m_modeGroup->addButton(m_pickButton);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(u"licensesMessage"_s);

    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(QIcon::fromTheme(u"image-x-generic"_s), tr("As &Image (PNG, SVG, PDF)…"), this,
                          &LicensePanel::exportImageRequested);
    exportMenu->addAction(QIcon::fromTheme(u"text-x-generic"_s), tr("As &Markdown or CSV…"), this,
                          &LicensePanel::exportTextWithDialog);
    m_exportButton->setText(tr("E&xport"));
    m_exportButton->setIcon(QIcon::fromTheme(u"document-export"_s));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setToolTip(tr("Save this table as an image, or as Markdown or CSV"));
    m_exportButton->setObjectName(u"licensesExport"_s);

    m_picker->setAccessibleName(tr("Licenses to compare"));
    m_picker->setToolTip(tr("Check %1 to %2 licenses").arg(minPicked).arg(maxPicked));
    m_picker->setObjectName(u"licensePicker"_s);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new LicenseCellDelegate(m_table));
    m_table->setAccessibleName(tr("Licenses side by side"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->setShowGrid(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    const QFontMetrics metrics(font());
    m_table->horizontalHeader()->setDefaultSectionSize(metrics.averageCharWidth() * 24);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_table->horizontalHeader()->setHighlightSections(true);
    // The status line and two lines of summary.
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() * 3 + metrics.height() * 3 / 4);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setObjectName(u"licensesTable"_s);

    m_detail->setOpenLinks(false);
    m_detail->setAccessibleName(tr("Selected term"));
    m_detail->setObjectName(u"licenseDetail"_s);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (ReleaseDocument::isWebUrl(url))
            QDesktopServices::openUrl(url);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Compare:"), this));
    top->addWidget(m_followButton);
    top->addWidget(m_pickButton);
    top->addWidget(m_message, 1);
    top->addWidget(m_exportButton);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_picker);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    // The table takes what the window gains; the list and the clause panel keep their width.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({metrics.averageCharWidth() * 26, metrics.averageCharWidth() * 80, metrics.averageCharWidth() * 34});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_followButton, &QRadioButton::toggled, this, [this](bool on) {
        setMode(on ? Mode::FollowFilter : Mode::Pick);
        writeSettings();
    });
    connect(m_picker, &QListWidget::itemChanged, this, &LicensePanel::pickerItemChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &LicensePanel::showCurrentCell);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LicensePanel::showCurrentCell);

    // Several proxy signals arrive for one filter change: rebuild once, after they settle.
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &LicensePanel::rebuild);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LicensePanel::scheduleRebuild);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LicensePanel::scheduleRebuild);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LicensePanel::scheduleRebuild);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LicensePanel::scheduleRebuild);

    readSettings();
    m_picker->setVisible(m_mode == Mode::Pick);
    rebuild();
}

LicensePanel::~LicensePanel() = default;

DatasetPtr LicensePanel::dataset() const
{
    return m_proxy->releaseModel() ? m_proxy->releaseModel()->dataset() : nullptr;
}

void LicensePanel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    {
        const QSignalBlocker followBlocker(m_followButton);
        const QSignalBlocker pickBlocker(m_pickButton);
        (mode == Mode::Pick ? m_pickButton : m_followButton)->setChecked(true);
    }
    if (mode == Mode::Pick) {
        fillPicker();
        // Nothing picked yet: start from what the table showed, so the switch changes nothing
        // until the user checks or unchecks a license.
        if (pickedLicenses().size() < minPicked)
            setPickedLicenses(m_model->comparison().licenseIds().mid(0, maxPicked));
    }
    m_picker->setVisible(mode == Mode::Pick);
    rebuild();
}

QStringList LicensePanel::pickedLicenses() const
{
    QStringList ids;
    for (int row = 0; row < m_picker->count(); ++row) {
        const QListWidgetItem *item = m_picker->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toString());
    }
    return ids;
}

void LicensePanel::setPickedLicenses(const QStringList &ids)
{
    fillPicker();
    m_fillingPicker = true;
    int checked = 0;
    for (int row = 0; row < m_picker->count(); ++row) {
        QListWidgetItem *item = m_picker->item(row);
        const bool on = checked < maxPicked && ids.contains(item->data(Qt::UserRole).toString());
        if (on)
            ++checked;
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_fillingPicker = false;
    updatePickerLimits();
    writeSettings();
    if (m_mode == Mode::Pick)
        rebuild();
}

void LicensePanel::fillPicker()
{
    const DatasetPtr current = dataset();
    if (current == m_pickerDataset && m_picker->count() > 0)
        return;
    const QStringList previous = pickedLicenses().isEmpty()
        ? QSettings().value(settingsGroup + u"/picked"_s).toStringList()
        : pickedLicenses();
    m_pickerDataset = current;
    m_fillingPicker = true;
    m_picker->clear();
    if (current) {
        QStringList all;
        for (const License &license : current->licenses())
            all.append(license.id);
        for (const QString &id : LicenseComparison::familyOrder(*current, all)) {
            const License *license = current->license(id);
            auto *item = new QListWidgetItem(license->name, m_picker);
            item->setData(Qt::UserRole, id);
            item->setToolTip(LicenseTableModel::fullName(*license));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(previous.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_fillingPicker = false;
    updatePickerLimits();
}

void LicensePanel::pickerItemChanged(QListWidgetItem *item)
{
    Q_UNUSED(item)
    if (m_fillingPicker)
        return;
    updatePickerLimits();
    writeSettings();
    if (m_mode == Mode::Pick)
        rebuild();
}

void LicensePanel::updatePickerLimits()
{
    // At the maximum, the unchecked licenses cannot be checked until one is unchecked.
    const bool full = pickedLicenses().size() >= maxPicked;
    const bool wasFilling = m_fillingPicker;
    m_fillingPicker = true;
    for (int row = 0; row < m_picker->count(); ++row) {
        QListWidgetItem *item = m_picker->item(row);
        Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
        if (!full || item->checkState() == Qt::Checked)
            flags |= Qt::ItemIsEnabled;
        item->setFlags(flags);
    }
    m_fillingPicker = wasFilling;
}

std::unique_ptr<ChartFigure> LicensePanel::makeFigure() const
{
    const DatasetPtr current = dataset();
    if (!current)
        return nullptr;
    // The caption counts the filtered events under these licenses; picked licenses count all.
    QList<int> indexes;
    if (m_mode == Mode::FollowFilter) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            indexes.append(m_proxy->index(row, 0).data(ReleaseModel::ReleaseIndexRole).toInt());
    } else {
        for (int index = 0; index < current->releases().size(); ++index)
            indexes.append(index);
    }
    std::unique_ptr<ChartFigure> figure = LicenseTableExporter::figure(
        m_model->comparison(), LicenseTableExporter::subtitle(m_model->columnCount(), m_mode == Mode::Pick), indexes);
    if (figure)
        figure->setFollowsFilter(m_mode == Mode::FollowFilter);
    return figure;
}

bool LicensePanel::exportText(const QString &path, QString *errorMessage) const
{
    const DatasetPtr current = dataset();
    const QString source = current ? tr("Data: %1, as of %2.").arg(current->info().title,
                                                                  current->info().updated.toString(Qt::ISODate))
                                   : QString();
    return LicenseTableExporter::writeText(*m_model, path, source, errorMessage);
}

void LicensePanel::exportTextWithDialog()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const QString directory =
        settings.value(u"directory"_s, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QStringList filters = LicenseTableExporter::textNameFilters();
    QString selected = filters.first();
    QString path = QFileDialog::getSaveFileName(this, tr("Export Licenses Table"), QDir(directory).filePath(u"licenses.md"_s),
                                                filters.join(u";;"_s), &selected);
    if (path.isEmpty())
        return;
    if (!LicenseTableExporter::textFormatForPath(path))
        path += selected == filters.last() ? u".csv"_s : u".md"_s;
    settings.setValue(u"directory"_s, QFileInfo(path).absolutePath());
    QString error;
    if (!exportText(path, &error))
        QMessageBox::warning(this, tr("Export Licenses Table"), error);
}

void LicensePanel::scheduleRebuild()
{
    if (m_mode == Mode::FollowFilter || m_pickerDataset != dataset())
        m_rebuildTimer->start();
}

void LicensePanel::rebuild()
{
    m_rebuildTimer->stop();
    const DatasetPtr current = dataset();
    // Keep the selected cell (license and term) across the rebuild when it is still there.
    const QModelIndex before = m_table->currentIndex();
    const QString licenseId = before.isValid() ? before.data(LicenseTableModel::LicenseIdRole).toString() : QString();
    const int row = before.row();

    QStringList ids;
    if (current && m_mode == Mode::FollowFilter) {
        QList<int> indexes;
        indexes.reserve(m_proxy->rowCount());
        for (int proxyRow = 0; proxyRow < m_proxy->rowCount(); ++proxyRow)
            indexes.append(m_proxy->index(proxyRow, 0).data(ReleaseModel::ReleaseIndexRole).toInt());
        ids = LicenseComparison::licensesOfReleases(*current, indexes);
    } else if (current) {
        fillPicker();
        ids = pickedLicenses();
    }
    m_model->setComparison(LicenseComparison(current, ids));

    if (!current)
        m_message->setText(tr("No dataset."));
    else if (m_mode == Mode::Pick && ids.size() < minPicked)
        m_message->setText(tr("Check %1 to %2 licenses in the list (%3 checked).").arg(minPicked).arg(maxPicked).arg(ids.size()));
    else if (m_mode == Mode::Pick)
        m_message->setText(tr("%n license(s) picked.", nullptr, static_cast<int>(ids.size())));
    else if (ids.isEmpty())
        m_message->setText(tr("No release event in the filter has a license."));
    else
        m_message->setText(tr("%n license(s) of the filtered release events.", nullptr, static_cast<int>(ids.size())));

    if (!licenseId.isEmpty()) {
        const int column = static_cast<int>(m_model->comparison().licenseIds().indexOf(licenseId));
        if (column >= 0)
            m_table->setCurrentIndex(m_model->index(row, column));
    }
    showCurrentCell();
}

void LicensePanel::showCurrentCell()
{
    const QModelIndex index = m_table->currentIndex();
    const QPalette palette = m_detail->palette();
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    if (!index.isValid()) {
        m_detail->setHtml(u"<p style=\"color:%1;\">%2</p>"_s.arg(
            muted, tr("Select a cell to read the clause, its source and what changed from the previous version.")
                       .toHtmlEscaped()));
        return;
    }
    const LicenseComparison &comparison = m_model->comparison();
    const License &license = comparison.license(index.column());
    const auto term = static_cast<LicenseTerm>(index.data(LicenseTableModel::TermRole).toInt());
    const QColor color = ReleaseDocument::toneColor(
        static_cast<ReleaseDocument::Tone>(index.data(LicenseTableModel::ToneRole).toInt()));
    QString html = u"<h3>%1</h3><p>%2</p>"_s.arg(LicenseTerms::question(term).toHtmlEscaped(),
                                                 LicenseTableModel::fullName(license).toHtmlEscaped());
    html += u"<p><span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span> <b>%4</b>%5</p>"_s.arg(
        color.name(), ReleaseDocument::contrastingTextColor(color).name(),
        index.data(LicenseTableModel::GlyphRole).toString().toHtmlEscaped(),
        index.data(LicenseTableModel::StatusTextRole).toString().toHtmlEscaped(),
        index.data(LicenseTableModel::UnconfirmedRole).toBool()
            ? u" <i>(%1)</i>"_s.arg(tr("unconfirmed: not checked against the license text").toHtmlEscaped())
            : QString());
    const QString summary = index.data(LicenseTableModel::SummaryRole).toString();
    if (!summary.isEmpty())
        html += u"<p>%1</p>"_s.arg(summary.toHtmlEscaped());
    const QString quote = index.data(LicenseTableModel::QuoteRole).toString();
    if (!quote.isEmpty())
        html += u"<blockquote><i>\u201C%1\u201D</i></blockquote>"_s.arg(quote.toHtmlEscaped());
    const QString url = index.data(LicenseTableModel::SourceUrlRole).toString();
    if (!url.isEmpty()) {
        const QString shown = url.toHtmlEscaped();
        html += ReleaseDocument::isWebUrl(QUrl(url))
            ? u"<p>%1 <a href=\"%2\">%3</a></p>"_s.arg(tr("Source:").toHtmlEscaped(), shown, shown)
            : u"<p>%1 %2</p>"_s.arg(tr("Source:").toHtmlEscaped(), shown);
    }
    const QString change = index.data(LicenseTableModel::ChangeTextRole).toString();
    if (!change.isEmpty()) {
        html += u"<p><b>%1</b></p>"_s.arg(change.toHtmlEscaped());
        if (const TermRuling *previous = comparison.previousRuling(index.column(), term); previous && !previous->quote.isEmpty())
            html += u"<p>%1</p><blockquote><i>\u201C%2\u201D</i></blockquote>"_s.arg(
                tr("%1 said:").arg(index.data(LicenseTableModel::PreviousLicenseRole).toString()).toHtmlEscaped(),
                previous->quote.toHtmlEscaped());
    }
    m_detail->setHtml(html);
}

void LicensePanel::readSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    if (settings.value(u"mode"_s).toString() == u"pick") {
        m_mode = Mode::Pick;
        const QSignalBlocker blocker(m_followButton);
        m_pickButton->setChecked(true);
    }
}

void LicensePanel::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(u"mode"_s, m_mode == Mode::Pick ? u"pick"_s : u"filter"_s);
    if (m_picker->count() > 0)
        settings.setValue(u"picked"_s, pickedLicenses());
}
