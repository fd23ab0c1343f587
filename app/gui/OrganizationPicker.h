#ifndef ORGANIZATIONPICKER_H
#define ORGANIZATIONPICKER_H

#include "Organization.h"

#include <QFrame>
#include <QSet>

class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;

// The organization filter at any scale: a popup with a search field over a checkable list of
// every organization, and All / None for the organizations listed. It says which organizations
// are checked (organizationsChanged()), and follows setChecked() when the filter changes
// elsewhere (the command line's --orgs, Reset). A dataset of 438 organizations is a list to
// search, not 438 toggle buttons.
class OrganizationPicker : public QFrame
{
    Q_OBJECT

public:
    explicit OrganizationPicker(QWidget *parent = nullptr);

    void setOrganizations(const QList<Organization> &organizations);
    // Every organization checked, or only these ids.
    void setChecked(bool all, const QSet<QString> &organizationIds);
    bool isChecked(const QString &organizationId) const;
    // Checks or unchecks one organization as a click on its box does.
    void setOrganizationChecked(const QString &organizationId, bool checked);
    QSet<QString> checkedOrganizations() const;
    int organizationCount() const;

    QLineEdit *searchField() const { return m_search; }
    QListView *listView() const { return m_list; }
    QPushButton *allButton() const { return m_all; }
    QPushButton *noneButton() const { return m_none; }

    // Shows the popup under (or above, near the screen's bottom) the widget.
    void popUpBelow(QWidget *anchor);

Q_SIGNALS:
    // The user checked or unchecked organizations; all: every one is checked.
    void organizationsChanged(bool all, const QSet<QString> &organizationIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setListedChecked(bool checked);
    void emitChanged();

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QListView *m_list;
    QPushButton *m_all;
    QPushButton *m_none;
    bool m_syncing = false;
};

#endif // ORGANIZATIONPICKER_H
