#ifndef EXPORTDIALOG_H
#define EXPORTDIALOG_H

#include "ChartBuilder.h"
#include "ChartExporter.h"

#include <QDialog>

class ChartPanel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Exports a chart of the current filter: which chart, the format, the size (pixels or a paper
// size), the PNG scale, the theme, the title and the caption, to a file or to the clipboard.
// The choices are remembered (QSettings, group "export") for next time; the defaults are the
// command line's defaults, so both give the same image.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(ChartPanel *panel, QWidget *parent = nullptr);

    ChartBuilder::Kind kind() const;
    void setKind(ChartBuilder::Kind kind);
    ChartExporter::Format format() const;
    ChartExporter::Options options() const; // with the caption, when it is on
    bool captionEnabled() const;

    // Writes the chosen chart to path, with the chosen options; false and a message on failure.
    bool exportTo(const QString &path, QString *errorMessage);
    void copyToClipboard();

public Q_SLOTS:
    void accept() override; // asks for a file name, exports, remembers the choices

private:
    void readSettings();
    void writeSettings() const;
    void updateControls();
    void updateCaption();

    ChartPanel *m_panel;
    QComboBox *m_chart;
    QComboBox *m_format;
    QComboBox *m_sizeMode;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QComboBox *m_theme;
    QLineEdit *m_title;
    QCheckBox *m_captionBox;
    QPlainTextEdit *m_caption;
    QLabel *m_status;
};

#endif // EXPORTDIALOG_H
