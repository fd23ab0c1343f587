#include "OrganizationPicker.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

OrganizationPicker::OrganizationPicker(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_all(new QPushButton(tr("&All"), this))
    , m_none(new QPushButton(tr("&None"), this))
{
    setFrameStyle(QFrame::StyledPanel | QFrame::Raised);
    setAccessibleName(tr("Organizations to show"));
    auto *layout = new QVBoxLayout(this);
    m_search->setPlaceholderText(tr("Search organizations"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search organizations"));
    layout->addWidget(m_search);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_list->setModel(m_filter);
    m_list->setUniformItemSizes(true); // hundreds of rows
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Organizations"));
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_all->setToolTip(tr("Show every organization listed"));
    m_none->setToolTip(tr("Hide every organization listed"));
    m_all->setAutoDefault(false);
    m_none->setAutoDefault(false);
    buttons->addWidget(m_all);
    buttons->addWidget(m_none);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_all, &QPushButton::clicked, this, [this] { setListedChecked(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { setListedChecked(false); });
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_syncing)
            emitChanged();
    });
    // Down goes from the search field to the list; Enter toggles the one organization left.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() == 1) {
            QStandardItem *item = m_model->itemFromIndex(m_filter->mapToSource(m_filter->index(0, 0)));
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        }
    });
    const int em = fontMetrics().height();
    resize(em * 18, em * 22);
}

void OrganizationPicker::setOrganizations(const QList<Organization> &organizations)
{
    m_syncing = true;
    m_model->clear();
    for (const Organization &organization : organizations) {
        auto *item = new QStandardItem(organization.name);
        item->setData(organization.id, IdRole);
        item->setCheckable(true);
        item->setCheckState(Qt::Checked);
        item->setEditable(false);
        item->setToolTip(organization.description.isEmpty() ? organization.name : organization.description);
        m_model->appendRow(item);
    }
    m_syncing = false;
}

void OrganizationPicker::setChecked(bool all, const QSet<QString> &organizationIds)
{
    m_syncing = true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        const bool on = all || organizationIds.contains(item->data(IdRole).toString());
        if ((item->checkState() == Qt::Checked) != on)
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_syncing = false;
}

bool OrganizationPicker::isChecked(const QString &organizationId) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        if (item->data(IdRole).toString() == organizationId)
            return item->checkState() == Qt::Checked;
    }
    return false;
}

void OrganizationPicker::setOrganizationChecked(const QString &organizationId, bool checked)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        if (item->data(IdRole).toString() == organizationId)
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked); // itemChanged applies it
    }
}

QSet<QString> OrganizationPicker::checkedOrganizations() const
{
    QSet<QString> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        if (item->checkState() == Qt::Checked)
            ids.insert(item->data(IdRole).toString());
    }
    return ids;
}

int OrganizationPicker::organizationCount() const
{
    return m_model->rowCount();
}

void OrganizationPicker::setListedChecked(bool checked)
{
    m_syncing = true;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        QStandardItem *item = m_model->itemFromIndex(m_filter->mapToSource(m_filter->index(row, 0)));
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    m_syncing = false;
    emitChanged(); // one filter change for the whole list
}

void OrganizationPicker::emitChanged()
{
    const QSet<QString> ids = checkedOrganizations();
    emit organizationsChanged(ids.size() == m_model->rowCount(), ids);
}

bool OrganizationPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && m_filter->rowCount() > 0) {
        m_list->setFocus(Qt::TabFocusReason);
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_filter->index(0, 0));
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void OrganizationPicker::popUpBelow(QWidget *anchor)
{
    QPoint pos = anchor->mapToGlobal(QPoint(0, anchor->height()));
    if (const QScreen *screen = anchor->screen()) {
        const QRect available = screen->availableGeometry();
        if (pos.y() + height() > available.bottom())
            pos.setY(anchor->mapToGlobal(QPoint(0, 0)).y() - height());
        pos.setX(std::clamp(pos.x(), available.left(), std::max(available.left(), available.right() - width())));
    }
    move(pos);
    show();
    m_search->setFocus(Qt::PopupFocusReason);
    m_search->selectAll();
}
