#ifndef LICENSETABLEMODEL_H
#define LICENSETABLEMODEL_H

#include "LicenseComparison.h"

#include <QAbstractTableModel>

// Licenses side by side as a table: one row per license term (LicenseTerms::all() order), one
// column per license of a LicenseComparison (families together, oldest version first). A cell
// answers the roles below; DisplayRole is the status word and the plain summary, ToolTipRole
// adds the quoted clause, its source and what changed from the previous version (rich text with
// every dataset string escaped). Horizontal headers show the license name (in lines short
// enough for a column) with the full name and version as tooltip; vertical headers the term.
//
// The Markdown and CSV exports read the same roles (see LicenseTableExporter), so a file says
// what the table shows.
class LicenseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(TermStatus)
        ToneRole,          // int(ReleaseDocument::Tone): the colour of the status
        GlyphRole,         // the status's glyph, e.g. "✓"
        StatusTextRole,    // the status word as the detail pane says it ("Allowed", "May revoke")
        SummaryRole,       // the rule in plain words
        QuoteRole,         // the clause quoted from the license
        SourceUrlRole,     // where the clause is
        UnconfirmedRole,   // bool: the term was not confirmed against the text
        ChangeRole,        // int(LicenseComparison::Change)
        ChangeTextRole,    // "Changed from Llama 3: Forbidden → Conditional", or empty
        PreviousLicenseRole, // the name of the version compared with, or empty
        LicenseIdRole,     // the column's license id (also on the horizontal header)
        TermRole,          // int(LicenseTerm) (also on the vertical header)
    };

    explicit LicenseTableModel(QObject *parent = nullptr);

    const LicenseComparison &comparison() const { return m_comparison; }
    void setComparison(const LicenseComparison &comparison);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static LicenseTerm termOfRow(int row);
    // "Llama 3.1 Community License Agreement" with its version, for tooltips and exports.
    static QString fullName(const License &license);
    // A short column label: the SPDX id when there is one, else the name without the words every
    // license name repeats ("Community", "License", "Agreement"): "Llama 3.1", "Grok 2 (AUP revision)".
    static QString shortName(const License &license);
    // The name broken into at most three lines of about maxChars characters, for a header.
    static QString headerLines(const QString &name, int maxChars = 22);

private:
    QString changeText(int column, LicenseTerm term) const;
    QString toolTip(int column, LicenseTerm term) const;

    LicenseComparison m_comparison;
};

#endif // LICENSETABLEMODEL_H
