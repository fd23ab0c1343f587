#ifndef FILTERBAR_H
#define FILTERBAR_H

#include "Organization.h"
#include "OpennessLevel.h"

#include <QHash>
#include <QWidget>

class OrganizationPicker;
class QLabel;
class QLineEdit;
class QToolButton;
class ReleaseFilterProxy;

// One checkable toggle per openness level and per event kind, a text field, and a button that
// opens the organization picker (a searchable checkable list: datasets have hundreds). It edits
// the shared filter proxy, and follows it when the filter is changed elsewhere (the command
// line, Reset), so what the toggles show is always what is filtered.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(ReleaseFilterProxy *proxy, QWidget *parent = nullptr);

    void setOrganizations(const QList<Organization> &organizations);

    QToolButton *levelButton(OpennessLevel level) const;
    // The button that opens the organization picker, and the picker.
    QToolButton *organizationButton() const { return m_organizationButton; }
    OrganizationPicker *organizationPicker() const { return m_picker; }
    QToolButton *kindButton(const QString &kindId) const;
    QLineEdit *textField() const { return m_text; }
    // The bar's keyboard-focusable widgets in Tab order: level toggles, text field, organizations.
    QList<QWidget *> focusChain() const;

public Q_SLOTS:
    void focusTextField();
    void resetFilter();

Q_SIGNALS:
    // Esc in an empty text field: the first Esc clears the text, the next one is for the window
    // (which clears the selection).
    void escapedWithEmptyText();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void syncFromProxy();
    void updateCount();
    void updateLevelIcons();
    void applyOrganizations(bool all, const QSet<QString> &organizationIds);
    void updateOrganizationButton();

    ReleaseFilterProxy *m_proxy;
    QHash<int, QToolButton *> m_levelButtons;
    QHash<QString, QToolButton *> m_kindButtons;
    QToolButton *m_organizationButton;
    OrganizationPicker *m_picker;
    QLineEdit *m_text;
    QLabel *m_count;
};

#endif // FILTERBAR_H
