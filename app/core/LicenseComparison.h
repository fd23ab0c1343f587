#ifndef LICENSECOMPARISON_H
#define LICENSECOMPARISON_H

#include "Dataset.h"

#include <QList>
#include <QString>
#include <QStringList>

// Licenses side by side: which licenses to compare, in which order, and which of their terms
// changed from one version to the next. Pure data, no widgets, so the rules are tested alone.
//
// Order: the versions of one license family stand next to each other, oldest first. A family is
// a `supersedes` chain (Llama 2 <- Llama 3 <- ... <- Llama 4); families keep the order in which
// their first member was given (the filter's chronological order, or the order the user picked).
//
// Change: a cell is compared with the nearest earlier version of its family that is among the
// columns (so "changed from" always names a column the reader can see). It has changed when the
// status differs, or when the quoted clause says something else (see clausesMatch()).
class LicenseComparison
{
public:
    enum class Change {
        None,          // first of its family among the columns, or the same as the previous one
        ClauseChanged, // same status, different clause
        StatusChanged, // different status (the clause usually changed too)
    };

    struct Column {
        const License *license = nullptr;
        int previous = -1; // the column of the nearest earlier version of the family, or -1
        int depth = 0;     // how many versions precede it in its supersedes chain
        QString familyRoot; // the id of the oldest version of its family
    };

    LicenseComparison() = default;
    // Unknown ids and repeats are dropped; the rest are grouped by family as described above.
    LicenseComparison(DatasetPtr dataset, const QStringList &licenseIds);

    const DatasetPtr &dataset() const { return m_dataset; }
    int columnCount() const { return static_cast<int>(m_columns.size()); }
    const Column &column(int index) const { return m_columns.at(index); }
    const License &license(int column) const { return *m_columns.at(column).license; }
    QStringList licenseIds() const;

    Change change(int column, LicenseTerm term) const;
    // The same column's ruling in the previous version, or nullptr when there is none shown.
    const TermRuling *previousRuling(int column, LicenseTerm term) const;
    // How many cells of the column changed from the previous version.
    int changedTermCount(int column) const;

    // The licenses of the given releases (indexes into dataset.releases()), each once, in the
    // order of their first release.
    static QStringList licensesOfReleases(const Dataset &dataset, const QList<int> &releaseIndexes);
    // The ids in family order (see the class comment).
    static QStringList familyOrder(const Dataset &dataset, const QStringList &licenseIds);

    // Whether two quotations of one term say the same thing, although each may abridge the
    // clause with an ellipsis and names its own license ("on the Llama 2 version release date"
    // against "on the Meta Llama 3 version release date"). Words are compared without case and
    // punctuation; the words in which the two license names differ are ignored in both quotes;
    // an ellipsis in one quote stands for any run of words in the other.
    static bool clausesMatch(const QString &quoteA, const QString &nameA, const QString &quoteB, const QString &nameB);

private:
    DatasetPtr m_dataset;
    QList<Column> m_columns;
};

#endif // LICENSECOMPARISON_H
