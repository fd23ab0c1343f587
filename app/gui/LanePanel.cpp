#include "LanePanel.h"

#include "TimelineView.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

LanePanel::LanePanel(TimelineView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_search(new QLineEdit(this))
    , m_order(new QComboBox(this))
    , m_list(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_pin(new QPushButton(tr("&Pin"), this))
    , m_collapse(new QPushButton(tr("C&ollapse"), this))
    , m_topCount(new QSpinBox(this))
{
    setAccessibleName(tr("Lanes"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setPlaceholderText(tr("Find a lane"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a lane"));
    m_search->setToolTip(tr("Type part of an organization's name; Enter goes to the first lane found"));
    layout->addWidget(m_search);

    for (QAction *action : view->laneOrderActions()) {
        QString text = action->text();
        text.remove(u'&');
        m_order->addItem(text, action->data());
    }
    m_order->setToolTip(tr("The order of the lanes; pinned lanes stay at the top"));
    m_order->setAccessibleName(tr("Lane order"));
    layout->addWidget(m_order);
    connect(m_order, &QComboBox::activated, this, [this](int index) {
        m_view->setLaneOrder(static_cast<LaneArrangement::Order>(m_order->itemData(index).toInt()));
    });

    m_model->setColumnCount(ColumnCount);
    m_model->setHorizontalHeaderLabels({tr("Organization"), tr("Events"), tr("Lane")});
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(NameColumn);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_list->setModel(m_filter);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true); // hundreds of rows
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Lanes"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(EventsColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_list, 1);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        updateButtons();
        if (!m_rebuilding && current.isValid())
            m_view->scrollToOrganization(organizationAt(current));
    });
    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        m_view->scrollToOrganization(organizationAt(index));
        m_view->setFocus(Qt::OtherFocusReason);
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QString id = organizationAt(m_list->indexAt(pos));
        if (id.isEmpty())
            return;
        const int lane = m_view->laneOfOrganization(id);
        QMenu *menu = m_view->createLaneMenu(lane, this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_list->viewport()->mapToGlobal(pos));
    });
    // Enter in the search field goes to the first lane found.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0) {
            m_list->setCurrentIndex(m_filter->index(0, 0));
            m_list->setFocus(Qt::OtherFocusReason);
        }
    });

    auto *buttons = new QHBoxLayout;
    m_pin->setCheckable(true);
    m_pin->setToolTip(tr("Keep the chosen organization's lane at the top"));
    m_collapse->setCheckable(true);
    m_collapse->setToolTip(tr("Show the chosen organization's lane as one thin row, without labels"));
    buttons->addWidget(m_pin);
    buttons->addWidget(m_collapse);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_pin, &QPushButton::clicked, this, [this](bool on) {
        const QString id = currentOrganization();
        if (!id.isEmpty())
            m_view->setOrganizationPinned(id, on);
    });
    connect(m_collapse, &QPushButton::clicked, this, [this](bool on) {
        const QString id = currentOrganization();
        if (!id.isEmpty())
            m_view->setOrganizationCollapsed(id, on);
    });

    auto *top = new QHBoxLayout;
    auto *topLabel = new QLabel(tr("Lanes &before Others:"), this);
    topLabel->setBuddy(m_topCount);
    m_topCount->setRange(0, 9999);
    m_topCount->setSpecialValueText(tr("all"));
    m_topCount->setToolTip(tr("How many organizations, those with the most events, keep a lane of their own when more "
                              "than %n have events shown; the rest share one Others lane. 0: every one has a lane.",
                              nullptr, view->laneOptions().groupAbove));
    m_topCount->setValue(view->laneOptions().topCount);
    top->addWidget(topLabel);
    top->addWidget(m_topCount, 1);
    layout->addLayout(top);
    connect(m_topCount, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_rebuilding)
            m_view->setTopLaneCount(value);
    });

    connect(m_view, &TimelineView::lanesChanged, this, &LanePanel::rebuild);
    rebuild();
}

// Room for a name of about twenty characters, its count and its state.
QSize LanePanel::sizeHint() const
{
    const int em = fontMetrics().height();
    return {em * 18, QWidget::sizeHint().height()};
}

QString LanePanel::organizationAt(const QModelIndex &index) const
{
    return index.isValid() ? index.siblingAtColumn(NameColumn).data(IdRole).toString() : QString();
}

QString LanePanel::currentOrganization() const
{
    return organizationAt(m_list->currentIndex());
}

bool LanePanel::showOrganization(const QString &organizationId)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, NameColumn);
        if (organizationAt(index) == organizationId) {
            m_list->setCurrentIndex(index); // scrolls the timeline
            return true;
        }
    }
    return false;
}

// The rows follow the timeline's lanes; organizations grouped in Others come where Others is.
void LanePanel::rebuild()
{
    m_rebuilding = true;
    const QString current = currentOrganization();
    const TimelineContent &content = m_view->content();
    const TimelineLayout &layout = m_view->timelineLayout();
    m_model->removeRows(0, m_model->rowCount());
    auto addRow = [&](int organization, const QString &state) {
        const TimelineContent::Lane &lane = content.lanes()[static_cast<size_t>(organization)];
        auto *name = new QStandardItem(lane.name);
        name->setData(lane.organizationId, IdRole);
        name->setToolTip(lane.name);
        const int shown = organization < layout.sourceLaneCount() ? static_cast<int>(layout.sourceLaneEvents(organization).size()) : 0;
        auto *events = new QStandardItem(QString::number(shown));
        events->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        events->setToolTip(tr("%Ln event(s) shown", nullptr, shown));
        auto *stateItem = new QStandardItem(state);
        m_model->appendRow({name, events, stateItem});
    };
    for (const TimelineContent::ShownLane &shown : content.shownLanes()) {
        const LaneArrangement::Lane &lane = shown.arrangement;
        if (shown.isOthers()) {
            if (!lane.expanded) {
                for (int organization : lane.organizations)
                    addRow(organization, tr("in Others"));
            }
            continue;
        }
        if (lane.organizations.empty())
            continue;
        QStringList state;
        if (lane.pinned)
            state << tr("pinned");
        if (lane.collapsed)
            state << tr("collapsed");
        if (lane.grouped)
            state << tr("in Others");
        addRow(lane.organizations.front(), state.join(QStringLiteral(", ")));
    }
    const LaneArrangement::Options &options = m_view->laneOptions();
    m_order->setCurrentIndex(m_order->findData(static_cast<int>(options.order)));
    m_topCount->setValue(options.topCount);
    if (!current.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex index = m_filter->index(row, NameColumn);
            if (organizationAt(index) == current) {
                m_list->setCurrentIndex(index);
                break;
            }
        }
    }
    m_rebuilding = false;
    updateButtons();
}

void LanePanel::updateButtons()
{
    const QString id = currentOrganization();
    const LaneArrangement::Options &options = m_view->laneOptions();
    m_pin->setEnabled(!id.isEmpty());
    m_collapse->setEnabled(!id.isEmpty());
    m_pin->setChecked(options.pinned.contains(id));
    m_collapse->setChecked(options.collapsed.contains(id));
}
