#ifndef LICENSEPANEL_H
#define LICENSEPANEL_H

#include "ChartFigure.h"
#include "Dataset.h"

#include <QWidget>

#include <memory>

class LicenseTableModel;
class QButtonGroup;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QRadioButton;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;
class ReleaseFilterProxy;

// The Licenses tab: the ten license terms (rows) of several licenses (columns) side by side.
// The licenses are either those of the release events the shared filter proxy lets through
// (the table follows every filter change) or two to six picked by the user in a checkable list.
// Versions of one license sit next to each other with the changed cells marked (the rules are
// LicenseComparison's). The selected cell's clause, its link and what changed are shown in the
// panel on the right. The table exports as an image through the export dialog, and as Markdown
// or CSV. The mode and the picked licenses are remembered (QSettings, group "licenses").
class LicensePanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { FollowFilter, Pick };
    static constexpr int minPicked = 2;
    static constexpr int maxPicked = 6;

    explicit LicensePanel(ReleaseFilterProxy *proxy, QWidget *parent = nullptr);
    ~LicensePanel() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QStringList pickedLicenses() const;
    // Checks these licenses (unknown ids ignored, at most maxPicked) and unchecks the others.
    void setPickedLicenses(const QStringList &ids);

    LicenseTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QListWidget *picker() const { return m_picker; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *message() const { return m_message; }

    DatasetPtr dataset() const;
    // A figure of the table as shown, for the export dialog.
    std::unique_ptr<ChartFigure> makeFigure() const;
    // Writes the table as Markdown or CSV (by the extension); false and a message on failure.
    bool exportText(const QString &path, QString *errorMessage) const;

public Q_SLOTS:
    void rebuild();
    void exportTextWithDialog();

Q_SIGNALS:
    // The Export Image action: the window opens the export dialog on this table.
    void exportImageRequested();

private:
    void scheduleRebuild();
    void fillPicker();
    void pickerItemChanged(QListWidgetItem *item);
    void updatePickerLimits();
    void showCurrentCell();
    void readSettings();
    void writeSettings() const;

    ReleaseFilterProxy *m_proxy;
    Mode m_mode = Mode::FollowFilter;
    LicenseTableModel *m_model;
    QRadioButton *m_followButton;
    QRadioButton *m_pickButton;
    QButtonGroup *m_modeGroup;
    QLabel *m_message;
    QToolButton *m_exportButton;
    QListWidget *m_picker;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QTimer *m_rebuildTimer;
    DatasetPtr m_pickerDataset; // the dataset the picker lists
    bool m_fillingPicker = false;
};

#endif // LICENSEPANEL_H
