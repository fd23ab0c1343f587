#include "FilterBar.h"

#include "LevelPalette.h"
#include "OrganizationPicker.h"
#include "ReleaseFilterProxy.h"
#include "ReleaseKind.h"
#include "ReleaseModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

FilterBar::FilterBar(ReleaseFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_organizationButton(new QToolButton(this))
    , m_picker(new OrganizationPicker(this))
    , m_text(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    // Two rows: levels, text and count on the first, organizations on the second, so the bar
    // fits a laptop screen however many organizations a dataset has.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(style()->pixelMetric(QStyle::PM_LayoutLeftMargin), 2,
                             style()->pixelMetric(QStyle::PM_LayoutRightMargin), 2);
    rows->setSpacing(0);
    auto *layout = new QHBoxLayout;
    rows->addLayout(layout);
    auto *levelLabel = new QLabel(tr("Openness:"), this);
    layout->addWidget(levelLabel);
    for (OpennessLevel level : Openness::allLevels()) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setText(Openness::shortName(level));
        button->setToolTip(QStringLiteral("<b>%1</b><br>%2").arg(Openness::name(level).toHtmlEscaped(),
                                                                  Openness::meaning(level).toHtmlEscaped()));
        button->setAccessibleName(tr("Show %1").arg(Openness::name(level)));
        connect(button, &QToolButton::toggled, this, [this, level](bool on) { m_proxy->setLevelEnabled(level, on); });
        m_levelButtons.insert(Openness::rank(level), button);
        layout->addWidget(button);
    }
    updateLevelIcons();

    m_organizationButton->setAutoRaise(true);
    m_organizationButton->setToolTip(tr("Choose the organizations to show: search, check, All or None"));
    m_organizationButton->setAccessibleName(tr("Organizations shown"));
    connect(m_organizationButton, &QToolButton::clicked, this, [this] { m_picker->popUpBelow(m_organizationButton); });
    connect(m_picker, &OrganizationPicker::organizationsChanged, this, &FilterBar::applyOrganizations);
    auto *secondRow = new QHBoxLayout;
    auto *organizationLabel = new QLabel(tr("Organizations:"), this);
    // Align the toggles of both rows.
    const int labelWidth = std::max(levelLabel->sizeHint().width(), organizationLabel->sizeHint().width());
    levelLabel->setMinimumWidth(labelWidth);
    organizationLabel->setMinimumWidth(labelWidth);
    secondRow->addWidget(organizationLabel);
    secondRow->addWidget(m_organizationButton);
    secondRow->addSpacing(fontMetrics().averageCharWidth() * 2);
    secondRow->addWidget(new QLabel(tr("Events:"), this));
    for (const QString &kind : ReleaseKind::ids()) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setText(ReleaseKind::name(kind));
        button->setAccessibleName(tr("Show %1").arg(ReleaseKind::pluralName(kind)));
        connect(button, &QToolButton::toggled, this, [this, kind](bool on) { m_proxy->setKindEnabled(kind, on); });
        m_kindButtons.insert(kind, button);
        secondRow->addWidget(button);
    }
    secondRow->addStretch(1);
    rows->addLayout(secondRow);

    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    m_text->setPlaceholderText(tr("Filter by text (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    m_text->setAccessibleName(tr("Filter by text"));
    connect(m_text, &QLineEdit::textChanged, m_proxy, &ReleaseFilterProxy::setText);
    m_text->installEventFilter(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_count);

    connect(m_proxy, &ReleaseFilterProxy::filterChanged, this, &FilterBar::syncFromProxy);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FilterBar::updateCount);
    updateCount();
}

void FilterBar::setOrganizations(const QList<Organization> &organizations)
{
    m_picker->setOrganizations(organizations);
    const ReleaseFilter &filter = m_proxy->filter();
    m_picker->setChecked(!filter.hasOrganizationFilter(), filter.organizations());
    updateOrganizationButton();
}

QToolButton *FilterBar::levelButton(OpennessLevel level) const
{
    return m_levelButtons.value(Openness::rank(level));
}

QToolButton *FilterBar::kindButton(const QString &kindId) const
{
    return m_kindButtons.value(kindId);
}

void FilterBar::focusTextField()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::resetFilter()
{
    m_proxy->setFilter(ReleaseFilter());
}

QList<QWidget *> FilterBar::focusChain() const
{
    QList<QWidget *> chain;
    for (OpennessLevel level : Openness::allLevels()) {
        if (QToolButton *button = levelButton(level))
            chain.append(button);
    }
    chain.append(m_text);
    chain.append(m_organizationButton);
    return chain;
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        if (!m_text->text().isEmpty())
            m_text->clear();
        else
            emit escapedWithEmptyText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateLevelIcons();
    QWidget::changeEvent(event);
}

void FilterBar::applyOrganizations(bool all, const QSet<QString> &organizationIds)
{
    // All checked means "no organization filter", so organizations added later still show.
    ReleaseFilter filter = m_proxy->filter();
    if (all)
        filter.clearOrganizations();
    else
        filter.setOrganizations(organizationIds);
    m_proxy->setFilter(filter);
}

void FilterBar::updateOrganizationButton()
{
    const ReleaseFilter &filter = m_proxy->filter();
    const int total = m_picker->organizationCount();
    const int shown = filter.hasOrganizationFilter() ? static_cast<int>(m_picker->checkedOrganizations().size()) : total;
    m_organizationButton->setText(shown == total ? tr("All %n \u25BE", nullptr, total) : tr("%1 of %n \u25BE", nullptr, total).arg(shown));
}

void FilterBar::syncFromProxy()
{
    const ReleaseFilter &filter = m_proxy->filter();
    for (OpennessLevel level : Openness::allLevels()) {
        QToolButton *button = levelButton(level);
        const QSignalBlocker blocker(button);
        button->setChecked(filter.isLevelEnabled(level));
    }
    m_picker->setChecked(!filter.hasOrganizationFilter(), filter.organizations());
    updateOrganizationButton();
    for (auto it = m_kindButtons.cbegin(); it != m_kindButtons.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(filter.isKindEnabled(it.key()));
    }
    if (m_text->text().trimmed() != filter.text()) {
        const QSignalBlocker blocker(m_text);
        m_text->setText(filter.text());
    }
    updateCount();
}

void FilterBar::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    m_count->setText(shown == total ? tr("%Ln event(s)", nullptr, total) : tr("%1 of %Ln event(s)", nullptr, total).arg(QLocale().toString(shown)));
}

void FilterBar::updateLevelIcons()
{
    const int size = fontMetrics().height();
    for (OpennessLevel level : Openness::allLevels()) {
        if (QToolButton *button = levelButton(level)) {
            button->setIcon(LevelPalette::icon(level, size, palette().color(QPalette::WindowText)));
            button->setIconSize(QSize(size, size));
        }
    }
}
